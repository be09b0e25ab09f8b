using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FactsGen.Articles;

namespace FactsGen.Cli.Tests.Report.Infrastructure;

/// <summary>Parsing pages as a browser does, and reading the site's marks back.</summary>
public static class Pages
{
    /// <summary>Parses and fails on any HTML parse error the parser reports (a bad nesting, a stray end tag).</summary>
    public static IDocument ParseStrict(string html)
    {
        var parser = new HtmlParser();
        var errors = new List<string>();
        parser.Error += (_, e) => errors.Add(((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Message + " at " + ((AngleSharp.Html.Dom.Events.HtmlErrorEvent)e).Position);
        var document = parser.ParseDocument(html);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("HTML parse errors: " + string.Join("; ", errors));
        }

        return document;
    }

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The text of every mark on line <paramref name="line"/> naming the citation, in order, joined.</summary>
    public static string MarkedText(IDocument articlePage, int line, string citationKey) =>
        string.Concat(articlePage.QuerySelectorAll($"#L{line} mark")
            .Where(m => (m.GetAttribute("data-cites") ?? string.Empty).Split(' ').Contains(citationKey))
            .Select(m => m.TextContent));

    public static string Normalize(string text) => QuoteNormalizer.Normalize(text);
}
