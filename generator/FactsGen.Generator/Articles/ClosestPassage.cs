using System;
using FactsGen.Model;

namespace FactsGen.Articles;

/// <summary>
/// Finds the passage of an article that best matches a quote that is not in it verbatim, as
/// annotation tools re-anchor quotes: for each line, the window of the quote's length with the
/// fewest edits (approximate substring matching, Sellers' algorithm).
/// </summary>
internal static class ClosestPassage
{
    internal sealed record Match(int Line, string Text, int Distance);

    /// <summary>The best passage, if it is close enough to be the quote with slips (at most a third edited).</summary>
    public static Match? Find(EquatableArray<string> lines, string quote)
    {
        if (quote.Length == 0 || quote.Length > 2000)
        {
            return null;
        }

        Match? best = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.Length > 100_000)
            {
                continue;
            }

            var (distance, end) = BestSubstring(quote, line);
            if (best is null || distance < best.Distance)
            {
                var start = StartOf(quote, line, end, distance);
                best = new Match(i + 1, line.Substring(start, end - start).Trim(), distance);
            }
        }

        return best is not null && best.Distance <= Math.Max(1, quote.Length / 3) ? best : null;
    }

    /// <summary>Least edit distance of <paramref name="pattern"/> to any substring of <paramref name="text"/>, and where that substring ends.</summary>
    private static (int Distance, int End) BestSubstring(string pattern, string text)
    {
        var previous = new int[pattern.Length + 1];
        var current = new int[pattern.Length + 1];
        for (var i = 0; i <= pattern.Length; i++) previous[i] = i;
        var best = (Distance: pattern.Length, End: 0);
        for (var j = 1; j <= text.Length; j++)
        {
            current[0] = 0; // a match may start anywhere in the text
            for (var i = 1; i <= pattern.Length; i++)
            {
                var cost = pattern[i - 1] == text[j - 1] ? 0 : 1;
                current[i] = Math.Min(Math.Min(previous[i] + 1, current[i - 1] + 1), previous[i - 1] + cost);
            }

            // On a tie, the later end: it matches more of the quote ("the BBC" for "the bbc", not "the").
            if (current[pattern.Length] <= best.Distance)
            {
                best = (current[pattern.Length], j);
            }

            (previous, current) = (current, previous);
        }

        return best;
    }

    /// <summary>Where the best substring ending at <paramref name="end"/> starts: the start whose window matches best.</summary>
    private static int StartOf(string pattern, string text, int end, int distance)
    {
        var bestStart = Math.Max(0, end - pattern.Length);
        var bestDistance = int.MaxValue;
        var from = Math.Max(0, end - pattern.Length - distance);
        var to = Math.Min(end, end - pattern.Length + distance);
        for (var start = from; start <= Math.Max(from, to); start++)
        {
            var d = Values.Suggestions.Distance(pattern, text.Substring(start, end - start));
            if (d < bestDistance)
            {
                bestDistance = d;
                bestStart = start;
            }
        }

        return bestStart;
    }
}
