using FactsGen.FuzzTests.Fuzzing;
using FactsGen.Tests.Infrastructure;
using Xunit.Abstractions;

namespace FactsGen.FuzzTests;

/// <summary>
/// Generated valid fact bases (the fuzzer's other seed corpus) are accepted as they are: no
/// diagnostic at all, generated code that compiles with no warning, and every value of every field
/// of every record, read back at run time, exactly what the YAML says (nothing lost, nothing
/// altered). Seeded like the fuzz tests: FACTSGEN_FUZZ_SEED replays a failing base.
/// </summary>
public class GeneratedBaseTests(ITestOutputHelper output)
{
    [Fact]
    public void GeneratedBasesAreAcceptedAndEveryValueReachesTheGeneratedCode()
    {
        var count = Math.Clamp(FuzzSettings.Count(300) / 10, 1, 500);
        for (var i = 0; i < count; i++)
        {
            var seed = FuzzRandom.CaseSeed(FuzzSettings.Seed, i);
            var generated = FactBaseGenerator.Generate(new FuzzRandom(seed));
            var texts = generated.Base.ToAdditionalTexts();
            var run = GeneratorOracle.Run(texts, compile: false);
            var where = $"seed {FuzzSettings.Format(seed)} (replay: FACTSGEN_FUZZ_SEED={FuzzSettings.Format(seed)} FACTSGEN_FUZZ_COUNT=10)\n{generated.Base.Describe()}";
            Assert.True(run.Diagnostics.Count == 0, $"a valid generated base has diagnostics:\n{run.DiagnosticsText}\n{where}");
            Assert.True(run.Elapsed < GeneratorOracle.Bound, $"took {run.Elapsed}\n{where}");

            // Emitting fails on any error or warning (warnings are errors, XML doc checked): one compile does both.
            var actual = RuntimeValues.Read(GeneratorOracle.Empty.AddSyntaxTrees(run.Result.GeneratedTrees), GeneratorHarness.Namespace);
            Assert.Equal(generated.Facts.Count, actual.Facts.Count);
            foreach (var expected in generated.Facts)
            {
                var record = actual.Get(expected.Section, expected.Id);
                foreach (var (field, values) in expected.Fields)
                {
                    Assert.True(record.Fields.TryGetValue(field, out var got), $"{expected.Section} '{expected.Id}': '{field}' is lost\n{where}");
                    Assert.True(values.SequenceEqual(got!), $"{expected.Section} '{expected.Id}': '{field}' is [{Show(got!)}], the YAML says [{Show(values)}]\n{where}");
                }

                var extra = record.Fields.Keys.Except(expected.Fields.Keys).ToList();
                Assert.True(extra.Count == 0, $"{expected.Section} '{expected.Id}': values the YAML does not give: {string.Join(", ", extra)}\n{where}");
            }
        }

        output.WriteLine($"{count} generated fact bases accepted, every value read back at run time");
    }

    private static string Show(IEnumerable<string> values) => string.Join(", ", values.Select(v => "'" + Mutator.Escape(v) + "'"));
}
