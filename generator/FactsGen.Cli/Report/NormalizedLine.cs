using System.Text;
using FactsGen.Articles;

namespace FactsGen.Cli.Report;

/// <summary>A character range of an article line's own text: <c>[Start, End)</c> in UTF-16 units.</summary>
internal readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>
/// One article line as written and as normalized for quote matching (docs/fact-files.md §5), with, for each
/// normalized character, the characters of the line it came from. Quotes are matched on the
/// normalized text, like the generator does, and marked on the line's own text: a white-space run
/// that became one space, a curly quote that became straight or an ellipsis that became three dots
/// is marked as it stands in the article.
/// </summary>
internal sealed class NormalizedLine
{
    private readonly int[] _rawStart;
    private readonly int[] _rawEnd;

    private NormalizedLine(string raw, string text, int[] rawStart, int[] rawEnd)
    {
        Raw = raw;
        Text = text;
        _rawStart = rawStart;
        _rawEnd = rawEnd;
    }

    /// <summary>The line as the article has it.</summary>
    public string Raw { get; }

    /// <summary>The line normalized; equal to <see cref="QuoteNormalizer.Normalize"/> of <see cref="Raw"/>.</summary>
    public string Text { get; }

    /// <summary>Normalizes as <see cref="QuoteNormalizer"/> does, remembering where each character came from (the engine's map, as export and the language server use).</summary>
    public static NormalizedLine Of(string raw)
    {
        var (text, rawStart, rawEnd) = RawQuoteLocator.Map(raw, 0, raw.Length);
        return new NormalizedLine(raw, text, rawStart.ToArray(), rawEnd.ToArray());
    }

    /// <summary>
    /// Where the first occurrence of the quote (normalized) stands in <see cref="Raw"/>, or null when
    /// the quote is not on this line or normalizes to nothing. The range never splits a surrogate pair.
    /// </summary>
    public TextRange? Locate(string quote)
    {
        var normalized = QuoteNormalizer.Normalize(quote);
        if (normalized.Length == 0)
        {
            return null;
        }

        var at = LinearSearch.IndexOf(Text, normalized);
        if (at < 0)
        {
            return null;
        }

        var start = _rawStart[at];
        var end = _rawEnd[at + normalized.Length - 1];

        // A quote that starts or ends with half of a pair (it can only match the other half's twin) takes the whole pair.
        if (start > 0 && char.IsLowSurrogate(Raw[start]) && char.IsHighSurrogate(Raw[start - 1]))
        {
            start--;
        }

        if (end < Raw.Length && char.IsLowSurrogate(Raw[end]) && char.IsHighSurrogate(Raw[end - 1]))
        {
            end++;
        }

        return new TextRange(start, end);
    }
}
