using Microsoft.CodeAnalysis;
using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>FG0101 (warning, docs/fact-files.md §12): certainty <c>stated</c>, written or by default, while a quote hedges; at the value (the id when defaulted), suggesting the certainty the hedge means.</summary>
public class FG0101_HedgedQuoteTests
{
    private static FactRun RunQuote(string quote, string certaintyLine) => RunExactly(
        (ArticlePath, "Wagner fighters are in Mali.\n" + quote),
        (TestPath, $$"""
            articles:
              - id: a
                file: articles/a.txt
            actors:
              - id: wagner
                name: Wagner
                kind: armed-group
                sources: [{article: a, line: 1, quote: "Wagner fighters"}]
            deployments:
              - id: wagner-mali
                actor: wagner
                location: Mali
            {{certaintyLine}}
                sources: [{article: a, line: 2, quote: "{{quote}}"}]
            """));

    [Theory]
    [InlineData("Wagner fighters are reportedly in Mali", "reportedly", "reported")]
    [InlineData("Wagner fighters were reported in Mali", "reported", "reported")]
    [InlineData("Wagner fighters are believed to be in Mali", "believed", "believed")]
    [InlineData("An estimated 1,000 Wagner fighters are in Mali", "estimated", "estimated")]
    [InlineData("Wagner fighters are alleged to be in Mali", "alleged", "alleged")]
    [InlineData("Wagner fighters are Allegedly in Mali", "allegedly", "alleged")]
    public void WrittenStatedIsReportedAtTheValueWithTheCertaintyTheHedgeMeans(string quote, string hedge, string suggested)
    {
        var run = RunQuote(quote, "    certainty: stated");

        run.Single()
            .AssertAt(run, "FG0101", 13, 16, "stated", severity: DiagnosticSeverity.Warning)
            .AssertMessage($"a quote says '{hedge}': certainty 'stated' overstates it; write 'certainty: {suggested}'");
    }

    [Fact]
    public void DefaultedStatedIsReportedAtTheId()
    {
        var run = RunQuote("Wagner fighters are reportedly in Mali", "    personnel: fighters");

        run.Single()
            .AssertAt(run, "FG0101", 10, 9, "wagner-mali", severity: DiagnosticSeverity.Warning)
            .AssertMessage("a quote says 'reportedly': certainty 'stated' overstates it; write 'certainty: reported'");
    }

    [Theory]
    [InlineData("Wagner fighters are reportedly in Mali", "    certainty: reported")] // the certainty says so
    [InlineData("Wagner fighters are in Mali, a report said", "    certainty: stated")] // 'report' is no hedge word
    [InlineData("Wagner fighters are in Mali; the unreported toll", "    certainty: stated")] // a word boundary
    public void NoWarningWhenTheCertaintyFitsOrNoQuoteHedges(string quote, string certaintyLine)
    {
        var run = RunQuote(quote, certaintyLine);

        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void InvalidCertaintyIsOneFG0005_NotAlsoAHedgeWarning()
    {
        var run = RunQuote("Wagner fighters are reportedly in Mali", "    certainty: reportd");

        run.Single().AssertAt(run, "FG0005", 13, 16, "reportd");
    }
}
