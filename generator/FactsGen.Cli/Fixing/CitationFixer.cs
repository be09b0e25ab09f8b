using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using FactsGen.Articles;
using FactsGen.Checking;
using FactsGen.Diagnostics;
using FactsGen.Model;

namespace FactsGen.Cli.Fixing;

/// <summary>
/// Re-anchors citations after an article changed (docs/tools/fix.md): for every FG0012/FG0013 whose
/// normalized quote (docs/fact-files.md §5) is on exactly one line of the cited article, the edit that writes that
/// line number over the citation's <c>line:</c> value, and nothing else. Edits are data, computed
/// from the analysis and the files' texts, so the command line and the language server's
/// "cite line N instead" share one implementation; nothing here touches the console or the disk.
/// </summary>
internal static class CitationFixer
{
    public static FixPlan Plan(FactBaseAnalysis analysis, IEnumerable<FactBaseFile> files, CancellationToken cancellationToken = default)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            texts[FilePaths.Normalize(file.Path)] = file.Text;
        }

        var broken = new Dictionary<LocationInfo, string>();
        foreach (var diagnostic in analysis.Diagnostics)
        {
            if (diagnostic.Location is { } location && (diagnostic.Id == DiagnosticDescriptors.LineOutOfRange.Id || diagnostic.Id == DiagnosticDescriptors.QuoteNotOnLine.Id))
            {
                broken[location] = diagnostic.Id;
            }
        }

        var articles = analysis.Lookup.ToDictionary();
        var edits = ImmutableArray.CreateBuilder<CitationEdit>();
        var unfixable = ImmutableArray.CreateBuilder<UnfixableCitation>();
        foreach (var file in analysis.Files)
        {
            // As the checker: the closest-passage search shares one budget per fact file.
            var budget = QuoteVerifier.ClosestPassageBudget;
            foreach (var citation in CitationSet.Of(file).Citations)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var at = broken.ContainsKey(citation.LineLocation) ? citation.LineLocation : citation.QuoteLocation;
                if (!broken.TryGetValue(at, out var id) || !articles.TryGetValue(citation.Article, out var article))
                {
                    continue;
                }

                var lines = article.Text.Lines;
                var quote = QuoteNormalizer.Normalize(citation.Quote);
                var found = CitationAnchor.LinesHolding(lines, citation.Quote, cancellationToken);
                if (found.Length == 1)
                {
                    var edit = Edit(file.Path, texts.TryGetValue(FilePaths.Normalize(file.Path), out var text) ? text : null, citation, found[0], id);
                    if (edit is not null)
                    {
                        edits.Add(edit);
                        continue;
                    }

                    unfixable.Add(new UnfixableCitation(file.Path, citation.LineLocation, id, citation.Article, citation.Line, UnfixableReason.LineNotANumber, found, null));
                }
                else if (found.Length == 0)
                {
                    unfixable.Add(new UnfixableCitation(file.Path, at, id, citation.Article, citation.Line, UnfixableReason.NotFound, found, ClosestPassage.Find(lines, quote, ref budget)));
                }
                else
                {
                    unfixable.Add(new UnfixableCitation(file.Path, at, id, citation.Article, citation.Line, UnfixableReason.SeveralLines, found, null));
                }
            }
        }

        return new FixPlan(edits.ToImmutable(), unfixable.ToImmutable());
    }

    /// <summary>The text with the edits made (edits of other files are ignored).</summary>
    public static string Apply(string path, string text, IEnumerable<CitationEdit> edits)
    {
        // One pass in offset order: a file may have thousands of citations to re-anchor.
        var result = new System.Text.StringBuilder(text.Length);
        var at = 0;
        foreach (var edit in edits.Where(e => e.Path == path).OrderBy(e => e.Offset))
        {
            result.Append(text, at, edit.Offset - at).Append(edit.NewText);
            at = edit.Offset + edit.Length;
        }

        return result.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>
    /// Replaces only the digits of the <c>line:</c> value, so the file's style is kept; null when the
    /// value is not plain digits as the file spells it (a quoted number is already FG0005).
    /// </summary>
    private static CitationEdit? Edit(string path, string? text, CitationItem citation, int line, string id)
    {
        var location = citation.LineLocation;
        if (text is null || location.Start < 0 || location.Start + location.Length > text.Length)
        {
            return null;
        }

        var (offset, length) = (location.Start, location.Length);
        for (var i = offset; i < offset + length; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return null;
            }
        }

        return length == 0
            ? null
            : new CitationEdit(path, offset, length, line.ToString(CultureInfo.InvariantCulture), citation.Line, line, id, citation.Article, location);
    }
}
