using System.IO;
using System.Linq;
using FactsGen.Diagnostics;
using FactsGen.Model;
using Microsoft.CodeAnalysis;

namespace FactsGen.Cli.Report;

/// <summary><c>index.html</c>: facts per kind, each article's coverage, and the diagnostics.</summary>
internal static class IndexPage
{
    public static string Render(ReviewModel model)
    {
        var folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(model.FactsFolder)));
        return PageLayout.Page("Overview", model.Kinds, PageNames.Index, withScript: false, html =>
        {
            html.Raw("<h1>Fact base review: <code>").Text(folder).Raw("</code></h1>\n");
            html.Raw("<p class=\"lede\">").Count(model.Kinds.Sum(k => model.FactsOf(k).Count), "fact").Raw(" in ")
                .Count(model.Kinds.Count, "kind").Raw(", ").Count(model.Articles.Count, "article").Raw(" with a text, ");
            if (model.Diagnostics.IsEmpty)
            {
                html.Raw("no diagnostics.</p>\n");
            }
            else
            {
                html.Raw("<a href=\"#diagnostics\">").Count(model.Diagnostics.Length, "diagnostic").Raw("</a>.</p>\n");
            }

            Kinds(html, model);
            Articles(html, model);
            Diagnostics(html, model);
        });
    }

    private static void Kinds(Html html, ReviewModel model)
    {
        html.Raw("<section id=\"kinds\">\n<h2>Facts per kind</h2>\n<table>\n<thead><tr><th scope=\"col\">Kind</th><th scope=\"col\" class=\"num\">Facts</th><th scope=\"col\">What they are</th></tr></thead>\n<tbody>\n");
        foreach (var kind in model.Kinds)
        {
            html.Raw("<tr><td>").Link(PageNames.Kind(kind.Section), kind.Section)
                .Raw("</td><td class=\"num\">").Number(model.FactsOf(kind).Count)
                .Raw("</td><td>").Text(kind.Doc).Raw("</td></tr>\n");
        }

        html.Raw("</tbody>\n</table>\n</section>\n");
    }

    private static void Articles(Html html, ReviewModel model)
    {
        html.Raw("<section id=\"articles\">\n<h2>Articles</h2>\n<p class=\"note\">Coverage: the share of an article's non-empty lines that at least one citation's quote is marked on.</p>\n");
        if (model.Articles.Count == 0)
        {
            html.Raw("<p>No article has a text to show.</p>\n</section>\n");
            return;
        }

        html.Raw("<table>\n<thead><tr><th scope=\"col\">Article</th><th scope=\"col\" class=\"num\">Coverage</th><th scope=\"col\" class=\"num\">Lines cited</th><th scope=\"col\" class=\"num\">Quotes</th></tr></thead>\n<tbody>\n");
        foreach (var article in model.Articles)
        {
            var cited = article.CitedLines;
            var nonEmpty = article.NonEmptyLines;
            html.Raw("<tr class=\"article-row\"").Attr("data-article", article.Id).Raw("><td>").Link(article.PageName, article.Id);
            if (article.Declaration is { } declaration)
            {
                html.Raw("<br><span class=\"summary\">").Text(declaration.Summary).Raw("</span>");
            }

            html.Raw("</td><td class=\"num coverage\">");
            if (CoverageText.Percent(cited, nonEmpty) is { } percent)
            {
                html.Raw("<meter min=\"0\" max=\"100\"").Attr("value", percent.ToString(System.Globalization.CultureInfo.InvariantCulture)).Raw("></meter> ");
            }

            html.Text(CoverageText.Format(cited, nonEmpty))
                .Raw("</td><td class=\"num fraction\">").Text(CoverageText.Fraction(cited, nonEmpty))
                .Raw("</td><td class=\"num\">").Number(article.CitationsByLine.Sum(l => l.Count))
                .Raw("</td></tr>\n");
        }

        html.Raw("</tbody>\n</table>\n</section>\n");
    }

    private static void Diagnostics(Html html, ReviewModel model)
    {
        html.Raw("<section id=\"diagnostics\">\n<h2>Diagnostics</h2>\n");
        if (model.Diagnostics.IsEmpty)
        {
            html.Raw("<p>None: the fact base checks clean.</p>\n</section>\n");
            return;
        }

        html.Raw("<p class=\"note\">As <code>factsgen check</code> prints them; paths are relative to the fact base folder. Facts the generator does not emit are left out of the kind pages; a citation that misses its line is flagged on its fact.</p>\n")
            .Raw("<table class=\"diagnostics\">\n<thead><tr><th scope=\"col\">Id</th><th scope=\"col\">Where</th><th scope=\"col\">Message</th></tr></thead>\n<tbody>\n");
        var root = Path.GetFullPath(model.FactsFolder);
        foreach (var diagnostic in model.Diagnostics)
        {
            var severity = diagnostic.Descriptor.DefaultSeverity == DiagnosticSeverity.Error ? "error" : "warning";
            html.Raw("<tr").Attr("class", severity).Raw("><td><span class=\"severity\">").Text(severity).Raw("</span> ").Text(diagnostic.Id)
                .Raw("</td><td class=\"where\">").Text(Where(diagnostic, root))
                .Raw("</td><td>").Text(diagnostic.Message).Raw("</td></tr>\n");
        }

        html.Raw("</tbody>\n</table>\n</section>\n");
    }

    /// <summary><c>file(line,col)</c> with 1-based numbers, as the compiler and the checker print a place.</summary>
    private static string Where(DiagnosticInfo diagnostic, string root)
    {
        if (diagnostic.Location is not { } location || location.FilePath.Length == 0)
        {
            return string.Empty;
        }

        var path = FilePaths.RelativeTo(Path.GetFullPath(location.FilePath), root);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{path}({location.StartLine + 1},{location.StartColumn + 1})");
    }
}
