using System;
using FactsGen.Model;

namespace FactsGen.Articles;

/// <summary>
/// Finds the passage of an article that best matches a quote that is not in it verbatim, as
/// annotation tools re-anchor quotes: for each line, the substring with the fewest edits
/// (approximate substring matching: Sellers' algorithm with Ukkonen's cutoff, so only passages
/// close enough to report are followed). The work is bounded by a budget of matrix cells that the
/// caller shares among the quotes of a file: a fact file with thousands of misquotes against long
/// articles cannot keep the IDE busy; when the budget is spent, no closest passage is named.
/// </summary>
public static class ClosestPassage
{
    /// <summary>The longest quote and line the search considers (longer ones are not a misquote of each other).</summary>
    internal const int MaxQuoteLength = 2000;

    internal const int MaxLineLength = 100_000;

    public sealed record Match(int Line, string Text, int Distance);

    /// <summary>The best passage, if it is close enough to be the quote with slips (at most a third edited).</summary>
    public static Match? Find(EquatableArray<string> lines, string quote)
    {
        var budget = long.MaxValue;
        return Find(lines, quote, ref budget);
    }

    /// <summary>
    /// As <see cref="Find(EquatableArray{string}, string)"/>, spending at most <paramref name="budget"/>
    /// cells (quote length × line length per line searched); lines beyond the budget are not searched.
    /// </summary>
    public static Match? Find(EquatableArray<string> lines, string quote, ref long budget)
    {
        if (quote.Length == 0 || quote.Length > MaxQuoteLength)
        {
            return null;
        }

        // Only a passage within a third of the quote's length is worth naming; after the first
        // hit, only strictly better ones, so the cutoff tightens as the search goes.
        var cutoff = Math.Max(1, quote.Length / 3);
        var column = new int[quote.Length + 1];
        int bestLine = -1, bestEnd = 0, bestDistance = cutoff + 1;
        for (var i = 0; i < lines.Count && bestDistance > 0; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.Length > MaxLineLength)
            {
                continue;
            }

            var cost = (long)line.Length * quote.Length;
            if (cost > budget)
            {
                budget = 0;
                break;
            }

            budget -= cost;
            var (distance, end) = BestSubstring(quote, line, bestDistance - 1, column);
            if (distance < bestDistance)
            {
                (bestLine, bestEnd, bestDistance) = (i, end, distance);
            }
        }

        if (bestLine < 0)
        {
            return null;
        }

        var text = lines[bestLine];
        var start = StartOf(quote, text, bestEnd, bestDistance);
        return new Match(bestLine + 1, text.Substring(start, bestEnd - start).Trim(), bestDistance);
    }

    /// <summary>
    /// The least edit distance, if at most <paramref name="k"/>, of <paramref name="pattern"/> to a
    /// substring of <paramref name="text"/>, and where the last such substring ends (on a tie the later
    /// end matches more of the quote: "the BBC" for "the bbc", not "the"); (k + 1, 0) if none.
    /// Rows whose distance already exceeds k are not computed (Ukkonen's cutoff).
    /// </summary>
    private static (int Distance, int End) BestSubstring(string pattern, string text, int k, int[] column)
    {
        var m = pattern.Length;
        for (var i = 0; i <= m; i++) column[i] = i;
        var active = Math.Min(k, m); // the last row whose value is at most k
        var best = (Distance: k + 1, End: 0);
        for (var j = 1; j <= text.Length; j++)
        {
            var t = text[j - 1];
            var diagonal = 0; // column j-1, row i-1; a match may start anywhere (row 0 is 0)
            var above = 0;    // column j, row i-1
            var rows = Math.Min(active + 1, m);
            for (var i = 1; i <= rows; i++)
            {
                var left = column[i];
                var value = pattern[i - 1] == t ? diagonal : 1 + Math.Min(diagonal, Math.Min(above, left));
                diagonal = left;
                column[i] = value;
                above = value;
            }

            active = rows;
            while (active > 0 && column[active] > k)
            {
                active--;
            }

            if (active == m && column[m] <= best.Distance)
            {
                best = (column[m], j);
                if (best.Distance == 0)
                {
                    break;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Where the best substring ending at <paramref name="end"/> starts: edit distances of the
    /// reversed quote to the text read backwards from <paramref name="end"/>; the longest substring
    /// among the best (one pass, at most quote length × (quote length + distance) cells).
    /// </summary>
    private static int StartOf(string pattern, string text, int end, int distance)
    {
        var m = pattern.Length;
        var width = Math.Min(end, m + distance);
        var previous = new int[width + 1];
        var current = new int[width + 1];
        for (var j = 0; j <= width; j++) previous[j] = j;
        for (var i = 1; i <= m; i++)
        {
            current[0] = i;
            var p = pattern[m - i];
            for (var j = 1; j <= width; j++)
            {
                var cost = p == text[end - j] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        var bestLength = 0;
        for (var j = 0; j <= width; j++)
        {
            if (previous[j] <= previous[bestLength])
            {
                bestLength = j;
            }
        }

        return end - bestLength;
    }
}
