namespace FactsGen.Cli.Report;

/// <summary>
/// The first occurrence of a pattern in a text, in time linear in their lengths whatever they hold
/// (Knuth–Morris–Pratt): articles and quotes may come from people we do not trust, and an ordinal
/// IndexOf is quadratic on self-repeating quotes (see the generator's QuoteSearch).
/// </summary>
internal static class LinearSearch
{
    /// <summary>The index of the first occurrence of <paramref name="pattern"/> (non-empty) in <paramref name="text"/>, or -1.</summary>
    public static int IndexOf(string text, string pattern)
    {
        if (pattern.Length > text.Length)
        {
            return -1;
        }

        // failure[i]: the length of the longest proper border of pattern[0..i].
        var failure = new int[pattern.Length];
        for (int i = 1, k = 0; i < pattern.Length; i++)
        {
            while (k > 0 && pattern[i] != pattern[k]) k = failure[k - 1];
            if (pattern[i] == pattern[k]) k++;
            failure[i] = k;
        }

        for (int i = 0, k = 0; i < text.Length; i++)
        {
            while (k > 0 && text[i] != pattern[k]) k = failure[k - 1];
            if (text[i] == pattern[k] && ++k == pattern.Length) return i - pattern.Length + 1;
        }

        return -1;
    }
}
