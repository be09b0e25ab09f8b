using System.Collections.Generic;
using System.Text.RegularExpressions;
using FactsGen.Articles;
using FactsGen.LanguageServer.Workspace;

namespace FactsGen.LanguageServer.Features;

/// <summary>
/// The block structure of a fact file read from its lines: which section and which record a line is
/// in, and the keys on a line. Completion and key hovers need it while the text is being typed and
/// does not parse yet; everything a fact *means* comes from the engine's parse, never from here.
/// </summary>
internal static class YamlText
{
    private static readonly Regex KeyLine = new(@"^(?<indent> *)(?<dash>- +)?(?<key>[A-Za-z0-9_][A-Za-z0-9_-]*) *:(?: |$)", RegexOptions.CultureInvariant);
    private static readonly Regex ItemLine = new(@"^(?<indent> *)-(?: |$)", RegexOptions.CultureInvariant);

    /// <summary>A key on a line: its name and the column it starts at.</summary>
    internal sealed record Key(string Name, int Column);

    /// <summary>A record (an item of a section's list): its lines [Start, End) and the column of its keys.</summary>
    internal sealed record RecordLines(int Start, int End, int KeyColumn);

    public static Key? KeyOn(string line)
    {
        var match = KeyLine.Match(line);
        return match.Success ? new Key(match.Groups["key"].Value, match.Groups["key"].Index) : null;
    }

    /// <summary>The section (a top-level key) that a line is under, if any.</summary>
    public static string? SectionOf(TextLines text, int line)
    {
        for (var i = line; i >= 0; i--)
        {
            var l = text.Line(i);
            if (l.StartsWith("---", System.StringComparison.Ordinal))
            {
                return null;
            }

            if (KeyOn(l) is { Column: 0 } key && !l.StartsWith("-", System.StringComparison.Ordinal))
            {
                return key.Name;
            }
        }

        return null;
    }

    /// <summary>The record a line belongs to: from its <c>- </c> line down to the next item or section.</summary>
    public static RecordLines? RecordOf(TextLines text, int line)
    {
        // The section header, then the column of its items (the first "- " below it).
        var header = line;
        while (header >= 0 && !(KeyOn(text.Line(header)) is { Column: 0 } && !text.Line(header).StartsWith("-", System.StringComparison.Ordinal)))
        {
            header--;
        }

        if (header < 0 || header == line)
        {
            return null;
        }

        var itemIndent = -1;
        for (var i = header + 1; i < text.LineCount && itemIndent < 0; i++)
        {
            if (ItemLine.Match(text.Line(i)) is { Success: true } item)
            {
                itemIndent = item.Groups["indent"].Length;
            }
        }

        if (itemIndent < 0)
        {
            return null;
        }

        var start = -1;
        for (var i = line; i > header && start < 0; i--)
        {
            if (ItemLine.Match(text.Line(i)) is { Success: true } item && item.Groups["indent"].Length == itemIndent)
            {
                start = i;
            }
        }

        if (start < 0)
        {
            return null;
        }

        var end = start + 1;
        while (end < text.LineCount && !EndsRecord(text.Line(end), itemIndent))
        {
            end++;
        }

        var first = text.Line(start);
        var keyColumn = KeyOn(first)?.Column ?? (itemIndent + 2);
        return new RecordLines(start, end, keyColumn);
    }

    /// <summary>The keys a record has at its own level (its fields), with their lines.</summary>
    public static IEnumerable<(int Line, Key Key)> KeysOf(TextLines text, RecordLines record)
    {
        for (var i = record.Start; i < record.End; i++)
        {
            if (KeyOn(text.Line(i)) is { } key && key.Column == record.KeyColumn)
            {
                yield return (i, key);
            }
        }
    }

    /// <summary>The key of the block a nested line sits in (the field of a block list item), if any.</summary>
    public static Key? ParentKey(TextLines text, int line, RecordLines record)
    {
        var indent = Indent(text.Line(line));
        for (var i = line - 1; i >= record.Start; i--)
        {
            var l = text.Line(i);
            if (l.Trim().Length == 0 || l.TrimStart().StartsWith("#", System.StringComparison.Ordinal))
            {
                continue;
            }

            // The nearest key at or left of the item's dash whose value is the block below it.
            if (KeyOn(l) is { } key && key.Column <= indent && l.Substring(key.Column + key.Name.Length).Trim() == ":")
            {
                return key;
            }

            if (Indent(l) < indent)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The block keys a key typed at <paramref name="column"/> of <paramref name="line"/> sits under, inside
    /// its record, innermost first (<c>[claims, date]</c> in a claim, <c>[inferred]</c> in an inferred
    /// block), each with its line; empty at the record's own level; null where a line in between does not
    /// read as a block (the caller then knows nothing).
    /// </summary>
    public static List<(int Line, Key Key)>? Parents(TextLines text, int line, RecordLines record, int column)
    {
        var parents = new List<(int Line, Key Key)>();
        var limit = column;
        for (var i = line - 1; i >= record.Start && limit > record.KeyColumn; i--)
        {
            var l = text.Line(i);
            if (l.Trim().Length == 0 || l.TrimStart().StartsWith("#", System.StringComparison.Ordinal))
            {
                continue;
            }

            if (KeyOn(l) is { } key && key.Column < limit)
            {
                if (l.Substring(key.Column + key.Name.Length).Trim() != ":")
                {
                    return null;
                }

                parents.Add((i, key));
                limit = key.Column;
            }
        }

        return limit <= record.KeyColumn || parents.Count == 0 ? parents : null;
    }

    /// <summary>The keys at <paramref name="column"/> in the block below <paramref name="parentLine"/> (one list item of it when <paramref name="item"/>), but not on <paramref name="except"/>.</summary>
    public static HashSet<string> KeysAt(TextLines text, int parentLine, int column, int except, bool item)
    {
        var keys = new HashSet<string>(System.StringComparer.Ordinal);
        var parentIndent = Indent(text.Line(parentLine));
        var from = parentLine + 1;
        var to = text.LineCount;
        if (item)
        {
            // The item holding 'except': from its dash down to the next dash at its indent.
            for (var i = except; i > parentLine; i--)
            {
                if (ItemLine.Match(text.Line(i)) is { Success: true } dash && dash.Groups["indent"].Length == column - 2)
                {
                    from = i;
                    break;
                }
            }
        }

        for (var i = from; i < to; i++)
        {
            var l = text.Line(i);
            if (l.Trim().Length == 0)
            {
                continue;
            }

            if (Indent(l) <= parentIndent || (item && i > from && ItemLine.Match(l) is { Success: true } next && next.Groups["indent"].Length == column - 2))
            {
                break;
            }

            if (i != except && KeyOn(l) is { } key && key.Column == column)
            {
                keys.Add(key.Name);
            }
        }

        return keys;
    }

    public static int Indent(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static bool EndsRecord(string line, int itemIndent)
    {
        var trimmed = line.TrimStart(' ');
        if (trimmed.Length == 0 || trimmed.StartsWith("#", System.StringComparison.Ordinal))
        {
            return false;
        }

        return Indent(line) <= itemIndent || line.StartsWith("---", System.StringComparison.Ordinal);
    }
}
