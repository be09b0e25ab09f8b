using System.Globalization;
using System.IO;
using System.Linq;
using FactsGen.Tooling.Escaping;

namespace FactsGen.Cli.Diffing;

/// <summary>
/// <c>--format text</c>: one line per change, grouped by kind, values in the fact-file spelling;
/// colored (added green, removed red, changed yellow) only when standard output is a terminal.
/// </summary>
internal static class DiffTextWriter
{
    private const string Green = "\u001b[32m", Red = "\u001b[31m", Yellow = "\u001b[33m", Cyan = "\u001b[36m", Bold = "\u001b[1m", Reset = "\u001b[0m";

    public static void Write(TextWriter output, FactBaseDiff diff, string oldName, string newName, bool color)
    {
        string Paint(string code, string text) => color ? code + text + Reset : text;

        output.WriteLine(Paint(Bold, $"factsgen diff {oldName} {newName}: {DiffCounts.Sentence(diff)}"));
        foreach (var section in diff.Sections)
        {
            output.WriteLine();
            output.WriteLine(Paint(Bold, section));
            foreach (var record in diff.In(section))
            {
                var at = $"({record.Path}:{N(record.Line)})";
                output.WriteLine(record.Status switch
                {
                    RecordStatus.Added => Paint(Green, $"  + {record.Id} {at}"),
                    RecordStatus.Removed => Paint(Red, $"  - {record.Id} {at}"),
                    RecordStatus.Renamed => Paint(Cyan, $"  > {record.OldId} -> {record.Id} (renamed) {at}"),
                    _ => Paint(Yellow, $"  ~ {record.Id} {at}"),
                });
                foreach (var field in record.Fields)
                {
                    output.WriteLine($"      {field.Name}: {field.Old ?? "(absent)"} -> {field.New ?? "(absent)"}");
                }

                foreach (var claim in record.Claims)
                {
                    output.WriteLine($"      {claim.Field} claim {claim.Value}: {ClaimText(claim)}");
                }

                foreach (var inferred in record.Inferred)
                {
                    output.WriteLine($"      inferred {inferred.Name}: {inferred.Old ?? "(absent)"} -> {inferred.New ?? "(absent)"}");
                }

                foreach (var citation in record.Citations)
                {
                    output.WriteLine("      " + CitationText(citation));
                }
            }
        }

        if (diff.Articles.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(Paint(Bold, "article texts"));
            foreach (var article in diff.Articles)
            {
                output.WriteLine(Paint(Yellow, $"  ~ {article.Id} ({article.Path})"));
                foreach (var line in article.Lines)
                {
                    output.WriteLine(line.Added
                        ? Paint(Green, $"      +{N(line.Number)}: {YamlScalarText.DoubleQuoted(line.Text)}")
                        : Paint(Red, $"      -{N(line.Number)}: {YamlScalarText.DoubleQuoted(line.Text)}"));
                }

                foreach (var fact in article.CitedBy)
                {
                    output.WriteLine($"      cited by {fact.Section} {fact.Id} at {(fact.Old ? "old" : "new")} line {N(fact.Line)}");
                }
            }
        }

        if (diff.Kinds.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(Paint(Bold, "declared kinds"));
            foreach (var kind in diff.Kinds)
            {
                output.WriteLine(kind.Status switch
                {
                    RecordStatus.Added => Paint(Green, $"  + {kind.Id}"),
                    RecordStatus.Removed => Paint(Red, $"  - {kind.Id}"),
                    _ => Paint(Yellow, $"  ~ {kind.Id}"),
                });
                foreach (var change in kind.Changes)
                {
                    output.WriteLine($"      {change.Name}: {change.Old ?? "(absent)"} -> {change.New ?? "(absent)"}");
                }
            }
        }

        if (diff.Diagnostics.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(Paint(Bold, "new diagnostics"));
            foreach (var d in diff.Diagnostics)
            {
                output.WriteLine(Paint(d.Severity == "error" ? Red : Yellow, "  " + DiagnosticText(d)));
            }
        }
    }

    public static string ClaimText(ClaimChange claim) => claim.Change switch
    {
        "added" => $"added ({claim.NewRank})",
        "removed" => $"removed (was {claim.OldRank})",
        "re-ranked" => $"re-ranked {claim.OldRank} -> {claim.NewRank}",
        _ => "changed (note or inferred)",
    };

    public static string CitationText(CitationChange c) => (c.Claim is null ? string.Empty : c.Claim + ": ") + c.Status switch
    {
        CitationStatus.Added => $"citation added: {c.Article} line {N(c.NewLine)} {YamlScalarText.DoubleQuoted(c.NewQuote!)}",
        CitationStatus.Removed => $"citation removed: {c.Article} line {N(c.OldLine)} {YamlScalarText.DoubleQuoted(c.OldQuote!)}",
        CitationStatus.Reanchored => $"citation re-anchored: {c.Article} line {N(c.OldLine)} -> {N(c.NewLine)} {YamlScalarText.DoubleQuoted(c.NewQuote!)}",
        _ => $"citation changed: {c.Article} line {N(c.OldLine)} {YamlScalarText.DoubleQuoted(c.OldQuote!)} -> line {N(c.NewLine)} {YamlScalarText.DoubleQuoted(c.NewQuote!)}",
    };

    public static string DiagnosticText(NewDiagnostic d) =>
        d.Path.Length == 0 ? $"{d.Severity} {d.Id}: {d.Message}" : $"{d.Path}({N(d.Line)},{N(d.Column)}): {d.Severity} {d.Id}: {d.Message}";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
