using System;
using System.Collections.Immutable;
using System.Threading;
using FactsGen.Model;

namespace FactsGen.Articles;

/// <summary>
/// Exact search for one quote in many lines, in time linear in the line's length whatever the text.
/// <see cref="string.IndexOf(string, StringComparison)"/> is fast (vectorized) but quadratic at worst,
/// and only for quotes that repeat themselves (a long run of one letter with another in the middle,
/// against a long line of that letter): a partial match of length L can recur only every period of
/// the quote's first L characters. So quotes whose prefixes are short relative to their periods use
/// IndexOf, and long self-repeating quotes use Knuth–Morris–Pratt. Fact files and articles may come
/// from people we do not trust.
/// </summary>
public sealed class QuoteSearch
{
    /// <summary>Up to this length, IndexOf's worst case is linear enough.</summary>
    private const int ShortQuote = 64;

    /// <summary>The largest prefix length ÷ period for which IndexOf stays within a small multiple of the line's length.</summary>
    private const int MaxRepetition = 8;

    private readonly string _quote;
    private readonly int[]? _failure;

    public QuoteSearch(string quote)
    {
        _quote = quote;
        if (quote.Length <= ShortQuote)
        {
            return;
        }

        // failure[i]: the length of the longest proper border of quote[0..i]; its period is i + 1 - failure[i].
        var failure = new int[quote.Length];
        var repetitive = false;
        for (int i = 1, k = 0; i < quote.Length; i++)
        {
            while (k > 0 && quote[i] != quote[k]) k = failure[k - 1];
            if (quote[i] == quote[k]) k++;
            failure[i] = k;
            repetitive |= i + 1 > MaxRepetition * (i + 1 - k);
        }

        _failure = repetitive ? failure : null;
    }

    /// <summary>Where a search for every occurrence stands: the next index to read, and (Knuth–Morris–Pratt) how much of the quote is matched there.</summary>
    public struct Cursor
    {
        public int At;
        public int Matched;
    }

    /// <summary>
    /// The next place from <paramref name="cursor"/> where the quote starts in the line, or -1; call
    /// again with the same cursor for the next. Finding every occurrence stays linear, as
    /// <see cref="IsIn"/> is: Knuth–Morris–Pratt keeps its partial match across calls. <paramref name="work"/>
    /// grows by the characters examined, so callers can budget hostile input.
    /// </summary>
    public int Next(string line, ref Cursor cursor, ref long work)
    {
        if (_failure is null)
        {
            var from = cursor.At;
            var found = from > line.Length - _quote.Length ? -1 : line.IndexOf(_quote, from, StringComparison.Ordinal);
            work += (found < 0 ? Math.Max(0, line.Length - from) : found - from) + _quote.Length;
            cursor.At = found < 0 ? line.Length : found + 1;
            return found;
        }

        var k = cursor.Matched;
        for (var i = cursor.At; i < line.Length; i++)
        {
            work++;
            while (k > 0 && line[i] != _quote[k])
            {
                k = _failure[k - 1];
                work++;
            }

            if (line[i] == _quote[k] && ++k == _quote.Length)
            {
                cursor.At = i + 1;
                cursor.Matched = _failure[k - 1];
                return i + 1 - _quote.Length;
            }
        }

        cursor.At = line.Length;
        cursor.Matched = 0;
        return -1;
    }

    /// <summary>
    /// Every 1-based line of an article (normalized lines) that holds the quote, normalized as
    /// <see cref="QuoteNormalizer"/> does. A quote found on other lines than the cited one is a line
    /// number at fault (FG0013); the tools re-anchor a citation to the one line that holds it.
    /// </summary>
    public static ImmutableArray<int> LinesHolding(EquatableArray<string> lines, string quote, CancellationToken cancellationToken = default)
    {
        var search = new QuoteSearch(QuoteNormalizer.Normalize(quote));
        var found = ImmutableArray.CreateBuilder<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if ((i & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (search.IsIn(lines[i]))
            {
                found.Add(i + 1);
            }
        }

        return found.ToImmutable();
    }

    /// <summary>Where the quote first starts in the line, or -1.</summary>
    public int IndexIn(string line)
    {
        var cursor = default(Cursor);
        long work = 0;
        return Next(line, ref cursor, ref work);
    }

    public bool IsIn(string line)
    {
        if (_failure is null || line.Length < _quote.Length)
        {
            return line.IndexOf(_quote, StringComparison.Ordinal) >= 0;
        }

        for (int i = 0, k = 0; i < line.Length; i++)
        {
            while (k > 0 && line[i] != _quote[k]) k = _failure[k - 1];
            if (line[i] == _quote[k] && ++k == _quote.Length) return true;
        }

        return false;
    }
}
