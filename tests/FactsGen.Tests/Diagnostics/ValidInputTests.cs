using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>The focused valid inputs the diagnostic tests mutate: no diagnostics, and clean generated code.</summary>
public class ValidInputTests
{
    [Fact]
    public void BaseAlone() => Assert.Empty(RunExactly((ArticlePath, Article), (BasePath, BaseYaml)).Diagnostics);

    [Fact]
    public void BaseWithValidActor()
    {
        var run = Run(ValidActor);

        Assert.Empty(run.Diagnostics);
        Assert.True(run.Emits("Actors", "Blinken"));
        Assert.Empty(run.CompilationProblems());
    }

    [Fact]
    public void EmptyFiles()
    {
        Assert.Empty(Run(string.Empty).Diagnostics);
        Assert.Empty(Run("# only a comment\n").Diagnostics);
        Assert.Empty(Run("---\n...\n---\n").Diagnostics);
        Assert.Empty(Run("actors:\n").Diagnostics);
        Assert.Empty(Run("actors: []\n").Diagnostics);
    }

    [Fact]
    public void EveryFieldOfEveryKind()
    {
        var yaml = """
            articles:
              - id: b
                file: ./articles/../articles/a.txt
                title: "A title with \"quotes\" and */ and </summary>"
                publisher: Someone
                published: 2023-08
                url: https://example.org/a?b=c&d=e
            actors:
              - id: blinken
                name: Antony Blinken
                kind: person
                role: US Secretary of State
                country: US
                aliases: Blinken
                affiliated-with: [united-states]
                inferred: {affiliated-with: "his office, which the role names"}
                sources:
                  - {article: b, line: 3, quote: "Blinken spoke to the BBC"}
            deployments:
              - id: wagner-mali-2021
                actor: wagner
                location: Mali
                countries: [ML, CF]
                strength: 1000..2000
                inferred:
                  strength: "a range for the test"
                personnel: fighters
                purpose: security
                since: 2021
                as-of: 2023-08-09
                certainty: believed
                attributed-to: blinken
                sources:
                  - article: b
                    line: 1
                    quote: Wagner fighters are in Mali
            sanctions:
              - id: us-wagner
                imposed-by: united-states
                targets: wagner
                ordered-by: blinken
                through: united-states
                instruments: [financial, travel]
                reason: "Wagner's role"
                date: 2023-08-09
                certainty: reported
                attributed-to: [blinken]
                inferred: {targets: "the US sanctions Wagner, for the test", ordered-by: "for the test"}
                sources:
                  - {article: b, line: 2, quote: "The US has around 1,000 military forces"}
            """;
        var run = Run(yaml);

        Assert.Empty(run.Diagnostics);
        Assert.True(run.Emits("Sanctions", "UsWagner"));
    }

    [Fact]
    public void DiagnosticPrintsAsTheBuildDoes()
    {
        var run = Run(ValidActor.With("kind: person", "kind: persn"));

        Assert.StartsWith("/project/facts/test.yaml(4,11): error FG0005: Invalid 'kind': 'persn'", run.Single().ToString(), StringComparison.Ordinal);
    }
}

internal static class FactRunExtensions
{
    public static IReadOnlyList<Microsoft.CodeAnalysis.Diagnostic> CompilationProblems(this FactRun run) => run.Run.CompilationProblems;
}
