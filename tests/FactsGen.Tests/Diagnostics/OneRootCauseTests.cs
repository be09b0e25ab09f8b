using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>
/// One root cause, one diagnostic: where a mistake could cascade into more diagnostics elsewhere,
/// the generator reports it once, at its cause.
/// </summary>
public class OneRootCauseTests
{
    private const string DeploymentOfBlinken = """
        deployments:
          - id: blinken-trip
            actor: blinken
            location: Niger
            sources:
              - {article: a, line: 3, quote: "Blinken spoke to the BBC"}
        """;

    [Fact]
    public void RecordWithABadValueIsStillDeclared()
    {
        var run = RunFiles((TestPath, ValidActor.With("kind: person", "kind: persn")), (OtherPath, DeploymentOfBlinken));

        // Only the bad value, no FG0007 for the reference to the record that holds it.
        run.Single().AssertAt(run, "FG0005", 4, 11, "persn");

        // The bad record is not generated; the deployment referring to it is, and it all compiles.
        Assert.False(run.Emits("Actors", "Blinken"));
        Assert.True(run.Emits("Deployments", "BlinkenTrip"));
    }

    [Fact]
    public void RecordWithAMissingFieldIsStillDeclared()
    {
        var run = RunFiles((TestPath, ValidActor.With("    kind: person\n", string.Empty)), (OtherPath, DeploymentOfBlinken));

        run.Single().AssertAt(run, "FG0004", 2, 5, "id");
    }

    [Fact]
    public void DuplicateIdIsStillDeclared()
    {
        var run = RunFiles((TestPath, ValidActor + "\n" + ValidActor.Substring("actors:\n".Length)), (OtherPath, DeploymentOfBlinken));

        run.Single().AssertAt(run, "FG0006", 8, 9, "blinken");
    }

    [Fact]
    public void CitationsOfAnArticleWhoseFileIsMissingGiveOnlyFG0014()
    {
        var yaml = """
            articles:
              - id: b
                file: articles/missing.txt
            actors:
              - id: blinken
                name: Blinken
                kind: person
                sources:
                  - {article: b, line: 99, quote: "not in any article"}
                  - {article: b, line: 1, quote: "Blinken spoke to the BBC"}
            deployments:
              - id: blinken-trip
                actor: blinken
                location: Niger
                sources:
                  - {article: b, line: 1000, quote: "Blinken"}
            """;
        var run = Run(yaml);

        run.Single()
            .AssertAt(run, "FG0014", 3, 11, "articles/missing.txt")
            .AssertMessage("Article 'b' names file 'articles/missing.txt'");
    }

    [Fact]
    public void CitationsOfAnUnknownArticleGiveOnlyFG0011()
    {
        var run = Run(ValidActor.With("article: a, line: 3,", "article: b, line: 99,"));

        run.Single().AssertAt(run, "FG0011", 7, 19, "b");
    }

    [Fact]
    public void SyntaxErrorLateInAFileStillDeclaresEarlierIds()
    {
        var yaml = """
            actors:
              - id: early
                name: Wagner
                kind: person
                sources:
                  - {article: a, line: 1, quote: "Wagner fighters"}
              - id: blinken
                name: Antony Blinken
                kind: person
                sources: [{article: a, line: 3, quote: "Blinken spoke to the BBC"
            """;
        var other = """
            deployments:
              - id: early-trip
                actor: early
                location: Niger
                attributed-to: [blinken]
                sources:
                  - {article: a, line: 1, quote: "Wagner fighters"}
            """;
        var run = RunFiles((TestPath, yaml), (OtherPath, other));

        // One FG0001; neither 'early' (complete) nor 'blinken' (cut short after its id) is unknown.
        Assert.Equal("FG0001", run.Single().Id);
        Assert.Equal(TestPath, run.Single().Location.GetLineSpan().Path);
        Assert.True(run.Emits("Actors", "Early"));
        Assert.False(run.Emits("Actors", "Blinken"));
        Assert.True(run.Emits("Deployments", "EarlyTrip"));
    }

    [Fact]
    public void SyntaxErrorInOneDocumentKeepsTheDocumentsBefore()
    {
        var yaml = ValidActor + "\n---\nactors:\n  - id: later\n    name: \"unterminated\n";
        var run = RunFiles((TestPath, yaml), (OtherPath, DeploymentOfBlinken));

        Assert.Equal("FG0001", run.Single().Id);
        Assert.True(run.Emits("Actors", "Blinken"));
    }

    [Fact]
    public void InvalidArticleIsStillBoundForQuoteChecks()
    {
        // The article's bad URL is one FG0005; its citations are still checked (one FG0013 for a wrong
        // quote), and no FG0011 claims the article does not exist.
        var yaml = """
            articles:
              - id: b
                file: articles/a.txt
                published: 2023-02-30
            actors:
              - id: blinken
                name: Blinken
                kind: person
                sources:
                  - {article: b, line: 3, quote: "Blinken spoke to CNN"}
            """;
        var run = Run(yaml);

        run.AssertIds("FG0005", "FG0013");
        run.Diagnostics[0].AssertAt(run, "FG0005", 4, 16, "2023-02-30");
        run.Diagnostics[1].AssertAt(run, "FG0013", 10, 38, "\"Blinken spoke to CNN\"");
    }
}
