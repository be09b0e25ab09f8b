using System.Text;

namespace FactsGen.Articles;

/// <summary>
/// The one normalization quotes and lines share (docs/fact-files.md §5): white-space runs (no-break space
/// included) become one space, ends are trimmed, curly quotes become straight, … becomes "...".
/// Case, spelling and the source's typos are kept.
/// </summary>
internal static class QuoteNormalizer
{
    public static string Normalize(string text)
    {
        if (IsNormal(text))
        {
            return text; // most quotes: nothing to change, nothing to allocate
        }

        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            switch (c)
            {
                case '\u201C' or '\u201D' or '\u201E' or '\u201F':
                    sb.Append('"');
                    break;
                case '\u2018' or '\u2019' or '\u201A' or '\u201B':
                    sb.Append('\'');
                    break;
                case '\u2026':
                    sb.Append("...");
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Whether <see cref="Normalize"/> would return the text unchanged: single spaces between words, no other white space, no curly quote, no ellipsis.</summary>
    private static bool IsNormal(string text)
    {
        var afterSpace = true; // a leading space is trimmed
        foreach (var c in text)
        {
            if (c == ' ')
            {
                if (afterSpace)
                {
                    return false;
                }

                afterSpace = true;
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2026')
            {
                return false;
            }

            afterSpace = false;
        }

        return text.Length == 0 || !afterSpace; // a trailing space is trimmed
    }
}
