using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using FactsGen.Diagnostics;
using FactsGen.Model;
using FactsGen.Parsing;
using FactsGen.Values;

namespace FactsGen.Articles;

/// <summary>The articles citations can be checked against: declared, and whose file is an AdditionalFile.</summary>
internal sealed record ArticleLookup(EquatableArray<ResolvedArticle> Articles)
{
    public Dictionary<string, ResolvedArticle> ToDictionary()
    {
        var map = new Dictionary<string, ResolvedArticle>(StringComparer.Ordinal);
        foreach (var article in Articles)
        {
            map[article.Id] = article;
        }

        return map;
    }
}

internal sealed record ResolvedArticle(string Id, ArticleText Text);

/// <summary>One fact file's citations, the input of quote checking.</summary>
internal sealed record CitationSet(string Path, EquatableArray<CitationItem> Citations)
{
    /// <summary>Every citation of a parsed fact file, claims' included, in file order (plain loops: it runs for every file of a cold build).</summary>
    public static CitationSet Of(ParsedFactFile file)
    {
        var citations = System.Collections.Immutable.ImmutableArray.CreateBuilder<CitationItem>();
        foreach (var record in file.Records)
        {
            foreach (var field in record.Fields)
            {
                if (field is not null)
                {
                    citations.AddRange(field.Citations.AsImmutableArray());

                    // A claim's citations are verified as the record's (docs/fact-files.md §14).
                    foreach (var claim in field.Claims)
                    {
                        citations.AddRange(claim.Sources.AsImmutableArray());
                    }
                }
            }
        }

        return new(file.Path, new EquatableArray<CitationItem>(citations.ToImmutable()));
    }
}

/// <summary>Checks that each quote is on its cited line (FG0012, FG0013), docs/fact-files.md §5.</summary>
internal static class QuoteVerifier
{
    /// <summary>
    /// Matrix cells the closest-passage search may spend on one fact file's misquotes (about a
    /// hundred misquotes of a sentence against a 3,000-character article, well under a second at
    /// worst); past it, FG0013 is still reported, without naming a closest passage.
    /// </summary>
    internal const long ClosestPassageBudget = 20_000_000;

    public static EquatableArray<DiagnosticInfo> Verify(CitationSet set, ArticleLookup lookup, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var articles = lookup.ToDictionary();
        var budget = ClosestPassageBudget;
        foreach (var citation in set.Citations)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Unknown articles (FG0011) and missing files (FG0014) are reported once elsewhere.
            if (!articles.TryGetValue(citation.Article, out var article))
            {
                continue;
            }

            var lines = article.Text.Lines;
            if (citation.Line > lines.Count)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.LineOutOfRange, citation.LineLocation, N(citation.Line), citation.Article, N(lines.Count)));
                continue;
            }

            var quote = QuoteNormalizer.Normalize(citation.Quote);
            var search = new QuoteSearch(quote);
            if (search.IsIn(lines[citation.Line - 1]))
            {
                continue;
            }

            // Found on other lines: the line number is at fault; found nowhere: the quote is.
            var found = CitationAnchor.LinesHolding(lines, citation.Quote, cancellationToken);
            if (found.Length == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.QuoteNotOnLine, citation.QuoteLocation, N(citation.Line), citation.Article, Closest(lines, quote, ref budget)));
                continue;
            }

            // On several lines no line is suggested: only the editor knows which one the fact rests on.
            var numbers = found.Select(N).ToList();
            var hint = found.Length == 1
                ? $"; it is on line {numbers[0]}: write 'line: {numbers[0]}'"
                : $"; it is on lines {English.List(numbers)} of the article; cite the one you mean";
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.QuoteNotOnLine, citation.LineLocation, N(citation.Line), citation.Article, hint) with
            {
                Properties = EquatableArray.Create(new DiagnosticProperty(DiagnosticProperty.Lines, string.Join(",", numbers))),
            });
        }

        return diagnostics.ToEquatableArray();
    }

    private static string Closest(EquatableArray<string> lines, string quote, ref long budget) =>
        ClosestPassage.Find(lines, quote, ref budget) is { } match
            ? $"; the closest passage is on line {N(match.Line)}: \"{match.Text}\" (check case, spelling and punctuation)"
            : "; it is not in the article at all (check the article id and the words)";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
