using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using FactsGen.Diagnostics;
using FactsGen.Model;

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
internal sealed record CitationSet(string Path, EquatableArray<CitationItem> Citations);

/// <summary>Checks that each quote is on its cited line (FG0012, FG0013), spec §4.</summary>
internal static class QuoteVerifier
{
    public static EquatableArray<DiagnosticInfo> Verify(CitationSet set, ArticleLookup lookup, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var articles = lookup.ToDictionary();
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
            if (lines[citation.Line - 1].IndexOf(quote, StringComparison.Ordinal) >= 0)
            {
                continue;
            }

            // Found on another line: the line number is at fault; found nowhere: the quote is.
            var actual = FindLine(lines, citation.Line, quote);
            var hint = actual > 0 ? $"; it is on line {N(actual)}: write 'line: {N(actual)}'" : Closest(lines, quote);
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.QuoteNotOnLine, actual > 0 ? citation.LineLocation : citation.QuoteLocation, N(citation.Line), citation.Article, hint));
        }

        return diagnostics.ToEquatableArray();
    }

    /// <summary>The 1-based line holding the quote nearest to the cited one, or 0.</summary>
    private static int FindLine(EquatableArray<string> lines, int cited, string quote)
    {
        var best = 0;
        for (var i = 1; i <= lines.Count; i++)
        {
            if (lines[i - 1].IndexOf(quote, StringComparison.Ordinal) >= 0 && (best == 0 || Math.Abs(i - cited) < Math.Abs(best - cited)))
            {
                best = i;
            }
        }

        return best;
    }

    private static string Closest(EquatableArray<string> lines, string quote) =>
        ClosestPassage.Find(lines, quote) is { } match
            ? $"; the closest passage is on line {N(match.Line)}: \"{match.Text}\" (check case, spelling and punctuation)"
            : "; it is not in the article at all (check the article id and the words)";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
