using AngleSharp.Dom;
using FactsGen.Cli.Report;
using FactsGen.Cli.Tests.Report.Infrastructure;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.Cli.Tests.Report;

/// <summary>
/// The pages in a real browser (headless Chromium, from <c>file://</c>, no network): the DOM after
/// loading and running scripts has every mark and anchor, the site's own script ran, and no string
/// from the data became an element or ran. A machine without Chromium fails here, never skips.
/// </summary>
public class BrowserTests : IClassFixture<RealFactsSite>, IClassFixture<InjectionSite>, IClassFixture<DevToolsBrowser>
{
    private readonly TestSite _real;
    private readonly TestSite _injection;
    private readonly DevToolsBrowser _browser;

    public BrowserTests(RealFactsSite real, InjectionSite injection, DevToolsBrowser browser)
    {
        _real = real.Site;
        _injection = injection.Site;
        _browser = browser;
    }

    private IDocument Rendered(TestSite site, string page) => Pages.Parse(_browser.DumpDom(site.PathOf(page)));

    [Fact]
    public void ArticlePages_ShowEveryQuoteMarkedOnItsLine()
    {
        var citations = _real.Analysis.AcceptedRecords()
            .SelectMany(pair =>
            {
                var kind = _real.Analysis.KindOf(pair.Record);
                return kind.Fields
                    .Select((field, i) => (field, value: pair.Record.Fields[i]))
                    .Where(f => f.field.Type == ValueType.Citation && f.value is not null)
                    .SelectMany(f => f.value!.Citations)
                    .Select((citation, i) => (Key: $"{kind.Section}:{pair.Record.Id}:{i + 1}", citation));
            })
            .ToList();

        foreach (var article in _real.Analysis.Lookup.Articles)
        {
            var page = Rendered(_real, PageNames.Article(article.Id));
            Assert.Equal(article.Text.Lines.Count, page.QuerySelectorAll(".line[id^=L]").Length);
            for (var n = 1; n <= article.Text.Lines.Count; n++)
            {
                Assert.Equal("#L" + n, page.GetElementById("L" + n)!.QuerySelector("a.ln")!.GetAttribute("href"));
            }

            var mine = citations.Where(c => c.citation.Article == article.Id).ToList();
            Assert.NotEmpty(mine);
            foreach (var (key, citation) in mine)
            {
                var marked = Pages.MarkedText(page, citation.Line, key);
                Assert.Equal(Pages.Normalize(citation.Quote), Pages.Normalize(marked));
            }
        }
    }

    [Fact]
    public void KindPage_RunsTheSiteScript_AndKeepsTheFactAnchors()
    {
        var kind = _real.Analysis.Kinds.MaxBy(k => _real.Analysis.AcceptedRecords().Count(p => _real.Analysis.KindOf(p.Record) == k))!;
        var page = Rendered(_real, PageNames.Kind(kind.Section));

        // The filter bar is hidden in the HTML; only filter.js, loaded from the file system under the page's policy, shows it.
        Assert.False(page.QuerySelector(".filter")!.HasAttribute("hidden"), "filter.js did not run");
        Assert.Empty(page.QuerySelectorAll("article.fact[hidden]"));
        var ids = _real.Analysis.AcceptedRecords().Where(p => _real.Analysis.KindOf(p.Record) == kind).Select(p => p.Record.Id).ToList();
        Assert.True(ids.Count > 5);
        Assert.All(ids, id => Assert.NotNull(page.GetElementById(id)));
    }

    [Fact]
    public void KindPage_FiltersFactsByTheWordsInItsQuery()
    {
        var kind = _real.Analysis.Kinds.MaxBy(k => _real.Analysis.AcceptedRecords().Count(p => _real.Analysis.KindOf(p.Record) == k))!;
        var file = _real.PathOf(PageNames.Kind(kind.Section));
        var page = Pages.Parse(_browser.DumpDomOf(new Uri(file).AbsoluteUri + "?q=Wagner%20group"));

        var facts = page.QuerySelectorAll("article.fact").ToList();
        var shown = facts.Where(f => !f.HasAttribute("hidden")).ToList();
        Assert.NotEmpty(shown);
        Assert.True(shown.Count < facts.Count);
        Assert.All(facts, f => Assert.Equal(
            f.TextContent.Contains("wagner", StringComparison.OrdinalIgnoreCase) && f.TextContent.Contains("group", StringComparison.OrdinalIgnoreCase),
            !f.HasAttribute("hidden")));
        Assert.Equal($"{shown.Count} of {facts.Count} shown", page.GetElementById("filter-count")!.TextContent);
    }

    [Fact]
    public void InjectedStrings_StayText_AndNoInjectedScriptRuns()
    {
        foreach (var name in _injection.Result.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = File.ReadAllText(_injection.PathOf(name));
            var expectedTitle = Pages.Parse(html).Title;
            var page = Rendered(_injection, name);

            // Every injected script would have set the title to "pwned-…".
            Assert.Equal(expectedTitle, page.Title);
            Assert.DoesNotContain(InjectionFactBase.Pwned, page.Title!, StringComparison.Ordinal);
            Assert.Empty(page.QuerySelectorAll("img, i, b, iframe"));
            Assert.All(page.QuerySelectorAll("script"), s => Assert.Equal(PageNames.Script, s.GetAttribute("src")));
            Assert.All(page.QuerySelectorAll("mark"), mark => Assert.Empty(mark.QuerySelectorAll("mark")));
        }

        var actors = Rendered(_injection, PageNames.Kind("actors"));
        Assert.StartsWith(InjectionFactBase.ScriptName, actors.GetElementById("script-actor")!.QuerySelector(".summary")!.TextContent, StringComparison.Ordinal);
        var article = Rendered(_injection, PageNames.Article("injected"));
        Assert.Equal(InjectionFactBase.ArticleLines[1], article.GetElementById("L2")!.QuerySelector(".text")!.TextContent);
    }

    [Fact]
    public void Screenshot_OfAnArticlePage_OnAPhone()
    {
        using var folder = new TempFolder("screenshot");
        var png = Path.Combine(folder.Path, "phone.png");
        Chromium.Screenshot(_real.PathOf(PageNames.Article(_real.Analysis.Lookup.Articles[0].Id)), png, 390, 844);
        var bytes = File.ReadAllBytes(png);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        Assert.Equal(390, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4))); // IHDR width
        Assert.True(bytes.Length > 10_000, "the screenshot is (nearly) blank");
    }
}
