using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>
/// FG0018: invalid claims (docs/fact-files.md §14), one test per rule, each at the node §14 names; and the
/// other checks a claim gets as a record does (FG0003, FG0004, FG0005, FG0010, FG0013, FG0007).
/// </summary>
public class FG0018_InvalidClaimsTests
{
    /// <summary>A deployment whose strength the two claims dispute; lines 6–10 are the claims.</summary>
    private const string Disputed = """
        deployments:
          - id: wagner-mali
            actor: wagner
            location: Mali
            strength:
              claims:
                - value: ~1000
                  sources: [{article: a, line: 2, quote: "around 1,000"}]
                - value: 1000
                  sources: [{article: a, line: 2, quote: "1,000 military forces"}]
            sources:
              - {article: a, line: 1, quote: "Wagner fighters are in Mali"}
        """;

    [Fact]
    public void ValidClaimsHaveNoDiagnostics()
    {
        var run = Run(Disputed);

        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void ClaimsOnAFieldThatIsNotDisputable()
    {
        var run = Run(Disputed.With("    strength:\n", "    personnel:\n").With("~1000", "troops").With("value: 1000", "value: forces"));

        run.Single()
            .AssertAt(run, "FG0018", 6, 7, "claims")
            .AssertMessage("'personnel' is not disputable, so it cannot hold claims: write the one value the quotes support as 'personnel: <value>'", "the disputable fields of a deployment are: location, strength, as-of");
    }

    [Fact]
    public void ClaimsOnADeclaredFieldThatIsNotDisputableSayHowToDeclareOne()
    {
        const string kinds = """
            kinds:
              - id: events
                record: Event
                fields:
                  - name: date
                    type: date
            """;
        const string events = """
            events:
              - id: talks
                date:
                  claims:
                    - value: 2023-07-26
                      sources: [{article: a, line: 3, quote: "Tuesday"}]
                    - value: 2023-08
                      sources: [{article: a, line: 3, quote: "Tuesday"}]
                sources: [{article: a, line: 3, quote: "Blinken spoke"}]
            """;
        var run = RunFiles(("/project/facts/kinds.yaml", kinds), (TestPath, events));

        run.Single()
            .AssertAt(run, "FG0018", 4, 7, "claims")
            .AssertMessage("an event has no disputable fields; to allow claims on a field, declare it with 'disputable: true'");
    }

    [Fact]
    public void FewerThanTwoClaims()
    {
        var run = Run(Disputed.With("""
                    - value: 1000
                      sources: [{article: a, line: 2, quote: "1,000 military forces"}]

            """, string.Empty));

        run.Single()
            .AssertAt(run, "FG0018", 6, 7, "claims")
            .AssertMessage("'strength' has 1 claim(s)", "write two or more, or write the one value as 'strength: …'");
    }

    [Fact]
    public void TheSameValueTwiceIsReportedAtTheSecondValue()
    {
        var run = Run(Disputed.With("value: ~1000", "value: 1000"));

        run.Single()
            .AssertAt(run, "FG0018", 9, 18, "1000")
            .AssertMessage("claim 2 of 'strength' has the same value as claim 1 (line 7)");
    }

    [Fact]
    public void TheSameDateWrittenTwiceIsTheSameValue()
    {
        const string sanction = """
            sanctions:
              - id: us-wagner
                imposed-by: united-states
                targets: [wagner]
                date:
                  claims:
                    - value: 2023-08
                      sources: [{article: a, line: 3, quote: "Tuesday"}]
                    - value: "2023-08"
                      sources: [{article: a, line: 3, quote: "on Tuesday"}]
                sources: [{article: a, line: 2, quote: "The US has around 1,000"}, {article: a, line: 1, quote: "Wagner"}]
            """;
        var run = Run(sanction);

        run.Single().AssertAt(run, "FG0018", 9, 18, "\"2023-08\"");
    }

    [Fact]
    public void ASecondPreferredIsReportedAtItsRank()
    {
        var run = Run(Disputed
            .With("  - value: ~1000\n", "  - value: ~1000\n          rank: preferred\n")
            .With("  - value: 1000\n", "  - value: 1000\n          rank: preferred\n"));

        run.Single()
            .AssertAt(run, "FG0018", 11, 17, "preferred")
            .AssertMessage("claim 2 of 'strength' is a second 'preferred' (claim 1 is preferred already)");
    }

    [Fact]
    public void EveryClaimDeprecated()
    {
        var run = Run(Disputed
            .With("  - value: ~1000\n", "  - value: ~1000\n          rank: deprecated\n")
            .With("  - value: 1000\n", "  - value: 1000\n          rank: deprecated\n"));

        run.Single()
            .AssertAt(run, "FG0018", 6, 7, "claims")
            .AssertMessage("every claim of 'strength' is deprecated, so it has no best value");
    }

    [Fact]
    public void AClaimWithoutAValue()
    {
        var run = Run(Disputed.With("  - value: 1000\n          sources:", "  - sources:"));

        run.Single()
            .AssertAt(run, "FG0004", 9, 11, "sources")
            .AssertMessage("Claim 2 of 'strength' is missing required field 'value'");
    }

    [Fact]
    public void AClaimWithoutSources()
    {
        var run = Run(Disputed.With("\n          sources: [{article: a, line: 2, quote: \"1,000 military forces\"}]", string.Empty));

        run.Single()
            .AssertAt(run, "FG0010", 9, 11, "value")
            .AssertMessage("Claim 2 of 'strength' has no citations");
    }

    [Fact]
    public void AClaimWithAnUnknownRank()
    {
        var run = Run(Disputed.With("  - value: 1000\n", "  - value: 1000\n          rank: prefered\n"));

        run.Single()
            .AssertAt(run, "FG0005", 10, 17, "prefered")
            .AssertMessage("'prefered' is not a rank; did you mean 'preferred'?");
    }

    [Fact]
    public void AClaimWithAnUnknownKey()
    {
        var run = Run(Disputed.With("  - value: 1000\n", "  - value: 1000\n          nte: later\n"));

        run.Single()
            .AssertAt(run, "FG0003", 10, 11, "nte")
            .AssertMessage("Unknown field 'nte' in claim 2 of 'strength'", "did you mean 'note'?");
    }

    [Fact]
    public void AClaimValueIsParsedAsTheFieldsValue()
    {
        var run = Run(Disputed.With("value: 1000", "value: 1,000"));

        run.Single()
            .AssertAt(run, "FG0005", 9, 18, "1,000")
            .AssertMessage("Invalid 'strength'");
    }

    [Fact]
    public void AClaimsQuoteOnAnotherLineIsFG0013AtTheClaimsLine()
    {
        var run = Run(Disputed.With("line: 2, quote: \"1,000 military forces\"", "line: 3, quote: \"1,000 military forces\""));

        run.Single()
            .AssertAt(run, "FG0013", 10, 40, "3")
            .AssertMessage("Quote not found on line 3 of article 'a'; it is on line 2");
    }

    [Fact]
    public void AClaimsUnknownArticleIsFG0011()
    {
        var run = Run(Disputed.With("{article: a, line: 2, quote: \"1,000 military forces\"}", "{article: b, line: 2, quote: \"1,000 military forces\"}"));

        run.Single().AssertAt(run, "FG0011", 10, 31, "b");
    }

    [Fact]
    public void AClaimsUnknownReferenceIsFG0007()
    {
        const string kinds = """
            kinds:
              - id: events
                record: Event
                fields:
                  - name: actors
                    type: ref actors
                    list: true
                    disputable: true
            """;
        const string events = """
            events:
              - id: talks
                actors:
                  claims:
                    - value: [wagner]
                      sources: [{article: a, line: 1, quote: "Wagner fighters"}]
                    - value: [wagner, wagnr]
                      sources: [{article: a, line: 1, quote: "Wagner fighters"}]
                sources: [{article: a, line: 1, quote: "Wagner fighters"}]
            """;
        var run = RunFiles(("/project/facts/kinds.yaml", kinds), (TestPath, events));

        run.Single()
            .AssertAt(run, "FG0007", 7, 27, "wagnr")
            .AssertMessage("did you mean 'wagner'?");
    }
}

/// <summary>FG0016 for what <c>disputable</c> adds to a declared record: <c>XClaims</c> and <c>DisputedFields</c> are taken.</summary>
public class DisputableDeclarationTests
{
    [Theory]
    [InlineData("date-claims", "DateClaims")]
    [InlineData("disputed-fields", "DisputedFields")]
    public void AFieldMayNotTakeAPropertyThatClaimsAdd(string name, string property)
    {
        var kinds = $"""
            kinds:
              - id: events
                record: Event
                fields:
                  - name: date
                    type: date
                    disputable: true
                  - name: {name}
                    type: string
            """;
        var run = RunFiles(("/project/facts/kinds.yaml", kinds));

        var diagnostic = run.Single().AssertAt(run, "FG0016", 8, 15, name, path: "/project/facts/kinds.yaml");
        diagnostic.AssertMessage($"would be the property '{property}'");
    }

    [Theory]
    [InlineData("Claim")]
    [InlineData("ClaimRank")]
    public void ARecordMayNotTakeTheNameOfTheClaimTypes(string record)
    {
        var kinds = $"""
            kinds:
              - id: events
                record: {record}
                fields:
                  - name: date
                    type: date
            """;
        var run = RunFiles(("/project/facts/kinds.yaml", kinds));

        run.Single().AssertAt(run, "FG0016", 3, 13, record, path: "/project/facts/kinds.yaml").AssertMessage($"the type '{record}' (its record), which is already a generated type");
    }

    [Fact]
    public void DisputableMustBeABool()
    {
        const string kinds = """
            kinds:
              - id: events
                record: Event
                fields:
                  - name: date
                    type: date
                    disputable: yes please
            """;
        var run = RunFiles(("/project/facts/kinds.yaml", kinds));

        run.Single().AssertAt(run, "FG0005", 7, 21, "yes please", path: "/project/facts/kinds.yaml").AssertMessage("write true or false");
    }
}
