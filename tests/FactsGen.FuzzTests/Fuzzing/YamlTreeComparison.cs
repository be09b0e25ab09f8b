using System.Globalization;
using FactsGen.Yaml;
using YamlDotNet.Core;

namespace FactsGen.FuzzTests.Fuzzing;

/// <summary>
/// Compares two read results node by node: what the parser sees (kind, value, style, both marks,
/// completeness) and what it reports (the problem). The first difference is the deepest one on the
/// first path that differs, so a dropped entry shows where it went missing, not only that a
/// parent's end moved.
/// </summary>
internal static class YamlTreeComparison
{
    /// <summary>
    /// Null when equal; else the path and the difference, e.g.
    /// <c>documents[0]/entries[2].value/items[1]: Value "a" vs "b"</c> (left vs right).
    /// </summary>
    public static string? FirstDifference(YamlReadResult left, YamlReadResult right)
    {
        // An alias to a collection is the anchored node again (a DAG): compare each pair once.
        var seen = new HashSet<(YamlNode, YamlNode)>();
        var common = Math.Min(left.Documents.Count, right.Documents.Count);
        for (var i = 0; i < common; i++)
        {
            var path = $"documents[{i}]";
            var (a, b) = (left.Documents[i].Root, right.Documents[i].Root);
            var difference = a is null || b is null
                ? a is null && b is null ? null : $"{path}: root {Show(a)} vs {Show(b)}"
                : Node(path, a, b, seen);
            if (difference is not null)
            {
                return difference;
            }
        }

        if (left.Documents.Count != right.Documents.Count)
        {
            return $"documents: count {left.Documents.Count} vs {right.Documents.Count}";
        }

        return Problem(left.Problem, right.Problem);
    }

    /// <summary>Characters outside printable ASCII (line breaks included) as \uXXXX, so a message shows what is really there.</summary>
    public static string Visible(string text) => Mutator.Escape(text);

    private static string? Node(string path, YamlNode a, YamlNode b, HashSet<(YamlNode, YamlNode)> seen)
    {
        if (!seen.Add((a, b)))
        {
            return null;
        }

        if (a.GetType() != b.GetType())
        {
            return $"{path}: {Show(a)} vs {Show(b)}";
        }

        var difference = Mark(path, "Start", a.Start, b.Start);
        if (difference is null && a is YamlScalar sa && b is YamlScalar sb)
        {
            difference = sa.Value != sb.Value ? $"{path}: Value \"{Visible(sa.Value)}\" vs \"{Visible(sb.Value)}\""
                : sa.Style != sb.Style ? $"{path}: Style {sa.Style} vs {sb.Style} (value \"{Visible(sa.Value)}\")"
                : null;
        }

        difference ??= (a, b) switch
        {
            (YamlMapping ma, YamlMapping mb) => Entries(path, ma, mb, seen),
            (YamlSequence qa, YamlSequence qb) => Items(path, qa, qb, seen),
            _ => null,
        };

        return difference
            ?? Mark(path, "End", a.End, b.End)
            ?? (a.IsComplete != b.IsComplete ? $"{path}: IsComplete {a.IsComplete} vs {b.IsComplete}" : null);
    }

    private static string? Entries(string path, YamlMapping a, YamlMapping b, HashSet<(YamlNode, YamlNode)> seen)
    {
        var common = Math.Min(a.Entries.Count, b.Entries.Count);
        for (var i = 0; i < common; i++)
        {
            var difference = Node($"{path}/entries[{i}].key", a.Entries[i].Key, b.Entries[i].Key, seen)
                ?? Node($"{path}/entries[{i}].value", a.Entries[i].Value, b.Entries[i].Value, seen);
            if (difference is not null)
            {
                return difference;
            }
        }

        return a.Entries.Count == b.Entries.Count ? null : $"{path}: entry count {a.Entries.Count} vs {b.Entries.Count}";
    }

    private static string? Items(string path, YamlSequence a, YamlSequence b, HashSet<(YamlNode, YamlNode)> seen)
    {
        var common = Math.Min(a.Items.Count, b.Items.Count);
        for (var i = 0; i < common; i++)
        {
            if (Node($"{path}/items[{i}]", a.Items[i], b.Items[i], seen) is { } difference)
            {
                return difference;
            }
        }

        return a.Items.Count == b.Items.Count ? null : $"{path}: item count {a.Items.Count} vs {b.Items.Count}";
    }

    private static string? Mark(string path, string which, Mark a, Mark b) =>
        a.Index == b.Index && a.Line == b.Line && a.Column == b.Column ? null : $"{path}: {which} {Show(a)} vs {Show(b)}";

    /// <summary>Null-ness first (the reader must fail where YamlDotNet fails); when both failed, all of the problem, since it becomes the diagnostic.</summary>
    private static string? Problem(YamlProblem? a, YamlProblem? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null ? null : $"problem: {Show(a)} vs {Show(b)}";
        }

        return a.IsLimit != b.IsLimit || a.Message != b.Message || Mark("problem", "Start", a.Start, b.Start) is not null || Mark("problem", "End", a.End, b.End) is not null
            ? $"problem: {Show(a)} vs {Show(b)}"
            : null;
    }

    private static string Show(Mark mark) =>
        string.Create(CultureInfo.InvariantCulture, $"(index {mark.Index}, line {mark.Line}, col {mark.Column})");

    private static string Show(YamlNode? node) => node switch
    {
        null => "none",
        YamlScalar s => $"scalar \"{Visible(s.Value)}\" ({s.Style}) at {Show(s.Start)}",
        YamlMapping m => $"mapping of {m.Entries.Count} at {Show(m.Start)}",
        YamlSequence q => $"sequence of {q.Items.Count} at {Show(q.Start)}",
        _ => node.GetType().Name,
    };

    private static string Show(YamlProblem? problem) =>
        problem is null ? "none" : $"{(problem.IsLimit ? "limit" : "syntax")} '{problem.Message}' {Show(problem.Start)}-{Show(problem.End)}";
}
