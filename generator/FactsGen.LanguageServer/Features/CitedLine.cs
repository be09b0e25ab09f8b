using FactsGen.LanguageServer.Engine;
using FactsGen.Model;

namespace FactsGen.LanguageServer.Features;

/// <summary>
/// The article line a citation names, as written in the article, and where its quote stands on it:
/// for hovers (the quote in bold) and go-to-definition (the quote selected).
/// </summary>
internal sealed record CitedLine(ArticleEntry Article, int Line, string Text, int QuoteStart, int QuoteLength)
{
    public bool HasQuote => QuoteLength > 0;

    /// <summary>Null when the article is not known or the line is out of range.</summary>
    public static CitedLine? Of(FactBaseSnapshot snapshot, CitationItem citation)
    {
        if (snapshot.ArticleOf(citation.Article) is not { } resolved || snapshot.EntryOf(resolved) is not { } entry)
        {
            return null;
        }

        var index = citation.Line - 1;
        if (index < 0 || index >= entry.Text.LineCount)
        {
            return null;
        }

        var text = entry.Text.Line(index);
        var (start, length) = Locate(text, citation.Quote);
        return new CitedLine(entry, index, text, start, length);
    }

    /// <summary>
    /// The quote's place on the line as written. The quote matches the line after §4's normalization
    /// (white space, curly quotes, ellipsis), so the written text can differ: it is found by
    /// normalizing growing stretches of the line from each start until they match.
    /// </summary>
    private static (int Start, int Length) Locate(string line, string quote)
    {
        var exact = line.IndexOf(quote.Trim(), System.StringComparison.Ordinal);
        if (exact >= 0)
        {
            return (exact, quote.Trim().Length);
        }

        var normalized = EngineSteps.NormalizeQuote(quote);
        if (normalized.Length == 0 || !EngineSteps.IsQuoteOnLine(quote, EngineSteps.NormalizeQuote(line)))
        {
            return (0, 0);
        }

        // The shortest stretch from the earliest start whose normalization is the quote.
        for (var start = 0; start < line.Length; start++)
        {
            if (char.IsWhiteSpace(line[start]))
            {
                continue;
            }

            for (var end = start + 1; end <= line.Length; end++)
            {
                var candidate = EngineSteps.NormalizeQuote(line.Substring(start, end - start));
                if (candidate == normalized)
                {
                    return (start, end - start);
                }

                if (!normalized.StartsWith(candidate, System.StringComparison.Ordinal))
                {
                    break; // no longer a prefix of the quote: no longer stretch from here matches
                }
            }
        }

        return (0, 0);
    }
}
