using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>Locations that are easy to get wrong: line endings, characters outside the BMP, aliases, spans of collections.</summary>
public class LocationTests
{
    [Fact]
    public void CrLfLineEndings()
    {
        var yaml = ValidActor.With("kind: person", "kind: persn").Replace("\n", "\r\n", StringComparison.Ordinal);
        var run = Run(yaml);

        run.Single().AssertAt(run, "FG0005", 4, 11, "persn");
    }

    [Fact]
    public void CrLineEndings()
    {
        var yaml = ValidActor.With("kind: person", "kind: persn").Replace("\n", "\r", StringComparison.Ordinal);
        var run = Run(yaml);

        run.Single().AssertAt(run, "FG0005", 4, 11, "persn");
    }

    [Fact]
    public void ColumnsCountUtf16UnitsAsTheCompilerDoes()
    {
        // 🇳🇪 is two characters outside the BMP (four UTF-16 units), "é" one.
        var run = Run(ValidActor.With("{article: a, line: 3, quote: \"Blinken spoke to the BBC\"}", "{quote: \"🇳🇪é Blinken\", line: 9, article: a}"));

        run.Single().AssertAt(run, "FG0012", 7, 40, "9");
    }

    [Fact]
    public void ScalarUsedThroughAnAliasIsLocatedAtTheAlias()
    {
        var run = Run(ValidActor.With("kind: person", "kind: &k person").With("country: US", "country: *k"));

        run.Single()
            .AssertAt(run, "FG0005", 5, 14, "*k")
            .AssertMessage("Invalid 'country': 'person' is not an ISO 3166-1 alpha-2 country code");
    }

    [Fact]
    public void ValidAliasesAreFine()
    {
        var run = Run(ValidActor.With("name: Blinken", "name: &name Blinken").With("country: US", "country: US\n    aliases: [*name]"));

        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void NestedFlowListEndsAtItsClosingBracket()
    {
        var run = Run(ValidActor.With("country: US", "aliases: [Blinken, [Tony, Antony], Secretary]"));

        run.Single()
            .AssertAt(run, "FG0005", 5, 24, "[Tony, Antony]")
            .AssertMessage("Invalid an item of 'aliases': it is a list; write text");
    }

    [Fact]
    public void BlockListEndsAtItsLastItem()
    {
        var run = Run(ValidActor.With("name: Blinken", "name:\n      - Antony\n      - Blinken\n"));

        run.Single()
            .AssertAt(run, "FG0005", 4, 7, "- Antony\n      - Blinken")
            .AssertMessage("Invalid 'name': it is a list; write text");
    }

    [Fact]
    public void FileInASubfolderIsReportedWithItsPath()
    {
        const string path = "/project/facts/people/us.yml";
        var run = RunFiles((path, ValidActor.With("kind: person", "kind: persn")));

        run.Single().AssertAt(run, "FG0005", 4, 11, "persn", path: path);
    }
}
