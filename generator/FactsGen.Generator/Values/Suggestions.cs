using System;
using System.Collections.Generic;

namespace FactsGen.Values;

/// <summary>"Did you mean" for unknown sections, fields, enum values and ids (Damerau-Levenshtein distance).</summary>
public static class Suggestions
{
    /// <summary>The candidate nearest to <paramref name="text"/>, if it is close enough to be a likely typo.</summary>
    public static string? Nearest(string text, IEnumerable<string> candidates)
    {
        var budget = long.MaxValue;
        return Nearest(text, candidates, ref budget);
    }

    /// <summary>
    /// As <see cref="Nearest(string, IEnumerable{string})"/>, spending at most <paramref name="budget"/>
    /// matrix cells (shared by the caller across many lookups, so thousands of unknown ids against
    /// thousands of declared ones cannot keep the IDE busy); when it runs out, no suggestion.
    /// </summary>
    public static string? Nearest(string text, IEnumerable<string> candidates, ref long budget)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var lower = text.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            // The distance is at least the difference in length: such a candidate cannot win.
            if (Math.Abs(candidate.Length - text.Length) > bestDistance)
            {
                continue;
            }

            // Only a distance up to the best so far matters (ties included): the band costs less.
            var max = bestDistance == int.MaxValue ? int.MaxValue / 4 : bestDistance;
            var cost = (long)Math.Min(text.Length + 1, 258) * Math.Min(Math.Min(candidate.Length + 1, 258), (2L * max) + 1);
            if (cost > budget)
            {
                budget = 0;
                return null;
            }

            budget -= cost;
            var distance = Distance(lower, candidate.ToLowerInvariant(), max);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // A third of the longer word may differ (at least 2 edits), or one contains the other.
        if (best is null)
        {
            return null;
        }

        var limit = Math.Max(2, Math.Max(text.Length, best.Length) / 3);
        var contains = text.Length >= 3 && (best.IndexOf(text, StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf(best, StringComparison.OrdinalIgnoreCase) >= 0);
        return bestDistance <= limit || contains ? best : null;
    }

    /// <summary>"; did you mean 'x'?" or nothing, within a shared <paramref name="budget"/>.</summary>
    public static string DidYouMean(string text, IEnumerable<string> candidates, ref long budget) =>
        Nearest(text, candidates, ref budget) is { } nearest ? $"; did you mean '{nearest}'?" : string.Empty;

    /// <summary>"; did you mean 'x'?" or "." — to end a sentence that the next one follows.</summary>
    public static string DidYouMeanSentence(string text, IEnumerable<string> candidates) =>
        Nearest(text, candidates) is { } nearest ? $"; did you mean '{nearest}'?" : ".";

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    public static int Distance(string a, string b) => Distance(a, b, int.MaxValue / 4);

    /// <summary>
    /// The distance if it is at most <paramref name="max"/>, else <paramref name="max"/> + 1: only the
    /// band of cells within <paramref name="max"/> of the diagonal is computed, and a row past it stops
    /// the search, so a candidate that cannot win costs little.
    /// </summary>
    public static int Distance(string a, string b, int max)
    {
        if (a.Length > 256 || b.Length > 256)
        {
            var lengths = Math.Max(a.Length, b.Length);
            return lengths <= max ? lengths : max + 1;
        }

        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        // Three rolling rows (i-2, i-1, i); cells outside the band hold "infinity".
        const int Infinity = int.MaxValue / 2;
        var twoBack = new int[b.Length + 2];
        var previous = new int[b.Length + 2];
        var current = new int[b.Length + 2];
        for (var j = 0; j <= b.Length + 1; j++) previous[j] = j <= max && j <= b.Length ? j : Infinity;
        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - max);
            var to = Math.Min(b.Length, i + max);
            current[from - 1] = from == 1 && i <= max ? i : Infinity;
            var rowMin = current[from - 1];
            for (var j = from; j <= to; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, twoBack[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            current[to + 1] = Infinity;
            if (rowMin > max)
            {
                return max + 1;
            }

            (twoBack, previous, current) = (previous, current, twoBack);
        }

        return previous[b.Length] <= max ? previous[b.Length] : max + 1;
    }
}
