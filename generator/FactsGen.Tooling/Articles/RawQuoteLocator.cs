using System.Collections.Generic;
using FactsGen.Articles;

namespace FactsGen.Tooling.Articles;

/// <summary>
/// Where a quote stands in an article's own text. Quotes are matched on normalized lines (docs/fact-files.md §5:
/// white-space runs, curly quotes, …), so the article's text that a quote matched can differ from
/// the quote; tools that point into the article (annotation export, the review site's marks, the
/// language server) need that raw text and its offsets. Offsets are UTF-16 indexes into the text as
/// read (BOM excluded); <see cref="CodePointOffset"/> converts them for formats that count code points.
/// </summary>
public sealed class RawQuoteLocator
{
    private readonly TextLines _lines;
    private readonly int[] _lineCodePoints;

    /// <summary>Splits the text into lines as <see cref="ArticleText"/> does (<see cref="TextLines"/>).</summary>
    public RawQuoteLocator(string text)
    {
        _lines = new TextLines(text);

        // Code points before each line, so an offset converts in time proportional to its line, not the article.
        _lineCodePoints = new int[_lines.LineCount];
        var before = 0;
        for (var line = 0; line < _lines.LineCount; line++)
        {
            _lineCodePoints[line] = before;
            var next = line + 1 < _lines.LineCount ? _lines.LineStart(line + 1) : text.Length;
            before += CountCodePoints(text, _lines.LineStart(line), next - _lines.LineStart(line));
        }
    }

    public string Text => _lines.Text;

    public int LineCount => _lines.LineCount;

    /// <summary>The offset where 1-based <paramref name="line"/> starts, and its length without its line end.</summary>
    public (int Start, int Length) LineSpan(int line) => (_lines.LineStart(line - 1), _lines.LineEnd(line - 1) - _lines.LineStart(line - 1));

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
        var (normalized, rawStart, rawEnd) = Map(Text, lineStart, lineLength);

        // The analyzer's search: linear whatever the quote, as IndexOf is not on self-repeating ones.
        var at = new QuoteSearch(normalizedQuote).IndexIn(normalized);
        if (at < 0)
        {
            return null;
        }

        var start = rawStart[at];
        var end = rawEnd[at + normalizedQuote.Length - 1];
        return new RawQuoteMatch(start, end - start, Text.Substring(start, end - start));
    }

    /// <summary>Code points (a surrogate pair is one; a lone surrogate is one) before UTF-16 offset <paramref name="offset"/>.</summary>
    public int CodePointOffset(int offset)
    {
        var line = _lines.LineOf(offset);
        return _lineCodePoints[line] + CountCodePoints(Text, _lines.LineStart(line), offset - _lines.LineStart(line));
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
    public static (string Normalized, List<int> RawStart, List<int> RawEnd) Map(string text, int start, int length)
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
public sealed record RawQuoteMatch(int Start, int Length, string Exact);
