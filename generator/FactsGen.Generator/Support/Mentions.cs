using System;
using FactsGen.Articles;

namespace FactsGen.Support;

/// <summary>
/// The mention rule of docs/fact-files.md §12: after §5's normalization and invariant lower-casing of both sides, a
/// text mentions a phrase when the phrase occurs in it with no letter or digit just before or after
/// (<c>Nigeria's</c> and <c>(ECOWAS)</c> mention Nigeria and ECOWAS; <c>Nigerian</c> does not mention
/// Nigeria). Every occurrence is tried, through <see cref="QuoteSearch"/>, so the search stays linear
/// on hostile text (a phrase found everywhere but never on a word boundary).
/// </summary>
internal static class Mentions
{
    /// <summary>A quote or a phrase as the rule compares them: normalized (docs/fact-files.md §5), lower-cased (invariant).</summary>
    public static string Prepare(string text) => QuoteNormalizer.Normalize(text).ToLowerInvariant();

    /// <summary>
    /// Whether <paramref name="text"/> mentions <paramref name="phrase"/>, both <see cref="Prepare"/>d.
    /// <paramref name="work"/> grows by the characters examined.
    /// </summary>
    public static bool IsIn(string text, QuoteSearch phrase, int phraseLength, ref long work)
    {
        var cursor = default(QuoteSearch.Cursor);
        int at;
        while ((at = phrase.Next(text, ref cursor, ref work)) >= 0)
        {
            if (IsBoundary(text, at - 1) && IsBoundary(text, at + phraseLength))
            {
                return true;
            }

            // A mention needs a boundary just before it, so one that overlaps this occurrence starts
            // after a character of the phrase that is no letter or digit: skip to there (the short
            // phrases' search restarts anyway; Knuth–Morris–Pratt keeps its own state, linear already).
            if (cursor.Matched == 0)
            {
                var skip = 1;
                while (skip < phraseLength && char.IsLetterOrDigit(text[at + skip - 1]))
                {
                    skip++;
                }

                work += skip;
                cursor.At = Math.Max(cursor.At, at + skip);
            }
        }

        return false;
    }

    /// <summary>Whether the character at <paramref name="index"/> (possibly outside the text) lets a word end there.</summary>
    public static bool IsBoundary(string text, int index) =>
        index < 0 || index >= text.Length || !char.IsLetterOrDigit(text[index]);
}
