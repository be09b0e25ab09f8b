using System.Linq;
using FactsGen.Diagnostics;
using FactsGen.LanguageServer.Engine;
using FactsGen.LanguageServer.Protocol;
using FactsGen.LanguageServer.Workspace;
using FactsGen.Model;
using FactsGen.Schema;

namespace FactsGen.LanguageServer.Features;

/// <summary>
/// The quick fixes of the support checks (docs/fact-files.md §12): FG0101 "Write certainty: estimated" (the certainty
/// the hedge suggests), and FG0017 "Mark 'x' as inferred", which lists the field under the record's (or
/// the claim's) <c>inferred</c> with an empty reason for the editor to write. What to write comes from
/// the diagnostic's properties, where to write it from the engine's parse; only block-style YAML is
/// edited, where a new line at the keys' column is sure to land in the right mapping.
/// </summary>
internal static class SupportFixes
{
    public static (string Title, TextEdit Edit)? Certainty(FactFileEntry file, DiagnosticInfo diagnostic, DocumentText text)
    {
        if (diagnostic.Id != DiagnosticDescriptors.HedgedQuote.Id || diagnostic.Location is not { } location
            || diagnostic.Property(DiagnosticProperty.Field) is not { } field || diagnostic.Property(DiagnosticProperty.Suggestion) is not { } suggestion)
        {
            return null;
        }

        var title = $"Write {field}: {suggestion}";
        var record = file.Parsed.Records.FirstOrDefault(r => r.IdLocation.Start == location.Start);
        if (record is null)
        {
            // The written value: its text between any quotes.
            var (start, length) = ScalarSpan.Inner(text.Text, location.Start, location.Length);
            return (title, new TextEdit(text.RangeOf(start, length), suggestion));
        }

        // Defaulted: a new line after the id's.
        return AfterLine(text, record.IdLocation, KeyColumn(text, record), field + ": " + suggestion) is { } insert ? (title, insert) : null;
    }

    public static (string Title, TextEdit Edit)? Inferred(FactFileEntry file, DiagnosticInfo diagnostic, DocumentText text)
    {
        if (diagnostic.Id != DiagnosticDescriptors.NotInQuotes.Id || diagnostic.Location is not { } location || diagnostic.Property(DiagnosticProperty.Field) is not { } field)
        {
            return null;
        }

        var title = $"Mark '{field}' as inferred";
        var entry = field + ": \"\"";
        foreach (var record in file.Parsed.Records)
        {
            foreach (var value in record.Fields)
            {
                if (value is null)
                {
                    continue;
                }

                foreach (var claim in value.Claims)
                {
                    if (claim.Value.Any(i => i.Location.Start == location.Start))
                    {
                        var column = text.PositionOf(claim.Location.Start).Character;
                        return Insert(text, claim.Inferences, claim.ValueLocation, column, entry) is { } edit ? (title, edit) : null;
                    }
                }

                if (!value.HasClaims && value.Items.Any(i => i.Location.Start == location.Start))
                {
                    if (record.Inferences.IsEmpty && HasInferredKey(text, record))
                    {
                        return null; // an empty 'inferred:' is there already: a second would be FG0009
                    }

                    return Insert(text, record.Inferences, record.IdLocation, KeyColumn(text, record), entry) is { } edit ? (title, edit) : null;
                }
            }
        }

        return null;
    }

    /// <summary>The entry under the last one of <paramref name="inferences"/>, else a new <c>inferred:</c> after <paramref name="anchor"/>'s line.</summary>
    private static TextEdit? Insert(DocumentText text, EquatableArray<InferenceItem> inferences, LocationInfo anchor, int column, string entry)
    {
        if (inferences.IsEmpty)
        {
            return column < 0 ? null : AfterLine(text, anchor, column, KindDescriptor.InferredKey + ":" + NewLine(text) + new string(' ', column + 2) + entry);
        }

        var last = inferences[inferences.Count - 1];
        var at = text.PositionOf(last.FieldLocation.Start);
        return text.Line(at.Line).Substring(0, at.Character).Trim().Length == 0 ? AfterLine(text, last.ReasonLocation, at.Character, entry) : null;
    }

    /// <summary>A new line at <paramref name="column"/> after the line where <paramref name="node"/> ends, when nothing but a comment follows it there.</summary>
    private static TextEdit? AfterLine(DocumentText text, LocationInfo node, int column, string content)
    {
        var end = text.PositionOf(node.Start + node.Length);
        var line = text.Line(end.Line);
        var rest = line.Substring(System.Math.Min(end.Character, line.Length)).Trim();
        if (column < 0 || (rest.Length > 0 && !rest.StartsWith("#", System.StringComparison.Ordinal)))
        {
            return null;
        }

        var eol = new Position(end.Line, line.Length);
        return new TextEdit(new Range(eol, eol), NewLine(text) + new string(' ', column) + content);
    }

    /// <summary>The column of the record's keys when its id is written block style (<c>- id: x</c> on its own line), else -1.</summary>
    private static int KeyColumn(DocumentText text, FactRecord record)
    {
        var line = text.PositionOf(record.IdLocation.Start).Line;
        return YamlText.RecordOf(text, line) is { } lines && YamlText.KeyOn(text.Line(line)) is { Name: "id" } key && key.Column == lines.KeyColumn ? key.Column : -1;
    }

    private static bool HasInferredKey(DocumentText text, FactRecord record) =>
        YamlText.RecordOf(text, text.PositionOf(record.IdLocation.Start).Line) is { } lines
        && YamlText.KeysOf(text, lines).Any(k => k.Key.Name == KindDescriptor.InferredKey);

    private static string NewLine(DocumentText text) => text.Text.Contains("\r\n", System.StringComparison.Ordinal) ? "\r\n" : "\n";
}
