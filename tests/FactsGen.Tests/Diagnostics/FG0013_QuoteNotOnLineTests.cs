using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>
/// FG0013: quote not on the cited line. When the quote is on another line the line number is at
/// fault (located there, naming the right line); when it is nowhere the quote is (located there).
/// </summary>
public class FG0013_QuoteNotOnLineTests
{
    [Fact]
    public void QuoteOnAnotherLineNamesThatLine()
    {
        var run = Run(ValidActor.With("line: 3,", "line: 1,"));

        run.Single()
            .AssertAt(run, "FG0013", 7, 28, "1")
            .AssertMessage("Quote not found on line 1 of article 'a'; it is on line 3: write 'line: 3'");
    }

    [Fact]
    public void QuoteOnAnotherLineCarriesThatLineInItsProperties()
    {
        var run = Run(ValidActor.With("line: 3,", "line: 1,"));

        Assert.Equal("3", run.Single().Properties["lines"]);
    }

    [Fact]
    public void QuoteOnSeveralOtherLinesNamesEveryLineAndSuggestsNone()
    {
        var article = "Niger.\nNiger.\nNothing.\nNothing.\nNiger.";
        var run = RunArticle(article, "4", "Niger");

        var diagnostic = run.Single()
            .AssertAt(run, "FG0013", 10, 28, "4")
            .AssertMessage("Quote not found on line 4 of article 'a'; it is on lines 1, 2 and 5 of the article; cite the one you mean")
            .AssertMessageLacks("write 'line:");
        Assert.Equal("1,2,5", diagnostic.Properties["lines"]);
    }

    [Fact]
    public void QuoteOnTwoOtherLinesNamesBoth()
    {
        var run = RunArticle("Niger.\nNothing.\nNiger.", "2", "Niger");

        run.Single()
            .AssertMessage("; it is on lines 1 and 3 of the article; cite the one you mean");
    }

    [Fact]
    public void MisquoteHasNoLines()
    {
        var run = Run(ValidActor.With("\"Blinken spoke to the BBC\"", "\"Blinken spoke to the BCC\""));

        Assert.False(run.Single().Properties.ContainsKey("lines"));
    }

    [Fact]
    public void MisquoteNamesTheClosestPassage()
    {
        var run = Run(ValidActor.With("\"Blinken spoke to the BBC\"", "\"Blinken spoke to the BCC\""));

        run.Single()
            .AssertAt(run, "FG0013", 7, 38, "\"Blinken spoke to the BCC\"")
            .AssertMessage("Quote not found on line 3 of article 'a'; the closest passage is on line 3: \"Blinken spoke to the BBC\" (check case, spelling and punctuation)");
    }

    [Fact]
    public void CaseIsNotNormalized()
    {
        var run = Run(ValidActor.With("\"Blinken spoke to the BBC\"", "\"blinken spoke to the bbc\""));

        run.Single()
            .AssertAt(run, "FG0013", 7, 38, "\"blinken spoke to the bbc\"")
            .AssertMessage("the closest passage is on line 3: \"Blinken spoke to the BBC\"");
    }

    [Fact]
    public void QuoteNowhereInTheArticle()
    {
        var run = Run(ValidActor.With("\"Blinken spoke to the BBC\"", "\"Putin met Prigozhin\""));

        // The quote counts for support all the same (docs/fact-files.md §12): it does not name Blinken either.
        run.Single("FG0017");
        run.Single("FG0013")
            .AssertAt(run, "FG0013", 7, 38, "\"Putin met Prigozhin\"")
            .AssertMessage("Quote not found on line 3 of article 'a'; it is not in the article at all (check the article id and the words)");
    }

    [Fact]
    public void BlockScalarQuoteIsLocatedAtTheWholeScalar()
    {
        var yaml = ValidActor.With(
            "      - {article: a, line: 3, quote: \"Blinken spoke to the BBC\"}",
            "      - article: a\n        line: 3\n        quote: >-\n          Blinken spoke\n          to CNN");
        var run = Run(yaml);

        run.Single()
            .AssertAt(run, "FG0013", 9, 16, ">-\n          Blinken spoke\n          to CNN")
            .AssertMessage("Quote not found on line 3 of article 'a'");
    }

    [Theory]
    [InlineData("\"Blinken  spoke\\tto the\\u00A0BBC\"")]
    [InlineData("\"  Blinken spoke to the BBC  \"")]
    [InlineData("'\u201CNiger\u201D isn\u2019t \u2026'")]
    public void NormalizedQuotesMatch(string quote)
    {
        var article = "Blinken spoke to the BBC.\n\"Niger\" isn't ...\n\u201CNiger\u201D isn\u2019t \u2026";
        var line = quote.Contains("Niger", StringComparison.Ordinal) ? "2" : "1";
        var run = RunArticle(article, line, quote);

        Assert.Empty(run.Diagnostics);
    }
}
