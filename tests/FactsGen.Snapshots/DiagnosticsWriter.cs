using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace FactsGen.Snapshots;

/// <summary>
/// Writes diagnostics the way Verify (with Verify.SourceGenerators' converters) serializes
/// <c>new { Diagnostics }</c>: unquoted keys and values, two-space indent, empty members left out.
/// </summary>
internal static class DiagnosticsWriter
{
    // (key, value) members; value is a string, a Member[] (object) or a string[] (array).
    readonly record struct Member(string Key, object Value);

    public static string Write(IEnumerable<Diagnostic> diagnostics)
    {
        // Deterministic order (Verify keeps report order; sorting makes the file independent of it).
        var sorted = diagnostics
            .Select(d => (Diagnostic: d, Span: d.Location.GetMappedLineSpan()))
            .OrderBy(x => x.Span.Path ?? "", StringComparer.Ordinal)
            .ThenBy(x => x.Span.StartLinePosition.Line)
            .ThenBy(x => x.Span.StartLinePosition.Character)
            .ThenBy(x => x.Diagnostic.Id, StringComparer.Ordinal)
            .Select(x => (object)ToMembers(x.Diagnostic))
            .ToArray();

        // Verify omits empty collections, so an empty run serializes as an empty object.
        Member[] root = sorted.Length == 0 ? [] : [new("Diagnostics", sorted)];
        var builder = new StringBuilder();
        WriteValue(builder, root, 0);
        return builder.ToString();
    }

    static Member[] ToMembers(Diagnostic diagnostic)
    {
        var members = new List<Member>();
        if (diagnostic.Location != Location.None)
        {
            // FileLinePositionSpan.ToString(): "path: (line,col)-(line,col)", zero-based, as Verify writes it.
            members.Add(new("Location", diagnostic.Location.GetMappedLineSpan().ToString()));
        }

        members.Add(new("Message", diagnostic.GetMessage(CultureInfo.InvariantCulture)));
        members.Add(new("Severity", diagnostic.Severity.ToString()));
        if (diagnostic.WarningLevel != 0)
        {
            members.Add(new("WarningLevel", diagnostic.WarningLevel.ToString(CultureInfo.InvariantCulture)));
        }

        members.Add(new("Descriptor", ToMembers(diagnostic.Descriptor)));
        return [.. members];
    }

    static Member[] ToMembers(DiagnosticDescriptor descriptor)
    {
        var members = new List<Member>
        {
            new("Id", descriptor.Id),
            new("Title", descriptor.Title.ToString(CultureInfo.InvariantCulture)),
        };
        var description = descriptor.Description.ToString(CultureInfo.InvariantCulture);
        if (!string.IsNullOrWhiteSpace(description))
        {
            members.Add(new("Description", description));
        }

        if (!string.IsNullOrWhiteSpace(descriptor.HelpLinkUri))
        {
            members.Add(new("HelpLink", descriptor.HelpLinkUri));
        }

        members.Add(new("MessageFormat", descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture)));
        members.Add(new("Category", descriptor.Category));
        members.Add(new("DefaultSeverity", descriptor.DefaultSeverity.ToString()));
        members.Add(new("IsEnabledByDefault", descriptor.IsEnabledByDefault ? "true" : "false"));
        var tags = descriptor.CustomTags.ToArray();
        if (tags.Length > 0)
        {
            members.Add(new("CustomTags", tags));
        }

        return [.. members];
    }

    static void WriteValue(StringBuilder builder, object value, int depth)
    {
        switch (value)
        {
            case Member[] members:
                WriteBlock(builder, '{', '}', depth, members.Length, (i, d) =>
                {
                    var (key, member) = (members[i].Key, members[i].Value);
                    // Verify puts a multi-line string on its own lines, unindented, after "Key:".
                    if (member is string text && text.Contains('\n'))
                    {
                        builder.Append(key).Append(":\n").Append(text);
                        return;
                    }

                    builder.Append(key).Append(": ");
                    WriteValue(builder, member, d);
                });
                break;
            case object[] items:
                WriteBlock(builder, '[', ']', depth, items.Length, (i, d) => WriteValue(builder, items[i], d));
                break;
            default:
                builder.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    static void WriteBlock(StringBuilder builder, char open, char close, int depth, int count, Action<int, int> writeItem)
    {
        if (count == 0)
        {
            builder.Append(open).Append(close);
            return;
        }

        builder.Append(open).Append('\n');
        for (var i = 0; i < count; i++)
        {
            builder.Append(' ', (depth + 1) * 2);
            writeItem(i, depth + 1);
            builder.Append(i < count - 1 ? ",\n" : "\n");
        }

        builder.Append(' ', depth * 2).Append(close);
    }
}
