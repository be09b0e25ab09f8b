using System;
using System.Collections.Generic;

namespace FactsGen.Cli.Report;

/// <summary>What every page shares: head, navigation, and the policy that keeps it offline.</summary>
internal static class PageLayout
{
    /// <summary>
    /// Nothing loads from anywhere but the site's own files, and nothing runs but its own script:
    /// if some text ever escaped its escaping, the browser still would not run or fetch it.
    /// </summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

    public static string Page(string title, IReadOnlyList<Schema.KindDescriptor> kinds, string? currentPage, bool withScript, Action<Html> main)
    {
        var html = new Html();
        html.Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Raw("<meta http-equiv=\"Content-Security-Policy\"").Attr("content", ContentSecurityPolicy).Raw(">\n")
            .Raw("<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Raw("<title>").Text(title).Raw(" · FactsGen review</title>\n")
            .Raw("<link rel=\"stylesheet\"").Attr("href", PageNames.Style).Raw(">\n");
        if (withScript)
        {
            html.Raw("<script").Attr("src", PageNames.Script).Raw(" defer></script>\n");
        }

        html.Raw("</head>\n<body>\n<header class=\"site\"><nav aria-label=\"Site\">");
        NavLink(html, PageNames.Index, "Overview", currentPage);
        foreach (var kind in kinds)
        {
            NavLink(html, PageNames.Kind(kind.Section), kind.Section, currentPage);
        }

        html.Raw("</nav></header>\n<main>\n");
        main(html);
        html.Raw("</main>\n<footer class=\"site\">Written by <code>factsgen report</code>. Every quote is checked against its article line as the generator checks it.</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void NavLink(Html html, string page, string text, string? currentPage)
    {
        html.Raw("<a").Attr("href", page);
        if (page == currentPage)
        {
            html.Raw(" aria-current=\"page\"");
        }

        html.Raw(">").Text(text).Raw("</a> ");
    }
}
