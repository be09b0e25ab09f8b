using System.Collections.Immutable;
using System.Threading;
using FactsGen.Model;

namespace FactsGen.Articles;

/// <summary>
/// Where a citation's quote is in its article, for re-anchoring (docs/tools/fix.md): <c>factsgen fix</c> and the
/// language server's "Cite line N instead" both move a citation only to the one line that holds its
/// quote, and both ask here.
/// </summary>
internal static class CitationAnchor
{
    /// <summary>Every 1-based line of the article (normalized lines) that holds the quote, normalized as docs/fact-files.md §5 says.</summary>
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

    /// <summary>The line to cite instead: the one line that holds the quote, when it is not the cited one; else null.</summary>
    public static int? LineToCite(EquatableArray<string> lines, CitationItem citation, CancellationToken cancellationToken = default) =>
        LinesHolding(lines, citation.Quote, cancellationToken) is { Length: 1 } found && found[0] != citation.Line ? found[0] : null;
}
