using FactsGen.Articles;
using FactsGen.Tooling.Articles;

namespace FactsGen.Cli.Tests;

/// <summary>From a quote, matched on normalized lines (docs/fact-files.md §5), back to the article's own text.</summary>
public sealed class RawQuoteLocatorTests
{
    [Fact]
    public void CurlyQuotes_NoBreakSpaces_SpaceRuns_AndEllipsis_GiveTheRawText()
    {
        var text = "first line\r\nHe said \u201Cwe  will\u00A0stay\u201D \u2026 and left.\rlast";
        var locator = new RawQuoteLocator(text);

        var match = locator.Find(2, "\"we will stay\" ... and");

        Assert.NotNull(match);
        Assert.Equal("\u201Cwe  will\u00A0stay\u201D \u2026 and", match.Exact);
        Assert.Equal(text.IndexOf('\u201C'), match.Start);
        Assert.Equal(match.Exact, text.Substring(match.Start, match.Length));
        Assert.Equal(3, locator.LineCount);
    }

    [Theory]
    [InlineData("a\nb\r\nc\rd", 4)]
    [InlineData("a\n", 2)]
    [InlineData("", 1)]
    [InlineData("a\u2028b\u0085c", 1)]
    public void Lines_EndAtLfCrlfOrCr_AsArticleTextCountsThem(string text, int lines)
    {
        Assert.Equal(lines, new RawQuoteLocator(text).LineCount);
        Assert.Equal(ArticleText.Create("a.txt", text).Lines.Count, lines);
    }

    [Fact]
    public void AQuoteOnAnotherLine_OrNowhere_IsNotFound()
    {
        var locator = new RawQuoteLocator("one two\nthree four\n");

        Assert.Null(locator.Find(1, "three"));
        Assert.Null(locator.Find(3, "three"));
        Assert.Null(locator.Find(9, "three"));
        Assert.Null(locator.Find(2, "   "));
        Assert.Equal(8, locator.Find(2, "three")!.Start);
    }

    [Fact]
    public void TheFirstOccurrence_AsTheCheckerFindsIt()
    {
        var locator = new RawQuoteLocator("x la\tla la");

        var match = locator.Find(1, " la  la ")!;
        Assert.Equal((2, "la\tla"), (match.Start, match.Exact));
        Assert.Equal(2, locator.Find(1, "la")!.Start);
    }

    [Fact]
    public void CodePointOffsets_AgreeWithCountingFromTheStart_AtEveryOffset()
    {
        var text = "\U0001F600a\r\n\U0001F389\rb\nc\U0001F600\n";
        var locator = new RawQuoteLocator(text);

        for (var offset = 0; offset <= text.Length; offset++)
        {
            if (offset > 0 && offset < text.Length && char.IsLowSurrogate(text[offset]))
            {
                continue;
            }

            Assert.Equal(RawQuoteLocator.CountCodePoints(text, 0, offset), locator.CodePointOffset(offset));
        }
    }

    [Fact]
    public void CodePoints_CountASurrogatePairOnce()
    {
        var text = "\U0001F600 x\uD800y";
        var locator = new RawQuoteLocator(text);

        Assert.Equal(1, locator.CodePointOffset(2));
        Assert.Equal(5, RawQuoteLocator.CountCodePoints(text, 0, text.Length));
        var match = locator.Find(1, "x")!;
        Assert.Equal(3, match.Start);
        Assert.Equal(2, locator.CodePointOffset(match.Start));
    }
}
