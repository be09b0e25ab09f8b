using AngleSharp.Dom;
using FactsGen.Articles;
using FactsGen.Cli.Report;
using FactsGen.Schema;
using FactsGen.Cli.Tests.Report.Infrastructure;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.Cli.Tests.Report;

/// <summary>The site of the repository's own facts, read back with an HTML parser: marks, anchors, links and coverage.</summary>
public class RealFactsSiteTests : IClassFixture<RealFactsSite>
{
    private readonly TestSite _site;

    public RealFactsSiteTests(RealFactsSite fixture) => _site = fixture.Site;

    private IDocument Page(string name) => Pages.Parse(_site.Read(name));

    private IEnumerable<(KindDescriptor Kind, string Id, int Number, Model.CitationItem Citation)> Citations() =>
        _site.Analysis.AcceptedRecords().SelectMany(pair =>
        {
            var kind = _site.Analysis.KindOf(pair.Record);
            var citations = kind.Fields
                .Select((field, i) => (field, value: pair.Record.Fields[i]))
                .Where(f => f.field.Type == ValueType.Citation && f.value is not null)
                .SelectMany(f => f.value!.Citations)
                .Concat(pair.Record.Fields.Where(f => f is not null).SelectMany(f => f!.Claims).SelectMany(c => c.Sources)) // claims' citations, numbered on
                .ToList();
            return citations.Select((c, i) => (kind, pair.Record.Id, i + 1, c));
        });

    [Fact]
    public void TheRealFactsCheckClean_SoEveryCitationMustBeMarked()
    {
        Assert.Empty(_site.Analysis.Diagnostics);
        Assert.True(Citations().Count() > 20);
    }

    [Fact]
    public void EveryCitation_HasMarksOnItsLine_WhoseTextNormalizesToTheQuote()
    {
        foreach (var (kind, id, number, citation) in Citations())
        {
            var page = Page(PageNames.Article(citation.Article));
            var key = kind.Section + ":" + id + ":" + number;
            var marked = Pages.MarkedText(page, citation.Line, key);
            Assert.True(marked.Length > 0, $"no mark for {key} on line {citation.Line} of {citation.Article}");
            Assert.Equal(Pages.Normalize(citation.Quote), Pages.Normalize(marked));
        }
    }

