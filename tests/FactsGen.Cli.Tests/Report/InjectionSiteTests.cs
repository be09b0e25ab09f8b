using AngleSharp.Dom;
using FactsGen.Cli.Report;
using FactsGen.Cli.Tests.Report.Infrastructure;

namespace FactsGen.Cli.Tests.Report;

/// <summary>Fact and article strings that try to become markup stay text on every page (parsed as a browser parses).</summary>
public class InjectionSiteTests : IClassFixture<InjectionSite>
{
    private readonly TestSite _site;

    public InjectionSiteTests(InjectionSite fixture) => _site = fixture.Site;

    private IEnumerable<(string Name, IDocument Page)> HtmlPages() =>
        _site.Result.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Select(f => (f, Pages.ParseStrict(_site.Read(f))));

    [Fact]
    public void TheCorpus_ReachesThePages_SaveTheRefusedUrl()
    {
        Assert.Equal(new[] { "FG0005", "FG0100" }, _site.Analysis.Diagnostics.Select(d => d.Id).OrderBy(id => id));
        Assert.Contains("javascript:", _site.Analysis.Diagnostics.Single(d => d.Id == "FG0005").Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "injected", "injected-too", "other-actor", "script-actor" }, _site.Analysis.AcceptedRecords().Select(r => r.Record.Id).OrderBy(id => id, StringComparer.Ordinal));
        var marks = _site.Result.Files.Where(f => f.StartsWith("article-", StringComparison.Ordinal))
            .Sum(f => Pages.Parse(_site.Read(f)).QuerySelectorAll("mark.q").SelectMany(m => m.GetAttribute("data-cites")!.Split(' ')).Distinct().Count());
        Assert.Equal(9, marks);
    }

    [Fact]
    public void NoPage_GainsAnElementOrAttributeFromTheData()
    {
        foreach (var (name, page) in HtmlPages())
        {
            Assert.Empty(page.QuerySelectorAll("img, i, b, iframe, object, embed"));
            Assert.All(page.QuerySelectorAll("script"), s => Assert.Equal(PageNames.Script, s.GetAttribute("src")));
            Assert.All(page.All, element => Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.Ordinal)));
            Assert.All(page.QuerySelectorAll("mark"), mark => Assert.Empty(mark.QuerySelectorAll("mark")));
            Assert.All(page.QuerySelectorAll("a[href]"), a => Assert.DoesNotContain("javascript", a.GetAttribute("href")!, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(InjectionFactBase.Pwned, page.Title!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void StrictParsing_WouldCatchMarksThatStraddle()
    {
        // What the page tests rely on: the parser reports the markup that overlapping quotes would give if not split.
        static string Page(string body) => "<!DOCTYPE html><html><head><title>t</title></head><body>" + body + "</body></html>";
        Assert.ThrowsAny<Exception>(() => Pages.ParseStrict(Page("<p><mark><a href=\"#a\">one </mark><mark>two</a></mark></p>")));
        Assert.ThrowsAny<Exception>(() => Pages.ParseStrict(Page("<div class=\"line\"><span class=\"text\">x</div></span>")));
        Assert.NotNull(Pages.ParseStrict(Page("<p><mark><a href=\"#a\">one </a></mark><mark><a href=\"#b\">two</a></mark></p>")));
    }

    [Fact]
    public void FactStrings_ShowAsTheyAre()
    {
        var actors = Pages.Parse(_site.Read(PageNames.Kind("actors")));
        var fact = actors.GetElementById("script-actor")!;
        Assert.StartsWith(InjectionFactBase.ScriptName, fact.QuerySelector(".summary")!.TextContent, StringComparison.Ordinal);
        var fields = fact.QuerySelectorAll(".fields dd").Select(d => d.TextContent).ToList();
        Assert.Contains(InjectionFactBase.ScriptName + " (the editor's inference)", fields);
        Assert.Contains(InjectionFactBase.ImageRole, fields);
        Assert.Equal([InjectionFactBase.ScriptName], fact.QuerySelectorAll("ul.inferences .reason").Select(r => r.TextContent));
        Assert.Equal(
            [InjectionFactBase.ImageRole, "</li></ul><b>" + InjectionFactBase.MarkAlias],
            actors.GetElementById("other-actor")!.QuerySelectorAll("ul.inferences .reason").Select(r => r.TextContent));
        Assert.Contains(InjectionFactBase.MarkAlias + ", " + InjectionFactBase.ScriptUrl + ", &lt;b&gt; & \" onmouseover=\"x", fields);
        Assert.Equal("Other & <i>Sons</i> (organization)", actors.GetElementById("other-actor")!.QuerySelector(".summary")!.TextContent);
    }

    [Fact]
    public void OnlyHttpUrls_BecomeLinks()
    {
        // The generator refuses a javascript: URL in a url field (FG0005): that record is left out.
        var articles = Pages.Parse(_site.Read(PageNames.Kind("articles")));
        Assert.Null(articles.GetElementById("scripted-url"));

        var web = articles.GetElementById("injected")!.QuerySelector("a.url")!;
        Assert.Equal(InjectionFactBase.WebUrl, web.GetAttribute("href"));
        Assert.Equal(InjectionFactBase.WebUrl, web.TextContent);

        // A javascript: URL in a text field is text.
        var actor = Pages.Parse(_site.Read(PageNames.Kind("actors"))).GetElementById("script-actor")!;
        Assert.Contains(InjectionFactBase.ScriptUrl, actor.TextContent, StringComparison.Ordinal);
        Assert.All(actor.QuerySelectorAll("a"), a => Assert.DoesNotContain(InjectionFactBase.ScriptUrl, a.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void ArticleText_ShowsAsItIs_WithEveryQuoteMarked()
    {
        var page = Pages.ParseStrict(_site.Read(PageNames.Article("injected")));
        var texts = page.QuerySelectorAll(".line > .text").Select(t => t.TextContent).ToList();
        Assert.Equal(InjectionFactBase.ArticleLines.Append(string.Empty), texts);

        foreach (var (file, record) in _site.Analysis.AcceptedRecords().Where(r => _site.Analysis.KindOf(r.Record).SourcesField is not null))
        {
            var kind = _site.Analysis.KindOf(record);
            var citations = record.Fields[kind.Fields.ToList().IndexOf(kind.SourcesField!)]!.Citations;
            for (var i = 0; i < citations.Count; i++)
            {
                var citation = citations[i];
                var onPage = Pages.Parse(_site.Read(PageNames.Article(citation.Article)));
                var marked = Pages.MarkedText(onPage, citation.Line, $"{kind.Section}:{record.Id}:{i + 1}");
                Assert.Equal(Pages.Normalize(citation.Quote), Pages.Normalize(marked));
            }
        }
    }

    [Fact]
    public void OverlappingQuotes_AreSplitIntoMarksThatDoNotNest()
    {
        var page = Pages.ParseStrict(_site.Read(PageNames.Article("injected")));
        var marks = page.QuerySelectorAll("#L5 mark").Select(m => (m.TextContent, m.GetAttribute("data-cites")!)).ToList();
        Assert.Equal(
            new[]
            {
                ("quick ", "actors:script-actor:4"),
                ("brown ", "actors:script-actor:4 actors:other-actor:3"),
                ("fox", "actors:script-actor:4 actors:other-actor:3 actors:other-actor:4"),
                (" jumps", "actors:script-actor:4 actors:other-actor:3"),
                (" over the lazy", "actors:other-actor:3"),
            },
            marks);
        Assert.Equal("Overlap: the quick brown fox jumps over the lazy dog.", page.GetElementById("L5")!.QuerySelector(".text")!.TextContent);
    }

    [Fact]
    public void TheArticleFileName_IsText()
    {
        var page = Pages.Parse(_site.Read(PageNames.Article("injected")));
        Assert.Contains(InjectionFactBase.ArticleFileName, page.QuerySelector(".lede")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostics_OnTheIndex_AreText()
    {
        using var folder = new TempFolder("broken");
        folder.Write("articles/a.txt", "One line.\n");
        folder.Write("facts.yaml", """
            articles:
              - id: a
                file: articles/a.txt
            actors:
              - id: x
                name: "x"
                kind: person
                '<img src=x onerror=alert(1)>': 1
                sources:
                  - {article: a, line: 1, quote: "<script>alert(2)</script>"}
            """);
        using var site = new TestSite(folder.Path);
        var index = Pages.ParseStrict(site.Read(PageNames.Index));
        var rows = index.QuerySelectorAll("#diagnostics tbody tr").ToList();
        Assert.NotEmpty(rows);
        Assert.Empty(index.QuerySelectorAll("main img, main script"));
        Assert.Contains(rows, r => r.TextContent.Contains("FG0003", StringComparison.Ordinal) && r.TextContent.Contains("<img src=x onerror=alert(1)>", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Matches(@"^facts\.yaml\(\d+,\d+\)$", r.QuerySelector(".where")!.TextContent));
    }
}
