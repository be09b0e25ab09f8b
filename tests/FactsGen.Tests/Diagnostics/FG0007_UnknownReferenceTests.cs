using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>FG0007: reference to an id that does not exist in the expected kind, at the reference, with the nearest id.</summary>
public class FG0007_UnknownReferenceTests
{
    private const string Deployment = """
        deployments:
          - id: wagner-mali
            actor: wagner
            location: Mali
            attributed-to: [united-states]
            sources:
              - {article: a, line: 1, quote: "Wagner fighters are in Mali"}
        """;

    [Fact]
    public void ValidDeploymentHasNoDiagnostics() => Assert.Empty(Run(Deployment).Diagnostics);

    [Fact]
    public void SuggestsTheNearestId()
    {
        var run = Run(Deployment.With("actor: wagner", "actor: wagnr"));

        run.Single()
            .AssertAt(run, "FG0007", 3, 12, "wagnr")
            .AssertMessage("'actor' refers to actor 'wagnr', which does not exist; did you mean 'wagner'?");
    }

    [Fact]
    public void ListItemIsLocatedAtTheItem()
    {
        var run = Run(Deployment.With("[united-states]", "[united-states, unitd-states, russia]"));

        Assert.Collection(
            run.Diagnostics,
            d => d.AssertAt(run, "FG0007", 5, 36, "unitd-states")
                .AssertMessage("'attributed-to' refers to actor 'unitd-states', which does not exist; did you mean 'united-states'?"),
            d => d.AssertAt(run, "FG0007", 5, 50, "russia")
                .AssertMessage("'attributed-to' refers to actor 'russia', which does not exist")
                .AssertMessageLacks("did you mean"));
    }

    [Fact]
    public void IdOfTheWrongKindSaysWhatItIs()
    {
        var run = Run(Deployment.With("actor: wagner", "actor: a"));

        run.Single()
            .AssertAt(run, "FG0007", 3, 12, "a")
            .AssertMessage("'actor' refers to actor 'a', which does not exist; 'a' is an article, not an actor");
    }

    [Fact]
    public void SanctionTargetsAndOptionalReferences()
    {
        var yaml = """
            sanctions:
              - id: us-niger
                imposed-by: united-states
                targets: [niger-junta]
                through: us-treasury
                sources:
                  - {article: a, line: 2, quote: "The US"}
            """;
        var run = Run(yaml);

        Assert.Collection(
            run.Diagnostics,
            d => d.AssertAt(run, "FG0007", 4, 15, "niger-junta").AssertMessage("'targets' refers to actor 'niger-junta', which does not exist"),
            d => d.AssertAt(run, "FG0007", 5, 14, "us-treasury").AssertMessage("'through' refers to actor 'us-treasury', which does not exist"));
    }

    [Fact]
    public void ReferenceAcrossFilesResolves()
    {
        var run = RunFiles((TestPath, Deployment.With("actor: wagner", "actor: blinken\n    inferred: {actor: \"the test moves the actor to another file\"}")), (OtherPath, ValidActor));

        Assert.Empty(run.Diagnostics);
    }
}