    [Fact]
    public void TheDisputedCoupDate_ShowsEachClaim_WithItsRank_AndItsQuoteMarkedOnTheArticle()
    {
        var events = Page(PageNames.Kind("events"));
        var coup = events.GetElementById("july-coup")!;
        var claims = coup.QuerySelectorAll("ol.claims > li.claim").ToList();
        Assert.Equal(["preferred", "normal"], claims.Select(c => c.QuerySelector(".rank")!.TextContent));
        Assert.Equal(["2023-07-26", "2023-07-31/2023-08-06"], claims.Select(c => c.QuerySelector(".value")!.TextContent));
        Assert.StartsWith("'last week'", claims[1].QuerySelector(".note")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("(best of 2 claims)", coup.QuerySelector(".fields")!.TextContent, StringComparison.Ordinal);

        var own = coup.QuerySelectorAll(":scope > ol.citations > li").Length;
        var second = Assert.Single(claims[1].QuerySelectorAll("li[data-cite]"));
        var key = "events:july-coup:" + (own + 2);
        Assert.Equal(key, second.GetAttribute("data-cite"));
        Assert.Equal(PageNames.Article("blinken-wagner-niger-coup") + "#L1", second.QuerySelector("a.at")!.GetAttribute("href"));

        var article = Page(PageNames.Article("blinken-wagner-niger-coup"));
        Assert.Equal("a military coup last week", Pages.MarkedText(article, 1, key));
        var mark = article.QuerySelectorAll("#L1 mark").First(m => m.GetAttribute("data-cites")!.Split(' ').Contains(key));
        Assert.Contains("claim 2 of date (normal): between 31 July and 6 August 2023", mark.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Contains(article.QuerySelectorAll("#L1 ul.by li"), li => li.TextContent.Contains("claim 2 of date (normal)", StringComparison.Ordinal));
    }

    [Fact]
    public void Inferences_AreShownAsTheEditors_WithTheirReasons()
    {
        var detention = Page(PageNames.Kind("events")).GetElementById("bazoum-detention")!;
        var items = detention.QuerySelectorAll("ul.inferences > li").ToList();
        Assert.Equal(["location", "countries"], items.Select(i => i.QuerySelector(".field")!.TextContent));
        Assert.StartsWith("the articles say he is detained, not where", items[0].QuerySelector(".reason")!.TextContent, StringComparison.Ordinal);
        Assert.All(items, i => Assert.Contains("the editor's inference", i.TextContent, StringComparison.Ordinal));
        var location = detention.QuerySelectorAll(".fields dt").Single(dt => dt.TextContent == "location").NextElementSibling!;
        Assert.Contains("(the editor's inference)", location.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryMark_LinksToAFactThatCitesIt()
    {
        foreach (var article in _site.Analysis.Lookup.Articles)
        {
            var page = Page(PageNames.Article(article.Id));
            foreach (var mark in page.QuerySelectorAll("mark.q"))
            {
                var href = mark.QuerySelector("a")!.GetAttribute("href")!;
                var keys = mark.GetAttribute("data-cites")!.Split(' ');
                var first = keys[0].Split(':');
                Assert.Equal(PageNames.Kind(first[0]) + "#" + first[1], href);
            }
        }
    }

    [Fact]
    public void EveryLine_IsNumberedAndAddressable()
    {
        foreach (var article in _site.Analysis.Lookup.Articles)
        {
            var page = Page(PageNames.Article(article.Id));
            var lines = page.QuerySelectorAll(".article > .line").ToList();
            Assert.Equal(article.Text.Lines.Count, lines.Count);
            for (var i = 0; i < lines.Count; i++)
            {
                var n = i + 1;
                Assert.Equal("L" + n, lines[i].Id);
                var link = lines[i].QuerySelector("a.ln")!;
                Assert.Equal("#L" + n, link.GetAttribute("href"));
                Assert.Equal(n.ToString(System.Globalization.CultureInfo.InvariantCulture), link.TextContent);
            }
        }
    }

    [Fact]
    public void EachLinesText_IsTheArticlesOwnText()
    {
        foreach (var article in _site.Analysis.Lookup.Articles)
        {
            var raw = ArticleText.SplitLines(File.ReadAllText(article.Text.Path));
            var page = Page(PageNames.Article(article.Id));
            var texts = page.QuerySelectorAll(".line > .text").Select(t => t.TextContent).ToList();
            Assert.Equal(raw, texts);
        }
    }

    [Fact]
    public void UncitedLines_AreMarkedAsSuch_AndExplainedInTheLegend()
    {
        foreach (var article in _site.Analysis.Lookup.Articles)
        {
            var page = Page(PageNames.Article(article.Id));
            Assert.NotNull(page.QuerySelector(".legend .legend-uncited"));
            foreach (var line in page.QuerySelectorAll(".article > .line"))
            {
                var hasText = Pages.Normalize(line.QuerySelector(".text")!.TextContent).Length > 0;
                var hasMarks = line.QuerySelector("mark") is not null;
                Assert.Equal(hasText && !hasMarks, line.ClassList.Contains("uncited"));
                Assert.Equal(!hasText, line.ClassList.Contains("empty"));
            }
        }
    }

    [Fact]
    public void Coverage_OnTheIndex_IsCountedFromTheCitations()
    {
        var index = Page(PageNames.Index);
        foreach (var article in _site.Analysis.Lookup.Articles)
        {
            // Counted here without the site's code: a non-empty line is cited when a citation's quote is on it.
            var lines = article.Text.Lines;
            var nonEmpty = lines.Count(l => l.Length > 0);
            var cited = Enumerable.Range(1, lines.Count).Count(n => lines[n - 1].Length > 0 && Citations().Any(c =>
                c.Citation.Article == article.Id && c.Citation.Line == n && lines[n - 1].Contains(QuoteNormalizer.Normalize(c.Citation.Quote), StringComparison.Ordinal)));

            var row = index.QuerySelectorAll("tr.article-row").Single(r => r.GetAttribute("data-article") == article.Id);
            Assert.Equal($"{cited}/{nonEmpty}", row.QuerySelector(".fraction")!.TextContent);
            Assert.EndsWith($"{100 * cited / nonEmpty} %", row.QuerySelector(".coverage")!.TextContent);
            Assert.True(cited > 0 && cited <= nonEmpty);
        }
    }

    [Fact]
    public void Index_CountsTheFactsOfEveryKind()
    {
        var index = Page(PageNames.Index);
        foreach (var kind in _site.Analysis.Kinds)
        {
            var expected = _site.Analysis.AcceptedRecords().Count(p => _site.Analysis.KindOf(p.Record) == kind);
            var row = index.QuerySelectorAll("#kinds tbody tr").Single(r => r.QuerySelector("a")!.TextContent == kind.Section);
            Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), row.QuerySelector(".num")!.TextContent);
        }

        Assert.Contains("None", index.QuerySelector("#diagnostics")!.TextContent);
    }

    [Fact]
    public void KindPages_ListEveryAcceptedFact_WithItsSummary()
    {
        foreach (var (file, record) in _site.Analysis.AcceptedRecords())
        {
            var kind = _site.Analysis.KindOf(record);
            var page = Page(PageNames.Kind(kind.Section));
            var fact = page.GetElementById(record.Id);
            Assert.NotNull(fact);
            Assert.Equal(_site.Analysis.Summarize(record), fact!.QuerySelector(".summary")!.TextContent);
        }
    }

    [Fact]
    public void KindPages_LinkEachCitationToItsArticleLine()
    {
        foreach (var (kind, id, number, citation) in Citations())
        {
            var page = Page(PageNames.Kind(kind.Section));
            var item = page.QuerySelectorAll("li[data-cite]").Single(li => li.GetAttribute("data-cite") == kind.Section + ":" + id + ":" + number);
            Assert.Equal(PageNames.Article(citation.Article) + "#L" + citation.Line, item.QuerySelector("a.at")!.GetAttribute("href"));
            Assert.Equal(citation.Quote, item.QuerySelector("q, .quote")!.TextContent); // .quote: a quote with its own quotation marks
        }
    }

    [Fact]
    public void KindPages_LinkReferencesToTheirRecords()
    {
        var references = 0;
        foreach (var (_, record) in _site.Analysis.AcceptedRecords())
        {
            var kind = _site.Analysis.KindOf(record);
            var page = Page(PageNames.Kind(kind.Section));
            var links = page.GetElementById(record.Id)!.QuerySelectorAll("a.ref").Select(a => a.GetAttribute("href")!).ToList();
            var expected = kind.Fields
                .Select((field, i) => (field, value: record.Fields[i]))
                .Where(f => _site.Analysis.TargetOf(f.field) is not null && f.value is not null)
                .SelectMany(f => f.value!.Items.Select(item => PageNames.Kind(_site.Analysis.TargetOf(f.field)!.Section) + "#" + item.Text))
                .ToList();
            Assert.Equal(expected, links);
            references += expected.Count;
        }

        Assert.True(references > 10);
    }

    [Fact]
    public void EveryLocalLink_ReachesAFileAndAnAnchorThatExist()
    {
        var ids = new Dictionary<string, HashSet<string>>();
        foreach (var name in _site.Result.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            ids[name] = Page(name).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet();
        }

        var checkedLinks = 0;
        foreach (var (name, _) in ids)
        {
            foreach (var href in Page(name).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (href.StartsWith("https:", StringComparison.Ordinal) || href.StartsWith("http:", StringComparison.Ordinal))
                {
                    continue;
                }

                var hash = href.IndexOf('#');
                var file = hash < 0 ? href : href[..hash];
                var target = file.Length == 0 ? name : file;
                Assert.True(ids.ContainsKey(target), $"{name} links to {href}: no such page");
                if (hash >= 0)
                {
                    Assert.True(ids[target].Contains(href[(hash + 1)..]), $"{name} links to {href}: no such anchor");
                }

                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 100);
    }

    [Fact]
    public void EveryPage_IsValidHtml_ForPhonesAndOffline()
    {
        foreach (var name in _site.Result.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = _site.Read(name);
            var page = Pages.ParseStrict(html); // throws on any parse error
            Assert.Equal("width=device-width, initial-scale=1", page.QuerySelector("meta[name=viewport]")!.GetAttribute("content"));
            Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));

            // Nothing is fetched from anywhere: only the site's own style sheet and script.
            Assert.All(page.QuerySelectorAll("link[href], script, img, iframe, object, embed, source, video, audio"), element =>
                Assert.Contains(element.GetAttribute("href") ?? element.GetAttribute("src"), new[] { PageNames.Style, PageNames.Script }));
            Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        }

        var css = _site.Read(PageNames.Style);
        Assert.DoesNotContain("url(", css, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", css, StringComparison.Ordinal);
        Assert.Contains("@media print", css, StringComparison.Ordinal);
        Assert.DoesNotContain("fetch(", _site.Read(PageNames.Script), StringComparison.Ordinal);
        Assert.DoesNotContain("XMLHttpRequest", _site.Read(PageNames.Script), StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameFacts_GiveTheSameBytes()
    {
        using var again = new TestSite(RepoPaths.Facts);
        Assert.Equal(_site.Result.Files, again.Result.Files);
        foreach (var name in _site.Result.Files)
        {
            Assert.Equal(File.ReadAllBytes(_site.PathOf(name)), File.ReadAllBytes(again.PathOf(name)));
        }
    }

    [Fact]
    public void Progress_CountsEveryFileWritten()
    {
        var reports = new List<ReportProgress>();
        using var output = new TempFolder("progress");
        var result = ReportSite.Write(_site.Analysis, RepoPaths.Facts, output.Path, new SynchronousProgress(reports.Add));
        Assert.Equal(result.Files.Count, reports.Count);
        Assert.Equal(Enumerable.Range(1, reports.Count), reports.Select(r => r.Done));
        Assert.All(reports, r => Assert.Equal(result.Files.Count, r.Total));
        Assert.Equal(result.Files, reports.Select(r => r.File));
    }

    private sealed class SynchronousProgress(Action<ReportProgress> report) : IProgress<ReportProgress>
    {
        public void Report(ReportProgress value) => report(value);
    }
}
