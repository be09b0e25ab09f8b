using System;
using System.Collections.Generic;

namespace FactsGen.Values;

/// <summary>"Did you mean" for unknown sections, fields, enum values and ids (Damerau-Levenshtein distance).</summary>
internal static class Suggestions
{
    /// <summary>The candidate nearest to <paramref name="text"/>, if it is close enough to be a likely typo.</summary>
    public static string? Nearest(string text, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(text.ToLowerInvariant(), candidate.ToLowerInvariant());
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

    /// <summary>"; did you mean 'x'?" or nothing.</summary>
    public static string DidYouMean(string text, IEnumerable<string> candidates) =>
        Nearest(text, candidates) is { } nearest ? $"; did you mean '{nearest}'?" : string.Empty;

    /// <summary>"; did you mean 'x'?" or "." — to end a sentence that the next one follows.</summary>
    public static string DidYouMeanSentence(string text, IEnumerable<string> candidates) =>
        Nearest(text, candidates) is { } nearest ? $"; did you mean '{nearest}'?" : ".";

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    public static int Distance(string a, string b)
    {
        if (a.Length > 256 || b.Length > 256)
        {
            return Math.Max(a.Length, b.Length);
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
