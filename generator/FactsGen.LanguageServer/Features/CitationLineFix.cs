using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using FactsGen.Articles;
using FactsGen.Diagnostics;
using FactsGen.Model;
using FactsGen.Tooling.Articles;
using FactsGen.Tooling.Engine;

namespace FactsGen.LanguageServer.Features;

/// <summary>
/// The lines an FG0012/FG0013 citation could cite instead, each a "Cite line N instead" action that
/// replaces only the line number. FG0013 carries the lines that hold the quote in its properties
/// (<see cref="DiagnosticProperty.Lines"/>), so the action and the message come from one search; when
/// the quote is on several lines every one is offered and none preferred, since only the editor knows
/// which one the fact rests on. FG0012 has the one line of <c>factsgen fix</c> (<see cref="CitationAnchor"/>).
/// A quote found on no line is left to the editor.
/// </summary>
internal static class CitationLineFix
{
    public static (CitationItem Citation, ImmutableArray<int> Lines)? For(FactBaseSnapshot snapshot, FactFileEntry file, DiagnosticInfo diagnostic)
    {
        if (diagnostic.Id is not ("FG0012" or "FG0013") || diagnostic.Location is not { } location)
        {
            return null;
        }

        var citation = file.Citations.Citations.FirstOrDefault(c => c.LineLocation.Equals(location) || c.QuoteLocation.Equals(location));
        if (citation is null)
        {
            return null;
        }

        if (diagnostic.Property(DiagnosticProperty.Lines) is { } listed)
        {
            var lines = listed.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(n => int.Parse(n, NumberStyles.None, CultureInfo.InvariantCulture))
                .ToImmutableArray();
            return lines.IsEmpty ? null : (citation, lines);
        }

        return snapshot.ArticleOf(citation.Article) is { } article && CitationAnchor.LineToCite(article.Text.Lines, citation) is { } line
            ? (citation, ImmutableArray.Create(line))
            : null;
    }
}
