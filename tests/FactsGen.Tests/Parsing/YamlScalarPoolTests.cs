using System.Threading;
using FactsGen.Parsing;
using FactsGen.Yaml;
using YamlDotNet.Core;

namespace FactsGen.Tests.Parsing;

/// <summary>
/// A parse lends its tree's scalars to the next one (<see cref="YamlScalarPool"/>): that is safe only
/// while no model keeps a node, and a pool must never hand out a node that a tree still uses.
/// </summary>
public class YamlScalarPoolTests
{
    private const string Actors =
        "articles:\n" +
        "  - id: a\n" +
        "    file: articles/a.txt\n" +
        "actors:\n" +
        "  - id: {0}\n" +
        "    name: {1}\n" +
        "    kind: person\n" +
        "    aliases: [{1} Junior, \"{1}'s\"]\n" +
        "    sources: [{{ article: a, line: {2}, quote: \"{1} said\" }}]\n" +
        "  - id: {0}-bad\n" +
        "    kind: persn\n";

    [Fact]
    public void AParsedFileStaysTheSameWhenTheNextFileIsParsed()
    {
        var first = FactFileParser.Parse("/project/facts/one.yaml", string.Format(Actors, "first-actor", "Amadou Toure", 3), CancellationToken.None);
        var firstAgain = FactFileParser.Parse("/project/facts/one.yaml", string.Format(Actors, "first-actor", "Amadou Toure", 3), CancellationToken.None);

        // The second file reuses the first one's scalars: had the model kept a node, the first model would now say "Zainab Ba".
        var second = FactFileParser.Parse("/project/facts/two.yaml", string.Format(Actors, "second-actor", "Zainab Ba", 7), CancellationToken.None);

        Assert.Equal(firstAgain, first);
        Assert.Contains(first.Diagnostics, d => d.Id == "FG0005" && d.Message.Contains("persn", StringComparison.Ordinal));
        Assert.Contains(first.Records.Single(r => r.Id == "first-actor").Fields, f => f is { Items.IsEmpty: false } && f.Text == "Amadou Toure");
        Assert.Contains(second.Records.Single(r => r.Id == "second-actor").Fields, f => f is { Items.IsEmpty: false } && f.Text == "Zainab Ba");
    }

    [Fact]
    public void ATreeReadWhileAnotherIsInUseGetsNodesOfItsOwn()
    {
        using var outer = YamlScalarPool.Rent();
        var pool = Assert.IsType<YamlScalarPool>(outer.Pool);
        var outerScalar = pool.Scalar("outer", ScalarStyle.Plain, Mark.Empty, Mark.Empty);

        using (var inner = YamlScalarPool.Rent())
        {
            Assert.Null(inner.Pool);
        }

        Assert.Equal("outer", outerScalar.Value);
    }

    [Fact]
    public void AReturnedScalarIsReusedAndKeepsNoText()
    {
        YamlScalar lent;
        using (var lease = YamlScalarPool.Rent())
        {
            lent = lease.Pool!.Scalar("a text of the last file", ScalarStyle.DoubleQuoted, new Mark(5, 2, 3), new Mark(28, 2, 26));
            Assert.Equal(("a text of the last file", 5, 28), (lent.Value, (int)lent.Start.Index, (int)lent.End.Index));
        }

        Assert.Equal(string.Empty, lent.Value);
        using var next = YamlScalarPool.Rent();
        var reused = next.Pool!.Scalar("next", ScalarStyle.Plain, new Mark(1, 1, 2), new Mark(5, 1, 6));
        Assert.Same(lent, reused);
        Assert.Equal(("next", ScalarStyle.Plain, 1, 5, true), (reused.Value, reused.Style, (int)reused.Start.Index, (int)reused.End.Index, reused.IsComplete));
    }
}
