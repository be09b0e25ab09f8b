using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace FactsGen.Cli.Report;

/// <summary>
/// One article: every line numbered and addressable (<c>#L9</c>), each quote a <c>&lt;mark&gt;</c>
/// where it stands on the line's own text, linked to the fact citing it, and uncited lines marked.
/// </summary>
internal static class ArticlePage
{
    public static string Render(ReviewModel model, ReviewArticle article)
    {
        var title = article.Declaration?.Summary ?? article.Id;
        return PageLayout.Page(article.Id, model.Kinds, article.PageName, withScript: false, html =>
        {
            html.Raw("<h1>").Text(title).Raw("</h1>\n");
            var cited = article.CitedLines;
            var nonEmpty = article.NonEmptyLines;
            html.Raw("<p class=\"lede\">Article <code>").Text(article.Id).Raw("</code>");
            if (article.Declaration is { } declaration)
            {
                html.Raw(" (").Link(declaration.Href, "declaration").Raw(")");
            }

            html.Raw(", file <code>").Text(Model.FilePaths.FileName(article.Path)).Raw("</code>. Coverage <strong>")
                .Text(CoverageText.Format(cited, nonEmpty)).Raw("</strong>: ")
                .Text(CoverageText.Fraction(cited, nonEmpty)).Raw(" non-empty lines cited, ")
                .Count(article.CitationsByLine.Sum(l => l.Count), "quote").Raw(".</p>\n");
            html.Raw("<p class=\"legend\"><mark>quoted words</mark> a quote that a fact cites (follow it to the fact) · ")
                .Raw("<span class=\"legend-uncited\">uncited line</span> a non-empty line that no fact cites</p>\n");

            html.Raw("<div class=\"article\">\n");
            for (var i = 0; i < article.Lines.Count; i++)
            {
                Line(html, article, i);
            }

            html.Raw("</div>\n");
        });
    }

    private static void Line(Html html, ReviewArticle article, int index)
    {
        var number = (index + 1).ToString(CultureInfo.InvariantCulture);
        var line = article.Lines[index];
        var citations = article.CitationsByLine[index];
        var state = line.Text.Length == 0 ? "line empty" : citations.Count == 0 ? "line uncited" : "line cited";
        html.Raw("<div").Attr("class", state).Attr("id", "L" + number).Raw(">")
            .Raw("<a class=\"ln\"").Attr("href", "#L" + number).Attr("aria-label", "line " + number).Raw(">").Text(number).Raw("</a>")
            .Raw("<span class=\"text\">");
        Marks(html, line.Raw, citations);
        html.Raw("</span>");
        if (citations.Count > 0)
        {
            html.Raw("<ul class=\"by\">");
            foreach (var (fact, label) in citations.Select(c => (c.Fact, c.Label)).Distinct())
            {
                html.Raw("<li><span class=\"kind\">").Text(fact.Kind.Noun).Raw("</span> ").Link(fact.Href, label).Raw("</li>");
            }

            html.Raw("</ul>");
        }

        html.Raw("</div>\n");
    }

    /// <summary>The line's own text with a mark per covered piece; a piece several quotes share links to the first and names all.</summary>
    private static void Marks(Html html, string raw, IReadOnlyList<ReviewCitation> citations)
    {
        var segments = MarkLayout.Segments(citations.Select(c => (c.Range!.Value, c)).ToList());
        var at = 0;
        foreach (var segment in segments)
        {
            html.Text(raw, at, segment.Range.Start - at);
            var first = segment.Tags[0];
            html.Raw("<mark class=\"q\"")
                .Attr("data-cites", string.Join(" ", segment.Tags.Select(c => c.Key)))
                .Attr("title", string.Join(" · ", segment.Tags.Select(c => c.Label).Distinct()))
                .Raw("><a").Attr("href", first.Fact.Href).Raw(">")
                .Text(raw, segment.Range.Start, segment.Range.Length)
                .Raw("</a></mark>");
            at = segment.Range.End;
        }

        html.Text(raw, at, raw.Length - at);
    }
}
