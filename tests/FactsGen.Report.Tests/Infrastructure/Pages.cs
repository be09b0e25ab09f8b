using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FactsGen.Articles;

namespace FactsGen.Report.Tests.Infrastructure;

/// <summary>Parsing pages as a browser does, and reading the site's marks back.</summary>
public static class Pages
{
    /// <summary>Parses in strict mode: any HTML parse error (a bad nesting, a stray end tag) fails.</summary>
    public static IDocument ParseStrict(string html) =>
        new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(html);

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The text of every mark on line <paramref name="line"/> naming the citation, in order, joined.</summary>
    public static string MarkedText(IDocument articlePage, int line, string citationKey) =>
        string.Concat(articlePage.QuerySelectorAll($"#L{line} mark")
            .Where(m => (m.GetAttribute("data-cites") ?? string.Empty).Split(' ').Contains(citationKey))
            .Select(m => m.TextContent));

    public static string Normalize(string text) => QuoteNormalizer.Normalize(text);
}
