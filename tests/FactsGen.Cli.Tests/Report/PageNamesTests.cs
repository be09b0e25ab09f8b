using FactsGen.Cli.Report;

namespace FactsGen.Cli.Tests.Report;

/// <summary>Page file names are safe and cannot collide.</summary>
public class PageNamesTests
{
    [Fact]
    public void Slugs_AreKeptUnderAPrefixPerPageType()
    {
        Assert.Equal("article-blinken-wagner-niger-coup.html", PageNames.Article("blinken-wagner-niger-coup"));
        Assert.Equal("kind-deployments.html", PageNames.Kind("deployments"));
        Assert.NotEqual(PageNames.Article("index"), PageNames.Kind("index"));
        Assert.NotEqual(PageNames.Index, PageNames.Article("index"));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("a/b")]
    [InlineData("CON")]
    [InlineData("x<y>:z|?*")]
    [InlineData("Upper")]
    public void NonSlugs_BecomeAHash(string id)
    {
        var name = PageNames.Article(id);
        Assert.Matches("^article_[0-9a-f]{16}\\.html$", name);
    }

    [Fact]
    public void LongSlugs_BecomeAHashThatNoSlugCanMeet()
    {
        var id = string.Join("-", Enumerable.Repeat("word", 60));
        var name = PageNames.Kind(id);
        Assert.Matches("^kind_[0-9a-f]{16}\\.html$", name);
        Assert.True(name.Length < 64);
        Assert.NotEqual(name, PageNames.Kind(id + "-more"));
    }
}
