using System.Collections.Generic;

namespace FactsGen.Articles;

/// <summary>
/// Where a quote stands in an article's own text. Quotes are matched on normalized lines (docs/fact-files.md §5:
/// white-space runs, curly quotes, …), so the article's text that a quote matched can differ from
/// the quote; tools that point into the article (annotation export, the review site's marks, the
/// language server) need that raw text and its offsets. Offsets are UTF-16 indexes into the text as
/// read (BOM excluded); <see cref="CodePointOffset"/> converts them for formats that count code points.
/// </summary>
internal sealed class RawQuoteLocator
{
    private readonly string _text;
    private readonly List<int> _lineStarts = new() { 0 };
    private readonly List<int> _lineEnds = new();
    private readonly List<int> _lineCodePoints = new();

    /// <summary>Splits the text into lines as <see cref="ArticleText"/> does: at LF, CRLF or CR only.</summary>
    public RawQuoteLocator(string text)
    {
        _text = text;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }

            _lineEnds.Add(i);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            _lineStarts.Add(i + 1);
        }

        _lineEnds.Add(text.Length);

        // Code points before each line, so an offset converts in time proportional to its line, not the article.
        var before = 0;
        for (var line = 0; line < _lineStarts.Count; line++)
        {
            _lineCodePoints.Add(before);
            var next = line + 1 < _lineStarts.Count ? _lineStarts[line + 1] : text.Length;
            before += CountCodePoints(text, _lineStarts[line], next - _lineStarts[line]);
        }
    }

    public string Text => _text;

    public int LineCount => _lineStarts.Count;

    /// <summary>The offset where 1-based <paramref name="line"/> starts, and its length without its line end.</summary>
    public (int Start, int Length) LineSpan(int line) => (_lineStarts[line - 1], _lineEnds[line - 1] - _lineStarts[line - 1]);

    /// <summary>
    /// The first place on 1-based <paramref name="line"/> whose normalized text is the normalized
    /// <paramref name="quote"/> (the place <see cref="QuoteVerifier"/> accepts): the smallest raw span
    /// holding it. Null when the line does not hold the quote or does not exist.
    /// </summary>
    public RawQuoteMatch? Find(int line, string quote)
    {
        if (line < 1 || line > LineCount)
        {
            return null;
        }

        var normalizedQuote = QuoteNormalizer.Normalize(quote);
        if (normalizedQuote.Length == 0)
        {
            return null;
        }

        var (lineStart, lineLength) = LineSpan(line);
        var (normalized, rawStart, rawEnd) = Map(_text, lineStart, lineLength);
        var at = normalized.IndexOf(normalizedQuote, System.StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = rawStart[at];
        var end = rawEnd[at + normalizedQuote.Length - 1];
        return new RawQuoteMatch(start, end - start, _text.Substring(start, end - start));
    }

    /// <summary>Code points (a surrogate pair is one; a lone surrogate is one) before UTF-16 offset <paramref name="offset"/>.</summary>
    public int CodePointOffset(int offset)
    {
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return _lineCodePoints[line] + CountCodePoints(_text, _lineStarts[line], offset - _lineStarts[line]);
    }

    public static int CountCodePoints(string text, int start, int length)
    {
        var count = 0;
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }

            count++;
        }

        return count;
    }

    /// <summary>
    /// <see cref="QuoteNormalizer.Normalize"/> of the line, with, for each normalized character,
    /// the raw span it came from (a space stands for its whole white-space run; each of the three
    /// dots of an ellipsis for the ellipsis). The review site marks quotes with it too.
    /// </summary>
    internal static (string Normalized, List<int> RawStart, List<int> RawEnd) Map(string text, int start, int length)
    {
        var sb = new System.Text.StringBuilder(length);
        var rawStart = new List<int>(length);
        var rawEnd = new List<int>(length);
        var runStart = -1;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (runStart < 0)
                {
                    runStart = i;
                }

                continue;
            }

            if (runStart >= 0 && sb.Length > 0)
            {
                Add(' ', runStart, i);
            }

            runStart = -1;
            switch (c)
            {
                case '\u201C' or '\u201D' or '\u201E' or '\u201F':
                    Add('"', i, i + 1);
                    break;
                case '\u2018' or '\u2019' or '\u201A' or '\u201B':
                    Add('\'', i, i + 1);
                    break;
                case '\u2026':
                    Add('.', i, i + 1);
                    Add('.', i, i + 1);
                    Add('.', i, i + 1);
                    break;
                default:
                    Add(c, i, i + 1);
                    break;
            }
        }

        return (sb.ToString(), rawStart, rawEnd);

        void Add(char normalized, int from, int to)
        {
            sb.Append(normalized);
            rawStart.Add(from);
            rawEnd.Add(to);
        }
    }
}

/// <summary>A quote's place in the article's own text: UTF-16 <see cref="Start"/> and <see cref="Length"/>, and that text.</summary>
internal sealed record RawQuoteMatch(int Start, int Length, string Exact);
