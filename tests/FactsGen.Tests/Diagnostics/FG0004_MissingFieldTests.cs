using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>FG0004: required field missing, at the record's first key (or at the key of an empty value).</summary>
public class FG0004_MissingFieldTests
{
    [Fact]
    public void MissingFieldIsReportedAtTheRecordsFirstKey()
    {
        var run = Run(ValidActor.With("    name: Blinken\n", string.Empty));

        run.Single()
            .AssertAt(run, "FG0004", 2, 5, "id")
            .AssertMessage("Actor 'blinken' is missing required field 'name'; add 'name: …'");
    }

    [Fact]
    public void MissingIdIsReportedAtTheRecordsFirstKey()
    {
        var run = Run(ValidActor.With("  - id: blinken\n    name:", "  - name:"));

        run.Single()
            .AssertAt(run, "FG0004", 2, 5, "name")
            .AssertMessage("Actor record is missing required field 'id'");
    }

    [Fact]
    public void EmptyRequiredValueIsReportedAtItsKey()
    {
        var run = Run(ValidActor.With("kind: person", "kind:"));

        run.Single()
            .AssertAt(run, "FG0004", 4, 5, "kind")
            .AssertMessage("Actor 'blinken' is missing required field 'kind'");
    }

    [Fact]
    public void CitationMissingAKeyIsReportedAtItsFirstKey()
    {
        var run = Run(ValidActor.With("line: 3, ", string.Empty));

        run.Single()
            .AssertAt(run, "FG0004", 7, 10, "article")
            .AssertMessage("Citation is missing required field 'line'; add 'line: …'");
    }

    [Fact]
    public void DeploymentMissingItsActor()
    {
        var yaml = """
            deployments:
              - id: wagner-mali
                location: Mali
                sources:
                  - {article: a, line: 1, quote: "Wagner fighters are in Mali"}
            """;
        var run = Run(yaml);

        run.Single()
            .AssertAt(run, "FG0004", 2, 5, "id")
            .AssertMessage("Deployment 'wagner-mali' is missing required field 'actor'");
    }
}
