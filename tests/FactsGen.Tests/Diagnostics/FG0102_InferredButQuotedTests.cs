using Microsoft.CodeAnalysis;
using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>FG0102 (warning, docs/fact-files.md §13): a checked field listed under <c>inferred</c> whose value the quotes do contain, at its key under <c>inferred</c>.</summary>
public class FG0102_InferredButQuotedTests
{
    private static FactRun RunDeployment(string inferred, string strength = "1000") => Run($$"""
        deployments:
          - id: us-niger
            actor: united-states
            location: Niger
            strength: {{strength}}
            since: 2023
            inferred:
              {{inferred}}
            sources:
              - {article: a, line: 2, quote: "The US has around 1,000 military forces in Niger"}
        """);

    [Fact]
    public void CheckedFieldThatTheQuotesSay()
    {
        var run = RunDeployment("strength: \"the article gives no figure\"");

        run.Single()
            .AssertAt(run, "FG0102", 8, 7, "strength", severity: DiagnosticSeverity.Warning)
            .AssertMessage("'strength' is listed under 'inferred', but this record's quotes say it: '1000'; remove it from 'inferred'");
    }

    [Fact]
    public void CheckedReferenceThatTheQuotesName()
    {
        var run = RunDeployment("actor: \"the article says who\"");

        run.Single()
            .AssertAt(run, "FG0102", 8, 7, "actor", severity: DiagnosticSeverity.Warning)
            .AssertMessage("'actor' is listed under 'inferred', but this record's quotes say it: 'united-states'");
    }

    [Theory]
    [InlineData("since: \"the coup was in 2023\"", "1000")] // unchecked: the reason is kept, no warning
    [InlineData("strength: \"a guess\"", "2000")] // the quotes do not say it: the inference is needed
    public void NoWarningForAnUncheckedFieldOrAValueTheQuotesDoNotSay(string inferred, string strength)
    {
        var run = RunDeployment(inferred, strength);

        Assert.Empty(run.Diagnostics);
    }
}
