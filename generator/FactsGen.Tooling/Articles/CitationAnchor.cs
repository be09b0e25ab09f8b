using System.Threading;
using FactsGen.Articles;
using FactsGen.Model;

namespace FactsGen.Tooling.Articles;

/// <summary>
/// Where to move a citation (docs/fact-files.md, re-anchoring): <c>factsgen fix</c> and the language
/// server's "Cite line N instead" both move a citation only to the one line that holds its quote,
/// found by the analyzer's own search (<see cref="QuoteSearch.LinesHolding"/>), and both ask here.
/// </summary>
public static class CitationAnchor
{
    /// <summary>The line to cite instead: the one line that holds the quote, when it is not the cited one; else null.</summary>
    public static int? LineToCite(EquatableArray<string> lines, CitationItem citation, CancellationToken cancellationToken = default) =>
        QuoteSearch.LinesHolding(lines, citation.Quote, cancellationToken) is { Length: 1 } found && found[0] != citation.Line ? found[0] : null;
}
