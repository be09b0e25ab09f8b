using FactsGen.FuzzTests.Fuzzing;
using Xunit.Abstractions;

namespace FactsGen.FuzzTests;

/// <summary>
/// Fuzzing of declared kinds (docs/fact-files.md §6): fact bases whose <c>kinds</c> sections are generated valid
/// and broken by <see cref="KindBaseGenerator"/>, with records of those kinds, as generated and then
/// mutated by <see cref="Mutator"/>. Every input must pass <see cref="GeneratorOracle"/> as in
/// <see cref="FuzzTests"/>: no exception or FG9999, within the bound, and either an FG error or
/// generated code that compiles cleanly. FACTSGEN_FUZZ_COUNT and FACTSGEN_FUZZ_SEED as there.
/// </summary>
public class KindFuzzTests(ITestOutputHelper output)
{
    /// <summary>Generated declarations and records, unmutated: the kind rules and the emitters of declared kinds.</summary>
    [Fact]
    public void GeneratedKinds() =>
        FuzzLoop.Run(nameof(GeneratedKinds), ciCount: 150, random => new FuzzInput(KindBaseGenerator.Generate(random), ["generated kinds"]), output);

    /// <summary>The same, mutated the ways editors and tools break files.</summary>
    [Fact]
    public void MutatedGeneratedKinds() =>
        FuzzLoop.Run(nameof(MutatedGeneratedKinds), ciCount: 150, random =>
        {
            var generated = KindBaseGenerator.Generate(random);
            var (mutated, log) = Mutator.Mutate(random, generated);
            return new FuzzInput(mutated, log);
        }, output);

    /// <summary>
    /// The generator is worth its inputs: with the CI seed, some generated bases are valid and compile
    /// (declared kinds emitted, reverses and all), and others break each family of kind rules.
    /// </summary>
    [Fact]
    public void GeneratedKindsReachBothOutcomes()
    {
        var compiled = 0;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var messages = new List<string>();
        for (var i = 0; i < 80; i++)
        {
            var factBase = KindBaseGenerator.Generate(new FuzzRandom(FuzzRandom.CaseSeed(FuzzSettings.DefaultSeed, i)));
            var run = GeneratorOracle.Run(factBase.ToAdditionalTexts());
            if (!run.HasFgError && run.CompileProblems is { Count: 0 } && run.Result.GeneratedTrees.Any(t => t.FilePath.Contains("FactsGen.Catalog.", StringComparison.Ordinal) && !t.FilePath.Contains("Catalog.Actors", StringComparison.Ordinal) && !t.FilePath.Contains("Catalog.Articles", StringComparison.Ordinal) && !t.FilePath.Contains("Catalog.Deployments", StringComparison.Ordinal) && !t.FilePath.Contains("Catalog.Sanctions", StringComparison.Ordinal)))
            {
                compiled++;
            }

            foreach (var d in run.Diagnostics)
            {
                ids.Add(d.Id);
                if (d.Id == "FG0016") messages.Add(d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        output.WriteLine($"compiled with a declared kind: {compiled}; ids: {string.Join(", ", ids.Order(StringComparer.Ordinal))}");
        Assert.True(compiled >= 5, $"only {compiled} of 80 generated bases compiled with a declared kind");
        Assert.Contains("FG0016", ids);
        Assert.Contains("FG0003", ids);
        Assert.Contains("FG0004", ids);
        foreach (var rule in new[] { "unknown type", "names no kind", "would generate the type", "collides with a property", "is only for", "the summary", "may not be named", "built-in section" })
        {
            Assert.True(messages.Any(m => m.Contains(rule, StringComparison.Ordinal)), $"no FG0016 '{rule}' among {messages.Count} FG0016 messages");
        }
    }
}
