using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>FG0006: duplicate id within a kind, at the later id, naming the first occurrence.</summary>
public class FG0006_DuplicateIdTests
{
    [Fact]
    public void DuplicateAcrossFilesNamesTheFirstOccurrence()
    {
        var run = Run(ValidActor.With("id: blinken", "id: wagner"));

        run.Single()
            .AssertAt(run, "FG0006", 2, 9, "wagner")
            .AssertMessage("Duplicate actor id 'wagner': it is first declared at base.yaml(5,9); ids must be unique within a kind");
    }

    [Fact]
    public void DuplicateInOneFileNamesTheFirstOccurrence()
    {
        var yaml = ValidActor + "\n" + ValidActor.Substring("actors:\n".Length).With("country: US", "country: GB");
        var run = Run(yaml);

        run.Single()
            .AssertAt(run, "FG0006", 8, 9, "blinken")
            .AssertMessage("Duplicate actor id 'blinken': it is first declared at test.yaml(2,9)");
        Assert.True(run.Emits("Actors", "Blinken"));
    }

    [Fact]
    public void SameIdInAnotherKindIsNoDuplicate()
    {
        var yaml = """
            deployments:
              - id: wagner
                actor: wagner
                location: Mali
                sources:
                  - {article: a, line: 1, quote: "Wagner fighters are in Mali"}
            """;
        var run = Run(yaml);

        Assert.Empty(run.Diagnostics);
        Assert.True(run.Emits("Deployments", "Wagner"));
    }
}
