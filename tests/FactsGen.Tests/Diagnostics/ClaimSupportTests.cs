using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>
/// A claim's value is support-checked (docs/fact-files.md §12) against the claim's own quotes only, and only the
/// claim's own <c>inferred</c> exempts it (docs/fact-files.md §14).
/// </summary>
public class ClaimSupportTests
{
    /// <summary>The record's own quote says 1,000; the second claim's quote does not.</summary>
    private const string Disputed = """
        deployments:
          - id: us-niger
            actor: united-states
            location: Niger
            strength:
              claims:
                - value: ~1000
                  sources: [{article: a, line: 2, quote: "around 1,000"}]
                - value: 1000
                  sources: [{article: a, line: 2, quote: "military forces in Niger"}]
            sources:
              - {article: a, line: 2, quote: "The US has around 1,000 military forces"}
        """;

    [Fact]
    public void AClaimsValueMustBeInItsOwnQuotesNotTheRecords()
    {
        var run = Run(Disputed);

        run.Single()
            .AssertAt(run, "FG0017", 9, 18, "1000")
            .AssertMessage("'strength: 1000' is in none of this claim's quotes");
    }

    [Fact]
    public void TheClaimsOwnInferredExemptsIt()
    {
        var run = Run(Disputed.With("        - value: 1000\n", "        - value: 1000\n          inferred: {strength: \"the same forces, counted by the other article\"}\n"));

        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void TheRecordsInferredDoesNotExemptAClaim()
    {
        var run = Run(Disputed.With("    sources:\n", "    inferred: {strength: a reason}\n    sources:\n"));

        Assert.Contains(run.Diagnostics, d => d.Id == "FG0017" && d.Location.GetLineSpan().StartLinePosition.Line == 8);
    }

    [Fact]
    public void AClaimsInferredOnAValueItsQuotesSayIsFG0102()
    {
        var run = Run(Disputed
            .With("        - value: ~1000\n", "        - value: ~1000\n          inferred: {strength: a reason}\n")
            .With("quote: \"military forces in Niger\"", "quote: \"1,000 military forces\""));

        run.Single()
            .AssertAt(run, "FG0102", 8, 22, "strength", severity: Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .AssertMessage("this claim's");
    }
}
