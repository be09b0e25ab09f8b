using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>FG0010: record without citations: at the record's first key when 'sources' is missing, at 'sources' when empty.</summary>
public class FG0010_NoCitationsTests
{
    private const string Sources = "    sources:\n      - {article: a, line: 3, quote: \"Blinken spoke to the BBC\"}";

    [Fact]
    public void MissingSources()
    {
        var run = Run(ValidActor.With("\n" + Sources, string.Empty));

        run.Single()
            .AssertAt(run, "FG0010", 2, 5, "id")
            .AssertMessage("Actor 'blinken' has no citations; add 'sources:' with at least one { article: …, line: …, quote: … }");
    }

    [Theory]
    [InlineData("    sources: []")]
    [InlineData("    sources:")]
    [InlineData("    sources: ~")]
    public void EmptySourcesIsReportedAtTheKey(string sources)
    {
        var run = Run(ValidActor.With(Sources, sources));

        run.Single()
            .AssertAt(run, "FG0010", 6, 5, "sources")
            .AssertMessage("Actor 'blinken' has no citations");
    }

    [Fact]
    public void SanctionWithoutSources()
    {
        var yaml = """
            sanctions:
              - id: us-niger
                imposed-by: united-states
                targets: [wagner]
            """;
        var run = Run(yaml);

        run.Single()
            .AssertAt(run, "FG0010", 2, 5, "id")
            .AssertMessage("Sanction 'us-niger' has no citations");
    }
}
