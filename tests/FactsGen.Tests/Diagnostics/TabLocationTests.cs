using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>
/// FG0001 for a tab in indentation is reported at the tab, whatever YamlDotNet marks: it marks the
/// file's start for a tab in a list's indentation, and the value on the line before for a tab before a key.
/// </summary>
public class TabLocationTests
{
    private const string SourcesItem = "    sources:\n      - {article";

    [Theory]
    [InlineData("    sources:\n\t- {article", 7, 1)]
    [InlineData("    sources:\n\t  - {article", 7, 1)]
    [InlineData("    sources:\n    \t  - {article", 7, 5)]
    public void TabInTheSourcesList_IsReportedAtTheTab(string replacement, int line, int column)
    {
        var run = Run(ValidActor.With(SourcesItem, replacement));

        run.Single()
            .AssertAt(run, "FG0001", line, column, "\t")
            .AssertMessage("YAML syntax error:", "tab", "indent with spaces, not tabs");
    }

    [Theory]
    [InlineData("\tcountry: US", 5, 1, "\t")]
    [InlineData("  \t  country: US", 5, 3, "\t")]
    [InlineData("\t\tcountry: US", 5, 1, "\t\t")]
    public void TabBeforeAKey_IsReportedAtTheTab_NotAtTheValueAbove(string replacement, int line, int column, string span)
    {
        var run = Run(ValidActor.With("    country: US", replacement));

        run.Single()
            .AssertAt(run, "FG0001", line, column, span)
            .AssertMessage("tab", "indent with spaces, not tabs");
    }

    [Fact]
    public void TabBeforeAKey_WithCrLfLineEnds_IsReportedAtTheTab()
    {
        var run = Run(ValidActor.With("    country: US", "\tcountry: US").Replace("\n", "\r\n", StringComparison.Ordinal));

        run.Single().AssertAt(run, "FG0001", 5, 1, "\t");
    }

    [Theory]
    [InlineData("    country:\tUS")]
    [InlineData("    country: US\t")]
    [InlineData("    sources:\n      -\t{article")]
    public void TabInsideALine_IsNoError(string replacement)
    {
        var original = replacement.StartsWith("    country", StringComparison.Ordinal) ? "    country: US" : SourcesItem;

        var run = Run(ValidActor.With(original, replacement));

        Assert.Empty(run.Diagnostics);
    }
}
