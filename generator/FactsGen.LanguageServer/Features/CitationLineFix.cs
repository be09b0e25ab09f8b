using System.Linq;
using FactsGen.Articles;
using FactsGen.Diagnostics;
using FactsGen.LanguageServer.Engine;
using FactsGen.Model;

namespace FactsGen.LanguageServer.Features;

/// <summary>
/// The fix of <c>factsgen fix</c> for one FG0012/FG0013: when the quote (normalized as §4 says) is on
/// exactly one line of the cited article, that line number replaces the cited one and nothing else
/// changes. The rule is the engine's (<see cref="CitationAnchor"/>), which the CLI's CitationFixer
/// uses too. A quote found on no line or on several is left to the editor.
/// </summary>
internal static class CitationLineFix
{
    public static (CitationItem Citation, int Line)? For(FactBaseSnapshot snapshot, FactFileEntry file, DiagnosticInfo diagnostic)
    {
        if (diagnostic.Id is not ("FG0012" or "FG0013") || diagnostic.Location is not { } location)
        {
            return null;
        }

        var citation = file.Citations.Citations.FirstOrDefault(c => c.LineLocation.Equals(location) || c.QuoteLocation.Equals(location));
        if (citation is null || snapshot.ArticleOf(citation.Article) is not { } article)
        {
            return null;
        }

        return CitationAnchor.LineToCite(article.Text.Lines, citation) is { } line ? (citation, line) : null;
    }
}
