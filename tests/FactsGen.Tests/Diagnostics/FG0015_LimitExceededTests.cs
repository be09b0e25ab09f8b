using System.Diagnostics;
using System.Threading;
using FactsGen.Parsing;
using FactsGen.Yaml;
using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>FG0015: document too large or too deep: refused quickly, at the node that crossed the limit.</summary>
public class FG0015_LimitExceededTests
{
    [Fact]
    public void HundredNestedFlowSequences()
    {
        var nested = new string('[', 100) + new string(']', 100);
        var run = Timed(() => Run(ValidActor.With("country: US", "aliases: " + nested)));

        // Depth 64 is reached by the document, 'actors', the record and 61 brackets: the 62nd is refused
        // (the parser gives a collection's start as a point, so the span is empty, at the bracket).
        run.Single()
            .AssertAt(run, "FG0015", 5, 14 + 61, string.Empty)
            .AssertMessage("Refused: nesting deeper than 64 levels; split the file or simplify it");
    }

    [Fact]
    public void HundredThousandNestedFlowMappings()
    {
        var nested = new string('{', 100_000) + new string('}', 100_000);
        var run = Timed(() => Run("actors: " + nested + "\n"));

        // Depth 64 is reached by the document and 63 braces: the 64th is refused. The cut 'actors'
        // value is a mapping, which is also wrong in itself (FG0005, at the outermost brace, which
        // was never closed, so its span is a point).
        run.AssertIds("FG0005", "FG0015");
        run.Diagnostics[0].AssertAt(run, "FG0005", 1, 9, string.Empty);
        run.Diagnostics[1]
            .AssertAt(run, "FG0015", 1, 9 + 63, string.Empty)
            .AssertMessage("nesting deeper than 64 levels");
    }

    [Fact]
    public void BillionLaughs()
    {
        var lines = new List<string> { "actors:", "  - id: lol", "    name: lol", "    kind: person", "    aliases: &l1 [" + string.Join(", ", Enumerable.Repeat("lol", 10)) + "]" };
        for (var level = 2; level <= 9; level++)
        {
            lines.Add($"    l{level}: &l{level} [" + string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10)) + "]");
        }

        var run = Timed(() => Run(string.Join("\n", lines) + "\n"));

        // l1 is 11 nodes, l2 111, l3 1,111, l4 11,111: aliases add 110 + 1,110 + 11,110 in l2–l4,
        // and the 8th *l4 of l5 takes the total past 100,000.
        run.Single()
            .AssertAt(run, "FG0015", 9, 14 + (5 * 7), "*l4")
            .AssertMessage("Refused: aliases that expand to more than 100,000 nodes");
        Assert.False(run.Emits("Actors", "Lol"));
    }

    [Fact]
    public void RecursiveAlias()
    {
        var run = Timed(() => Run(ValidActor.With("country: US", "aliases: &self [Tony, *self]")));

        run.Single()
            .AssertAt(run, "FG0015", 5, 27, "*self")
            .AssertMessage("Refused: the alias *self refers to a node that contains it (a recursive structure)");
    }

    [Fact]
    public void HugeValue()
    {
        var huge = new string('x', (1024 * 1024) + 1);
        var run = Timed(() => Run(ValidActor.With("name: Blinken", "name: " + huge)));

        run.Single()
            .AssertAt(run, "FG0015", 3, 11, huge)
            .AssertMessage("Refused: a value of 1,048,577 characters, more than the limit of 1,048,576");
    }

    // The file-size and node-count limits are 16 Mi characters and 4 M nodes; inputs that large make
    // slow tests, so these check the same code through the parser's internal entry with small limits.
    [Fact]
    public void FileLargerThanTheLimit()
    {
        var limits = YamlLimits.Default with { MaxFileChars = 100 };
        var text = ValidActor + new string(' ', 100);

        var diagnostic = Assert.Single(FactFileParser.Parse(TestPath, text, limits, CancellationToken.None).Diagnostics);

        Assert.Equal("FG0015", diagnostic.Id);
        var location = diagnostic.Location!.Value;
        Assert.Equal(TestPath, location.FilePath);
        Assert.Equal((0, 0, 0), (location.Start, location.StartLine, location.StartColumn));
        Assert.Equal($"Refused: the file has {text.Length:N0} characters, more than the limit of 100; split the file or simplify it", diagnostic.Message);
    }

    [Fact]
    public void MoreNodesThanTheLimit()
    {
        var limits = YamlLimits.Default with { MaxNodes = 10 };

        var parsed = FactFileParser.Parse(TestPath, ValidActor, limits, CancellationToken.None);

        var diagnostic = Assert.Single(parsed.Diagnostics);
        Assert.Equal("FG0015", diagnostic.Id);
        Assert.Equal("Refused: more than 10 YAML nodes; split the file or simplify it", diagnostic.Message);

        // Node 11 is the key 'country' (line 5, column 5; 0-based 4 and 4).
        var location = diagnostic.Location!.Value;
        Assert.Equal((4, 4, 7), (location.StartLine, location.StartColumn, location.Length));
    }

    [Fact]
    public void DefaultLimits()
    {
        Assert.Equal(new YamlLimits(16 * 1024 * 1024, 64, 4_000_000, 100_000, 1024 * 1024), YamlLimits.Default);
    }

    private static FactRun Timed(Func<FactRun> run)
    {
        var watch = Stopwatch.StartNew();
        var result = run();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        return result;
    }
}
