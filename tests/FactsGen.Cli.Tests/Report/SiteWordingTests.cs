using FactsGen.Cli.Report;
using FactsGen.Cli.Tests.Report.Infrastructure;

namespace FactsGen.Cli.Tests.Report;

/// <summary>
/// How the site words a small fact base: counts in the singular for one, only the kinds the fact base
/// uses or declares, references by the referenced record's name, and a quote that brings its own
/// quotation marks shown with those alone.
/// </summary>
public sealed class SiteWordingTests : IDisposable
{
    private readonly TempFolder _folder = new("wording-facts");
    private readonly TestSite _site;

    public SiteWordingTests()
    {
        _folder.Write("articles/one.txt", "\"We will not leave,\" the commander said.\nWagner fighters arrived in Bamako.\n");
        _folder.Write("articles.yaml", "articles:\n  - id: one\n    file: articles/one.txt\n    title: \"One\"\n");
        _folder.Write("actors.yaml", "actors:\n  - id: wagner\n    name: \"Wagner Group\"\n    aliases: [Wagner]\n    kind: armed-group\n    sources:\n      - {article: one, line: 2, quote: \"Wagner fighters\"}\n");
        _folder.Write(
            "deployments.yaml",
            "deployments:\n  - id: wagner-mali\n    actor: wagner\n    location: \"Bamako\"\n    sources:\n"
            + "      - {article: one, line: 2, quote: \"arrived in Bamako\"}\n"
            + "      - {article: one, line: 2, quote: \"Wagner\"}\n"
            + "      - {article: one, line: 1, quote: '\"We will not leave,\"'}\n");
        _site = new TestSite(_folder.Path);
    }

    public void Dispose()
    {
        _site.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void TheFactBaseChecksClean()
    {
        Assert.Empty(_site.Analysis.Diagnostics);
    }

    [Fact]
    public void OneArticle_IsCountedInTheSingular()
    {
        var lede = Pages.ParseStrict(_site.Read(PageNames.Index)).QuerySelector("p.lede")!.TextContent;

        Assert.Contains("1 article with a text", lede, StringComparison.Ordinal);
        Assert.Contains("3 facts in 3 kinds", lede, StringComparison.Ordinal);
        Assert.DoesNotContain("1 articles", lede, StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltInKindsWithoutRecords_AreNotListed()
    {
        var index = Pages.ParseStrict(_site.Read(PageNames.Index));
        var listed = index.QuerySelectorAll("#kinds tbody tr td:first-child").Select(td => td.TextContent).ToList();

        Assert.Equal(new[] { "articles", "actors", "deployments" }.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Contains(_site.Analysis.Kinds, k => k.Section == "sanctions"); // built in, unused: left out
        Assert.False(File.Exists(_site.PathOf(PageNames.Kind("sanctions"))));
    }

    [Fact]
    public void AReference_ShowsTheReferencedRecordsName_NotItsId()
    {
        var page = Pages.ParseStrict(_site.Read(PageNames.Kind("deployments")));
        var reference = page.QuerySelector("#wagner-mali a.ref")!;

        Assert.Equal("Wagner Group", reference.TextContent);
        Assert.StartsWith("wagner: ", reference.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public void AQuoteWithItsOwnQuotationMarks_IsNotQuotedAgain()
    {
        var page = Pages.ParseStrict(_site.Read(PageNames.Kind("deployments")));
        var fact = page.QuerySelector("#wagner-mali")!;

        Assert.Contains(fact.QuerySelectorAll("q"), q => q.TextContent == "arrived in Bamako");
        Assert.DoesNotContain(fact.QuerySelectorAll("q"), q => q.TextContent.Contains('"', StringComparison.Ordinal));
        Assert.Contains(fact.QuerySelectorAll("span.quote"), s => s.TextContent == "\"We will not leave,\"");
    }

    [Theory]
    [InlineData("\"We will not leave,\"", true)]
    [InlineData("“No”", true)]
    [InlineData("«Non» dit-il", true)]
    [InlineData("he said \"no\" twice", false)]
    [InlineData("the soldiers'", false)]
    [InlineData("", false)]
    public void OwnQuotationMarks_AreThoseAtEitherEnd(string quote, bool own)
    {
        Assert.Equal(own, KindPage.HasOwnQuotationMarks(quote));
    }
}
