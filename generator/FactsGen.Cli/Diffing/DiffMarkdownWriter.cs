using System.Globalization;
using System.IO;
using System.Linq;
using FactsGen.Tooling.Escaping;

namespace FactsGen.Cli.Diffing;

/// <summary>
/// <c>--format markdown</c>: a pull request comment. The counts come first (what a reviewer reads
/// before deciding to look closer), then one section per kind, article texts, declared kinds and
/// new diagnostics. Every string from a fact file or an article is a code span (<see cref="MarkdownText"/>).
/// </summary>
internal static class DiffMarkdownWriter
{
    public static void Write(TextWriter output, FactBaseDiff diff, string oldName, string newName)
    {
        output.WriteLine($"### Fact changes: {MarkdownText.Code(oldName)} → {MarkdownText.Code(newName)}");
        output.WriteLine();
        var counts = DiffCounts.Of(diff);
        if (counts.Count == 0)
        {
            output.WriteLine("No change to the facts.");
            return;
        }

        output.WriteLine("| change | count |");
        output.WriteLine("|---|---:|");
        foreach (var count in counts)
        {
            output.WriteLine($"| {count.Many} | {N(count.Count)} |");
        }

        foreach (var section in diff.Sections)
        {
            output.WriteLine();
            output.WriteLine($"#### {section}");
            output.WriteLine();
            var substantive = diff.In(section).Where(r => !r.OnlyReanchored).ToList();
            foreach (var record in substantive)
            {
                WriteRecord(output, record);
            }

            // Re-anchoring is what fix writes after an article changed: listed, folded, after what needs reading.
            var moved = diff.In(section).Where(r => r.OnlyReanchored).ToList();
            if (moved.Count > 0)
            {
                if (substantive.Count > 0)
                {
                    output.WriteLine();
                }

                output.WriteLine($"<details><summary>{(moved.Count == 1 ? "1 record" : $"{N(moved.Count)} records")} whose citations were only re-anchored</summary>");
                output.WriteLine();
                foreach (var record in moved)
                {
                    WriteRecord(output, record);
                }

                output.WriteLine();
                output.WriteLine("</details>");
            }
        }

        if (diff.Articles.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("#### Article texts");
            output.WriteLine();
            foreach (var article in diff.Articles)
            {
                output.WriteLine($"- **changed** {MarkdownText.Code(article.Id)} ({MarkdownText.Code(article.Path)})");
                foreach (var line in article.Lines)
                {
                    output.WriteLine($"  - {(line.Added ? "added" : "removed")} line {N(line.Number)}: {MarkdownText.Code(line.Text)}");
                }

                foreach (var fact in article.CitedBy)
                {
                    output.WriteLine($"  - cited by {fact.Section} {MarkdownText.Code(fact.Id)} at {(fact.Old ? "old" : "new")} line {N(fact.Line)}");
                }
            }
        }

        if (diff.Kinds.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("#### Declared kinds");
            output.WriteLine();
            foreach (var kind in diff.Kinds)
            {
                output.WriteLine($"- **{kind.Status.ToString().ToLowerInvariant()}** {MarkdownText.Code(kind.Id)}");
                foreach (var change in kind.Changes)
                {
                    output.WriteLine($"  - {MarkdownText.Code(change.Name)}: {Value(change.Old)} → {Value(change.New)}");
                }
            }
        }

        if (diff.Diagnostics.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("#### New diagnostics");
            output.WriteLine();
            foreach (var d in diff.Diagnostics)
            {
                output.WriteLine($"- **{d.Severity} {d.Id}** {MarkdownText.Code(d.Path.Length == 0 ? d.Message : $"{d.Path}({N(d.Line)},{N(d.Column)}): {d.Message}")}");
            }
        }
    }

    private static void WriteRecord(TextWriter output, RecordChange record)
    {
        var at = MarkdownText.Code($"{record.Path}:{N(record.Line)}");
        output.WriteLine(record.Status switch
        {
            RecordStatus.Added => $"- **added** {MarkdownText.Code(record.Id)} ({at})",
            RecordStatus.Removed => $"- **removed** {MarkdownText.Code(record.Id)} ({at})",
            RecordStatus.Renamed => $"- **renamed** {MarkdownText.Code(record.OldId!)} → {MarkdownText.Code(record.Id)} ({at})",
            _ => $"- **changed** {MarkdownText.Code(record.Id)} ({at})" + (record.OnlyReanchored ? ": citations re-anchored only" : string.Empty),
        });
        foreach (var field in record.Fields)
        {
            output.WriteLine($"  - {MarkdownText.Code(field.Name)}: {Value(field.Old)} → {Value(field.New)}");
        }

        foreach (var claim in record.Claims)
        {
            output.WriteLine($"  - {MarkdownText.Code(claim.Field)} claim {MarkdownText.Code(claim.Value)}: {DiffTextWriter.ClaimText(claim).Replace("->", "→")}");
        }

        foreach (var inferred in record.Inferred)
        {
            output.WriteLine($"  - inferred {MarkdownText.Code(inferred.Name)}: {Value(inferred.Old)} → {Value(inferred.New)}");
        }

        foreach (var c in record.Citations)
        {
            output.WriteLine("  - " + Citation(c));
        }
    }

    private static string Value(string? spelling) => spelling is null ? "*(absent)*" : MarkdownText.Code(spelling);

    private static string Citation(CitationChange c) => (c.Claim is null ? string.Empty : MarkdownText.Code(c.Claim) + ": ") + c.Status switch
    {
        CitationStatus.Added => $"citation added: {MarkdownText.Code(c.Article)} line {N(c.NewLine)} {MarkdownText.Code(c.NewQuote!)}",
        CitationStatus.Removed => $"citation removed: {MarkdownText.Code(c.Article)} line {N(c.OldLine)} {MarkdownText.Code(c.OldQuote!)}",
        CitationStatus.Reanchored => $"citation re-anchored: {MarkdownText.Code(c.Article)} line {N(c.OldLine)} → {N(c.NewLine)} {MarkdownText.Code(c.NewQuote!)}",
        _ => $"citation changed: {MarkdownText.Code(c.Article)} line {N(c.OldLine)} {MarkdownText.Code(c.OldQuote!)} → line {N(c.NewLine)} {MarkdownText.Code(c.NewQuote!)}",
    };

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
