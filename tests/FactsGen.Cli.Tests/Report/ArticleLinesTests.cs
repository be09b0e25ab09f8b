using FactsGen.Articles;
using FactsGen.Cli.Report;

namespace FactsGen.Cli.Tests.Report;

/// <summary>The article's own lines are the generator's lines: same count, same numbering.</summary>
public class ArticleLinesTests
{
    [Theory]
    [InlineData("one\ntwo\nthree", new[] { "one", "two", "three" })]
    [InlineData("one\r\ntwo\r\n", new[] { "one", "two", "" })]
    [InlineData("one\rtwo\r\rfour", new[] { "one", "two", "", "four" })]
    [InlineData("mixed\n\r\nends\r", new[] { "mixed", "", "ends", "" })]
    [InlineData("no\u2028break\u0085here\fnor\vhere", new[] { "no\u2028break\u0085here\fnor\vhere" })]
    [InlineData("", new[] { "" })]
    public void Split_AtLfCrlfAndCrOnly(string text, string[] expected)
    {
        Assert.Equal(expected, ArticleText.SplitLines(text));
    }

    [Theory]
    [InlineData("a\nb\r\nc\rd\n\n")]
    [InlineData("  “x”\u00A0…\r\n\r\ny\t\tz")]
    public void Split_NormalizedIsArticleText(string text)
    {
        var lines = ArticleText.SplitLines(text).Select(l => NormalizedLine.Of(l).Text);
        Assert.Equal(ArticleText.Create("a.txt", text).Lines, lines);
    }
}
