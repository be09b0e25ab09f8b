using FactsGen.Cli.Report;
using FactsGen.Cli.Tests.Report.Infrastructure;

namespace FactsGen.Cli.Tests.Report;

/// <summary>
/// Claims (docs/fact-files.md §14) and inferences (§13) on the site: each claim with its rank, note and marked quotes,
/// a deprecated one as such, inferences as the editor's; every string from them stays text.
/// </summary>
public class ClaimsSiteTests
{
    private const string Script = "<script>document.title='pwned-claim'</script>";
    private const string Image = "<img src=x onerror=\"document.title='pwned-note'\">";

    [Fact]
    public void Claims_AndInferences_ShowWithTheirRanks_TheirQuotesMarked_AndTheirStringsAsText()
    {
        using var folder = new TempFolder("claims");
        folder.Write("articles/a.txt", "Troops are in Niger, said one.\nOthers say </li></ol> Mali.\nThe army moved.\n");
        folder.Write("facts.yaml", $$"""
            articles:
              - id: a
                file: articles/a.txt
            actors:
              - id: army
                name: The army
                kind: military
                sources: [{article: a, line: 3, quote: "The army"}]
            deployments:
              - id: troops
                actor: army
                location:
                  claims:
                    - value: Niger
                      rank: preferred
                      note: "{{Image.Replace("\"", "\\\"")}}"
                      sources: [{article: a, line: 1, quote: "Troops are in Niger"}]
                    - value: "</li></ol> Mali"
                      sources: [{article: a, line: 2, quote: "</li></ol> Mali"}]
                      inferred:
                        location: "{{Script}}"
                    - value: Chad
                      rank: deprecated
                      sources: [{article: a, line: 2, quote: "Others say"}]
                inferred:
                  personnel: "</ul><b>not said</b>"
                personnel: troops
                sources: [{article: a, line: 3, quote: "The army moved"}]
            """);

        using var site = new TestSite(folder.Path);
        Assert.DoesNotContain(site.Analysis.Diagnostics, d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);

        var page = Pages.ParseStrict(site.Read(PageNames.Kind("deployments")));
        var fact = page.GetElementById("troops")!;
        var claims = fact.QuerySelectorAll("ol.claims > li.claim").ToList();
        Assert.Equal(["preferred", "normal", "deprecated"], claims.Select(c => c.QuerySelector(".rank")!.TextContent));
        Assert.Equal(["Niger", "</li></ol> Mali", "Chad"], claims.Select(c => c.QuerySelector(".value")!.TextContent));
        Assert.Equal(["claim rank-preferred", "claim rank-normal", "claim rank-deprecated"], claims.Select(c => c.ClassName));
        Assert.Equal(Image, claims[0].QuerySelector(".note")!.TextContent);
        Assert.Equal(Script, claims[1].QuerySelector("ul.inferences .reason")!.TextContent);
        Assert.Equal(["deployments:troops:2", "deployments:troops:3", "deployments:troops:4"], claims.Select(c => c.QuerySelector("li[data-cite]")!.GetAttribute("data-cite")));
        Assert.Equal("</ul><b>not said</b>", fact.QuerySelector(":scope > ul.inferences .reason")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main img, main b, main script"));

        var article = Pages.ParseStrict(site.Read(PageNames.Article("a")));
        Assert.Equal("Troops are in Niger", Pages.MarkedText(article, 1, "deployments:troops:2"));
        Assert.Equal("</li></ol> Mali", Pages.MarkedText(article, 2, "deployments:troops:3"));
        Assert.Equal("Others say", Pages.MarkedText(article, 2, "deployments:troops:4"));
        var titles = article.QuerySelectorAll("mark.q").Select(m => m.GetAttribute("title")!).ToList();
        Assert.Contains(titles, t => t.EndsWith(" — claim 3 of location (deprecated): Chad", StringComparison.Ordinal));
        Assert.Empty(article.QuerySelectorAll("main img, main b, main script"));
    }

    [Fact]
    public void AValueNoQuoteMentions_IsListedWithTheDiagnostics()
    {
        using var folder = new TempFolder("support");
        folder.Write("articles/a.txt", "ECOWAS met.\nSanctions were imposed on Niger.\n");
        folder.Write("facts.yaml", """
            articles:
              - id: a
                file: articles/a.txt
            actors:
              - {id: ecowas, name: ECOWAS, kind: intergovernmental, aliases: [Economic Community of West African States], sources: [{article: a, line: 1, quote: "ECOWAS met"}]}
              - {id: niger, name: Niger, kind: state, sources: [{article: a, line: 2, quote: "Niger"}]}
            sanctions:
              - id: s
                imposed-by: ecowas
                targets: [niger]
                sources: [{article: a, line: 2, quote: "Sanctions were imposed on Niger"}]
            """);

        using var site = new TestSite(folder.Path);
        var index = Pages.ParseStrict(site.Read(PageNames.Index));
        var rows = index.QuerySelectorAll("#diagnostics tbody tr").ToList();

        Assert.Contains(site.Analysis.Diagnostics, d => d.Id == "FG0017");
        Assert.Equal(site.Analysis.Diagnostics.Length, rows.Count);
        var row = Assert.Single(rows, r => r.TextContent.Contains("FG0017", StringComparison.Ordinal));
        Assert.Contains("'ECOWAS'", row.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"^facts\.yaml\(9,\d+\)$", row.QuerySelector(".where")!.TextContent);
    }
}
