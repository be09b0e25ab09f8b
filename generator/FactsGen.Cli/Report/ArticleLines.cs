using System.Collections.Generic;

namespace FactsGen.Cli.Report;

/// <summary>An article's own text, cut into the lines an editor numbers (spec §1).</summary>
internal static class ArticleLines
{
    /// <summary>
    /// Splits at LF, CRLF or CR only, exactly as the generator's ArticleText does, so line n here
    /// is line n of every citation; the line ends themselves are dropped.
    /// </summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }

            lines.Add(text.Substring(start, i - start));
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        lines.Add(text.Substring(start));
        return lines;
    }
}
