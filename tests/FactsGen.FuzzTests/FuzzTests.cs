using FactsGen.FuzzTests.Fuzzing;
using Xunit.Abstractions;

namespace FactsGen.FuzzTests;

/// <summary>
/// The fuzz suite (issue 3 §1). Every input must pass <see cref="GeneratorOracle"/>: no exception
/// escapes (no CS8785, no FG9999), the generator finishes within the per-input bound, and either an
/// FG error is reported or the generated code compiles with no error or warning. CI runs the fixed
/// default seed; FACTSGEN_FUZZ_COUNT raises the number of inputs, FACTSGEN_FUZZ_SEED replays one.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    /// <summary>Mutations of the real fact base under facts/.</summary>
    [Fact]
    public void MutatedRealFacts() =>
        FuzzLoop.Run(nameof(MutatedRealFacts), ciCount: 1200, random =>
        {
            var (mutated, log) = Mutator.Mutate(random, FactBase.Real);
            return new FuzzInput(mutated, log);
        }, output);

    /// <summary>Mutations of generated valid fact bases (every field, every YAML style).</summary>
    [Fact]
    public void MutatedGeneratedFacts() =>
        FuzzLoop.Run(nameof(MutatedGeneratedFacts), ciCount: 1000, random =>
        {
            var generated = FactBaseGenerator.Generate(random);
            var (mutated, log) = Mutator.Mutate(random, generated.Base);
            return new FuzzInput(mutated, log);
        }, output);
}
