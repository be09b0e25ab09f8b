using FactsGen.LanguageServer.Engine;
using FactsGen.Model;

namespace FactsGen.LanguageServer.Features;

/// <summary>
/// The article line a citation names, as written in the article, and where its quote stands on it
/// (the engine's RawQuoteLocator: the quote matches after docs/fact-files.md §5's normalization, so the article's own
/// text can differ): for hovers (the quote in bold) and go-to-definition (the quote selected).
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
        var lineStart = entry.Text.OffsetOf(new Protocol.Position(index, 0));
        return EngineSteps.LocateQuote(entry.Text.Text, citation.Line, citation.Quote) is var (start, length)
            ? new CitedLine(entry, index, text, start - lineStart, length)
            : new CitedLine(entry, index, text, 0, 0);
    }
}
