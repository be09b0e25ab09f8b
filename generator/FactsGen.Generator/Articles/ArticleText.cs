using System.Collections.Generic;
using System.Threading;
using FactsGen.Model;

namespace FactsGen.Articles;

/// <summary>An article's lines, normalized for quote matching (docs/fact-files.md §5). Line 1 is index 0.</summary>
internal sealed record ArticleText(string Path, EquatableArray<string> Lines)
{
    /// <summary>Splits at LF, CRLF or CR only (docs/fact-files.md §1: nothing else ends a line), as an editor numbers lines.</summary>
    public static ArticleText Create(string path, string text) => Create(path, text, CancellationToken.None);

    /// <summary>As <see cref="Create(string, string)"/>, checking <paramref name="cancellationToken"/> as it goes (articles may be large).</summary>
    public static ArticleText Create(string path, string text, CancellationToken cancellationToken)
    {
        var raw = SplitLines(text, cancellationToken);
        var lines = new string[raw.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = QuoteNormalizer.Normalize(raw[i]);
        }

        return new ArticleText(FilePaths.Normalize(path), lines.ToEquatableArray());
    }

    /// <summary>
    /// The article's own lines, as an editor numbers them: split at LF, CRLF or CR only, line ends
    /// dropped. The review site marks quotes on these; citations count them.
    /// </summary>
    public static IReadOnlyList<string> SplitLines(string text, CancellationToken cancellationToken = default)
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

            if ((lines.Count & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
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
