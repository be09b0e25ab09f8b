using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using System.Threading;
using FactsGen.Articles;
using FactsGen.Diagnostics;
using FactsGen.FuzzTests.Fuzzing;
using FactsGen.Indexing;
using FactsGen.Model;
using FactsGen.Parsing;
using FactsGen.Tests.Infrastructure;
using FactsGen.Yaml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace FactsGen.FuzzTests;

/// <summary>
/// Resource limits (issue 3 §3): YAML bombs are refused with FG0015 quickly and in bounded memory,
/// nothing walks an aliased graph unboundedly, the searches behind FG0013 and did-you-mean are
/// bounded, and cancellation is honoured (OperationCanceledException, never FG9999 or a hang).
/// Times are asserted loosely (CI is a loaded 2-core box): "well under a second" becomes 2 s.
/// </summary>
public class ResourceLimitTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Loose = TimeSpan.FromSeconds(2);
    private const string Path = "/project/facts/bomb.yaml";

    public static TheoryData<string> Bombs() => new()
    {
        "billion-laughs",
        "wide-alias",
        "flow-sequences-10000-deep",
        "flow-mappings-10000-deep",
        "block-sequences-10000-deep",
        "block-mappings-5000-deep",
        "unclosed-brackets-100000",
        "recursive-alias",
        "huge-value",
        "50-mb-file",
    };

    [Theory]
    [MemberData(nameof(Bombs))]
    public void BombIsRefusedWithFG0015QuicklyInBoundedMemory(string name)
    {
        var text = Bomb(name);
        GeneratorOracle.Run([new StringAdditionalText("/project/facts/warm.yaml", "actors: []\n")], compile: false);

        // The parser on its own: the diagnostic, the time, and what it allocates on this thread.
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var parsed = FactFileParser.Parse(Path, text, CancellationToken.None);
        watch.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var limit = Assert.Single(parsed.Diagnostics, d => d.Id == "FG0015");
        output.WriteLine($"{name}: {text.Length:N0} chars, refused in {watch.Elapsed.TotalMilliseconds:F0} ms, {allocated / 1024:N0} KB allocated: {limit.Message}");
        Assert.True(watch.Elapsed < Loose, $"{name} took {watch.Elapsed}");
        Assert.True(allocated < 64L * 1024 * 1024 + (4L * text.Length), $"{name} allocated {allocated:N0} bytes");
        Assert.StartsWith("Refused: ", limit.Message, StringComparison.Ordinal);
        Assert.EndsWith("; split the file or simplify it", limit.Message, StringComparison.Ordinal);

        // The whole generator, as the compiler runs it: FG0015, no fault, in time.
        var run = GeneratorOracle.Run([new StringAdditionalText(Path, text)]);
        Assert.Contains(run.Diagnostics, d => d.Id == "FG0015");
        Assert.Null(GeneratorOracle.Check(run, new Dictionary<string, string> { [Path] = text }));
    }

    /// <summary>The 50 MB file is refused by length, before the generator copies its text: the run allocates far less than the file.</summary>
    [Fact]
    public void FiftyMegabyteFileIsRefusedBeforeItIsCopied()
    {
        var text = Bomb("50-mb-file");
        var file = new StringAdditionalText(Path, text);
        GeneratorOracle.Run([file], compile: false);

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var run = GeneratorOracle.Run([file], compile: false);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("FG0015", diagnostic.Id);
        Assert.Equal("Refused: the file has 52,428,800 characters, more than the limit of 16,777,216; split the file or simplify it", diagnostic.GetMessage());
        Assert.Equal(0, diagnostic.Location.SourceSpan.Start);
        Assert.True(allocated < 16L * 1024 * 1024, $"allocated {allocated:N0} bytes for a {text.Length * 2L:N0}-byte text");
        Assert.True(run.Elapsed < Loose, $"took {run.Elapsed}");
    }

    /// <summary>
    /// Aliases within the limits are read as a shared graph: a 99,000-item expansion costs the reader
    /// the nodes the file itself has, counted (not timed: a loaded machine made a time bound flaky).
    /// </summary>
    [Fact]
    public void AliasesWithinTheLimitAreNotWalkedOverAndOver()
    {
        // One list of 990 names, aliased into 99 more actors' 'aliases': 99,000 expanded items.
        var sb = new StringBuilder("articles:\n  - id: a\n    file: articles/a.txt\nactors:\n");
        sb.Append("  - id: actor-0\n    name: Wagner\n    kind: person\n    aliases: &names [")
          .Append(string.Join(", ", Enumerable.Range(0, 990).Select(i => "n" + i))).Append("]\n    sources: [{article: a, line: 1, quote: Wagner}]\n");
        for (var i = 1; i < 100; i++)
        {
            sb.Append($"  - {{id: actor-{i}, name: Wagner, kind: person, aliases: *names, sources: [{{article: a, line: 1, quote: Wagner}}]}}\n");
        }

        var read = YamlTreeReader.Read(sb.ToString(), YamlLimits.Default, CancellationToken.None);
        Assert.Null(read.Problem);

        // The file's own nodes: 990 names once, about 20 per actor; each alias adds none (a copy would add 990).
        Assert.InRange(read.NodesBuilt, 990 + (100 * 10), 990 + (100 * 30));
        var actors = ((YamlSequence)((YamlMapping)read.Documents[0].Root!).Entries[1].Value).Items.Cast<YamlMapping>().ToList();
        var first = Aliases(actors[0]);
        Assert.Equal(990, first.Items.Count);
        Assert.All(actors.Skip(1), actor => Assert.Same(first, Aliases(actor)));

        // And the generator takes it whole: no diagnostic, generated code that compiles.
        var texts = new[] { new StringAdditionalText("/project/facts/articles/a.txt", "Wagner\n"), new StringAdditionalText("/project/facts/aliases.yaml", sb.ToString()) };
        var run = GeneratorOracle.Run(texts);
        Assert.True(run.Diagnostics.Count == 0, run.DiagnosticsText);
        Assert.True(run.CompileProblems is { Count: 0 }, string.Join("\n", run.CompileProblems ?? []));

        static YamlSequence Aliases(YamlMapping actor) =>
            (YamlSequence)actor.Entries.Single(e => e.Key is YamlScalar { Value: "aliases" }).Value;
    }

    /// <summary>Past 100,000 nodes added by aliases, the file is refused at the alias that crossed the limit.</summary>
    [Fact]
    public void AliasExpansionLimitIsExact()
    {
        // An anchored list of 999 items is 1,000 nodes; each alias of it adds 1,000.
        string File(int aliases) =>
            "x: &l [" + string.Join(", ", Enumerable.Repeat("a", 999)) + "]\n" +
            string.Concat(Enumerable.Range(0, aliases).Select(i => $"y{i}: *l\n"));

        var within = FactFileParser.Parse(Path, File(100), CancellationToken.None);
        Assert.DoesNotContain(within.Diagnostics, d => d.Id == "FG0015");

        var past = FactFileParser.Parse(Path, File(101), CancellationToken.None);
        var limit = Assert.Single(past.Diagnostics, d => d.Id == "FG0015");
        Assert.Equal("Refused: aliases that expand to more than 100,000 nodes; split the file or simplify it", limit.Message);
        Assert.Equal(101, limit.Location!.Value.StartLine);
    }

    /// <summary>Thousands of misquotes against a long article: FG0013 for each, within the time bound (the closest-passage search has a budget).</summary>
    [Fact]
    public void ManyMisquotesAgainstALongArticleStayBounded()
    {
        var line = string.Concat(Enumerable.Repeat("It is estimated that around 5,000 Wagner troops are stationed across Africa. ", 600));
        var article = string.Join("\n", Enumerable.Repeat(line, 20));
        var yaml = new StringBuilder("articles:\n  - id: a\n    file: articles/a.txt\nactors:\n");
        for (var i = 0; i < 2000; i++)
        {
            yaml.Append($"  - {{id: actor-{i}, name: A, kind: person, sources: [{{article: a, line: {1 + (i % 20)}, quote: \"around 5,000 Wagner troops are stationed across Asia {i}\"}}]}}\n");
        }

        var texts = new[] { new StringAdditionalText("/project/facts/articles/a.txt", article), new StringAdditionalText("/project/facts/quotes.yaml", yaml.ToString()) };
        GeneratorOracle.Run(texts, compile: false);
        var run = GeneratorOracle.Run(texts, compile: false);
        Assert.Equal(2000, run.Diagnostics.Count(d => d.Id == "FG0013"));
        Assert.Contains(run.Diagnostics, d => d.GetMessage().Contains("the closest passage is on line", StringComparison.Ordinal));
        Assert.True(run.Elapsed < TimeSpan.FromSeconds(4), $"took {run.Elapsed}");
        output.WriteLine($"2,000 misquotes against a {article.Length:N0}-char article: {run.Elapsed.TotalMilliseconds:F0} ms");
    }

    /// <summary>A quote and a line built to make a naive substring search quadratic are searched in linear time.</summary>
    [Fact]
    public void PathologicalQuoteSearchIsLinear()
    {
        var half = new string('a', 200_000);
        var quote = half + "b" + half;
        var line = new string('a', 1_000_000);
        var search = new QuoteSearch(quote);
        var watch = Stopwatch.StartNew();
        Assert.False(search.IsIn(line));
        Assert.True(new QuoteSearch("a" + quote).IsIn("x" + "a" + quote + "y"));
        Assert.True(watch.Elapsed < Loose, $"took {watch.Elapsed}");
    }

    /// <summary>The linear search finds exactly what IndexOf finds, for quotes that repeat themselves and quotes that do not.</summary>
    [Fact]
    public void QuoteSearchAgreesWithIndexOf()
    {
        var random = new FuzzRandom(FuzzSettings.Seed);
        for (var n = 0; n < 3000; n++)
        {
            var alphabet = random.Pick(["ab", "abc", "a b", "abcdefghijklmnopqrstuvwxyz "]);
            string Make(int length) => new(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var quote = random.Chance(50) ? string.Concat(Enumerable.Repeat(Make(random.Next(1, 6)), random.Next(10, 60))) + Make(random.Next(0, 4)) : Make(random.Next(1, 200));
            var line = random.Chance(50) ? Make(random.Next(0, 600)) : Make(random.Next(0, 100)) + quote + Make(random.Next(0, 100));
            if (random.Chance(30) && line.Length > 0)
            {
                line = line.Remove(random.Next(line.Length), 1);
            }

            Assert.Equal(line.Contains(quote, StringComparison.Ordinal), new QuoteSearch(quote).IsIn(line));
        }
    }

    /// <summary>Thousands of unknown long ids against thousands of declared ones: FG0007 for each, quickly (did-you-mean has a budget).</summary>
    [Fact]
    public void ManyUnknownReferencesStayBounded()
    {
        var id = new string('x', 200);
        var yaml = new StringBuilder("articles:\n  - id: a\n    file: articles/a.txt\nactors:\n");
        for (var i = 0; i < 3000; i++)
        {
            yaml.Append($"  - {{id: {id}-{i}, name: A, kind: person, affiliated-with: [{id}-{i}-unknown], sources: [{{article: a, line: 1, quote: Wagner}}]}}\n");
        }

        var texts = new[] { new StringAdditionalText("/project/facts/articles/a.txt", "Wagner\n"), new StringAdditionalText("/project/facts/refs.yaml", yaml.ToString()) };
        GeneratorOracle.Run(texts, compile: false);
        var run = GeneratorOracle.Run(texts, compile: false);
        Assert.Equal(3000, run.Diagnostics.Count(d => d.Id == "FG0007"));
        Assert.True(run.Elapsed < TimeSpan.FromSeconds(4), $"took {run.Elapsed}");
        output.WriteLine($"3,000 unknown references among 3,000 long ids: {run.Elapsed.TotalMilliseconds:F0} ms");
    }

    /// <summary>The token is cancelled while the generator reads a large fact file: the run ends with OperationCanceledException.</summary>
    [Theory]
    [InlineData("fact file")]
    [InlineData("article")]
    public void CancellingMidRunThrowsOperationCanceled(string cancelWhenReading)
    {
        using var cancellation = new CancellationTokenSource();
        var yaml = LargeValidFactFile(records: 5_000);
        var article = string.Join("\n", Enumerable.Repeat("Wagner fighters are in Mali.", 50_000));
        AdditionalText[] texts =
        [
            new CancellingAdditionalText("/project/facts/articles/a.txt", article, cancelWhenReading == "article" ? cancellation : null),
            new CancellingAdditionalText("/project/facts/big.yaml", yaml, cancelWhenReading == "fact file" ? cancellation : null),
        ];

        var driver = CSharpGeneratorDriver.Create([new FactsGenerator().AsSourceGenerator()], texts, GeneratorHarness.ParseOptions, new TestOptionsProvider(new Dictionary<string, string> { ["FactsNamespace"] = "Demo.Facts" }));
        var cancelledAt = 0L;
        cancellation.Token.Register(() => cancelledAt = Stopwatch.GetTimestamp());
        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(GeneratorHarness.CreateCompilation(), cancellation.Token));
        var honouredAfter = Stopwatch.GetElapsedTime(cancelledAt);
        Assert.True(honouredAfter < Loose, $"cancellation took {honouredAfter} to be honoured");
    }

    /// <summary>A cancellation at a random moment of a large run: OperationCanceledException or a finished run, never FG9999 or a hang.</summary>
    [Fact]
    public void CancellingAtRandomMomentsNeverFaults()
    {
        var yaml = LargeValidFactFile(records: 2_000);
        var texts = new AdditionalText[] { new StringAdditionalText("/project/facts/articles/a.txt", "Wagner fighters are in Mali.\n"), new StringAdditionalText("/project/facts/big.yaml", yaml) };
        var cancelled = 0;
        foreach (var delay in new[] { 0, 1, 2, 5, 10, 20, 50, 100, 200 })
        {
            using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(delay));
            var driver = CSharpGeneratorDriver.Create([new FactsGenerator().AsSourceGenerator()], texts, GeneratorHarness.ParseOptions, new TestOptionsProvider(new Dictionary<string, string> { ["FactsNamespace"] = "Demo.Facts" }));
            try
            {
                var result = driver.RunGenerators(GeneratorHarness.CreateCompilation(), cancellation.Token).GetRunResult();
                Assert.DoesNotContain(result.Diagnostics, d => d.Id is "FG9999" or "CS8785");
                Assert.Null(result.Results.Single().Exception);
            }
            catch (OperationCanceledException)
            {
                cancelled++;
            }
        }

        Assert.True(cancelled > 0, "no run was cancelled");
    }

    /// <summary>Each stage checks the token: parsing, the cross-file index, quote checking and reading articles.</summary>
    [Fact]
    public void EveryStageHonoursACancelledToken()
    {
        var cancelled = new CancellationToken(canceled: true);
        var yaml = LargeValidFactFile(records: 200);
        Assert.ThrowsAny<OperationCanceledException>(() => FactFileParser.Parse("/project/facts/big.yaml", yaml, cancelled));

        var parsed = FactFileParser.Parse("/project/facts/big.yaml", yaml, CancellationToken.None);
        Assert.ThrowsAny<OperationCanceledException>(() => FactIndexBuilder.Build([FileSummary.Create(parsed, FactsGen.Schema.FactSchema.BuiltIn)], ["/project/facts/articles/a.txt"], FactsGen.Schema.FactSchema.BuiltIn, cancelled));

        var article = ArticleText.Create("/project/facts/articles/a.txt", "Wagner fighters are in Mali.\n");
        var lookup = new ArticleLookup(EquatableArray.Create(new ResolvedArticle("a", article)));
        Assert.ThrowsAny<OperationCanceledException>(() => QuoteVerifier.Verify(CitationSet.Of(parsed), lookup, cancelled));

        Assert.ThrowsAny<OperationCanceledException>(() => ArticleText.Create("/project/facts/articles/a.txt", string.Join("\n", Enumerable.Repeat("x", 5000)), cancelled));
    }

    private static string LargeValidFactFile(int records)
    {
        var sb = new StringBuilder("articles:\n  - id: a\n    file: articles/a.txt\nactors:\n");
        for (var i = 0; i < records; i++)
        {
            sb.Append($"  - id: actor-{i}\n    name: Actor {i}\n    kind: person\n    aliases: [One, Two, Three]\n    sources:\n      - {{article: a, line: 1, quote: Wagner fighters}}\n");
        }

        return sb.ToString();
    }

    private static string Bomb(string name)
    {
        switch (name)
        {
            case "billion-laughs":
            {
                var sb = new StringBuilder("a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
                var previous = 'a';
                foreach (var c in "bcdefghi")
                {
                    sb.Append($"{c}: &{c} [{string.Join(", ", Enumerable.Repeat("*" + previous, 9))}]\n");
                    previous = c;
                }

                return sb.ToString();
            }

            case "wide-alias":
                return "x: &x [" + string.Join(", ", Enumerable.Repeat("lol", 1000)) + "]\ny: [" + string.Join(", ", Enumerable.Repeat("*x", 10_000)) + "]\n";
            case "flow-sequences-10000-deep":
                return "actors: " + new string('[', 10_000) + new string(']', 10_000) + "\n";
            case "flow-mappings-10000-deep":
                return "actors: " + new StringBuilder().Insert(0, "{a: ", 10_000).Append('1').Append('}', 10_000) + "\n";
            case "block-sequences-10000-deep":
                return "actors:\n" + new StringBuilder().Insert(0, "- ", 10_000).Append("x\n");
            case "block-mappings-5000-deep":
            {
                // Each level one space deeper: 5,000 levels are 12.5 million characters of indentation
                // (10,000 would pass the file-size limit), so the refusal at depth 64 must come before
                // the scanner reads them all.
                var sb = new StringBuilder();
                for (var i = 0; i < 5_000; i++)
                {
                    sb.Append(' ', i).Append("k:\n");
                }

                return sb.ToString();
            }

            case "unclosed-brackets-100000":
                return "actors: " + new string('[', 100_000);
            case "recursive-alias":
                return "actors: &a [*a]\n";
            case "huge-value":
                return "actors:\n  - id: x\n    name: " + new string('x', 2 * 1024 * 1024) + "\n";
            case "50-mb-file":
                return "# " + new string('x', 50 * 1024 * 1024 - 3) + "\n";
            default:
                throw new ArgumentOutOfRangeException(nameof(name));
        }
    }

    /// <summary>An AdditionalFile that cancels a token when the generator reads it: a cancellation in the middle of a run, deterministically.</summary>
    private sealed class CancellingAdditionalText(string path, string text, CancellationTokenSource? cancelOnRead) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            cancelOnRead?.Cancel();
            return _text;
        }
    }
}
