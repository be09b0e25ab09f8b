using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using Xunit.Abstractions;

namespace FactsGen.FuzzTests.Fuzzing;

/// <summary>One fuzz input: the fact base, and how it was made (seed and mutation log).</summary>
public sealed record FuzzInput(FactBase Base, IReadOnlyList<string> Log);

/// <summary>
/// Runs a fuzz test: case i of a run uses seed <see cref="FuzzRandom.CaseSeed"/>(base, i), makes its
/// input from that seed alone, and checks it with <see cref="GeneratorOracle"/>. A failing case is
/// printed with its seed, its mutation log and its files, and saved under the test output folder
/// (fuzz-failures/NAME-SEED/) in the layout of a regression case: copy that folder into
/// tests/FactsGen.FuzzTests/Regressions/ to keep it.
/// </summary>
public static class FuzzLoop
{
    private const int MaxFailures = 3;

    public static string FailureRoot => Path.Combine(AppContext.BaseDirectory, "fuzz-failures");

    public static void Run(string name, int ciCount, Func<FuzzRandom, FuzzInput> makeInput, ITestOutputHelper output)
    {
        var count = FuzzSettings.Count(ciCount);
        var baseSeed = FuzzSettings.Seed;
        var failures = new List<string>();
        var ids = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var compiled = 0;
        var slowest = TimeSpan.Zero;
        var slowestSeed = baseSeed;
        var total = Stopwatch.StartNew();
        var ran = 0;
        for (var i = 0; i < count && failures.Count < MaxFailures; i++, ran++)
        {
            var seed = FuzzRandom.CaseSeed(baseSeed, i);
            FuzzInput input;
            try
            {
                input = makeInput(new FuzzRandom(seed));
            }
            catch (Exception e)
            {
                failures.Add($"case {i}, seed {FuzzSettings.Format(seed)}: making the input failed (a harness bug): {e}");
                continue;
            }

            var problem = RunOne(input.Base, out var run);
            if (run is not null)
            {
                if (run.Elapsed > slowest)
                {
                    slowest = run.Elapsed;
                    slowestSeed = seed;
                }

                compiled += run.CompileProblems is null ? 0 : 1;
                foreach (var id in run.Diagnostics.Select(d => d.Id).Distinct())
                {
                    ids[id] = ids.GetValueOrDefault(id) + 1;
                }
            }

            if (problem is not null)
            {
                failures.Add(Report(name, i, seed, input, problem, run));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {ran} inputs from seed {FuzzSettings.Format(baseSeed)} in {total.Elapsed.TotalSeconds:F1} s; slowest generator run {slowest.TotalMilliseconds:F0} ms (seed {FuzzSettings.Format(slowestSeed)}); {compiled} compiled; inputs per diagnostic id: {string.Join(", ", ids.Select(p => p.Key + " " + p.Value))}"));
        if (failures.Count > 0)
        {
            var message = string.Join("\n\n", failures);
            output.WriteLine(message);
            Assert.Fail(message);
        }
    }

    /// <summary>Runs one fact base through the oracle; null when it passes, else what is wrong.</summary>
    public static string? RunOne(FactBase factBase, out OracleRun? run)
    {
        run = null;
        try
        {
            var texts = factBase.ToAdditionalTexts();
            run = GeneratorOracle.Run(texts);
            if (run.Elapsed > GeneratorOracle.Bound)
            {
                // A hang repeats; a hiccup of a loaded machine does not: time a second run and keep the faster.
                var again = GeneratorOracle.Run(texts);
                run = again.Elapsed < run.Elapsed ? again : run;
            }

            return GeneratorOracle.Check(run, texts.ToDictionary(t => t.Path, t => t.GetText()!.ToString(), StringComparer.Ordinal));
        }
        catch (Exception e)
        {
            return "an exception escaped the driver: " + e;
        }
    }

    private static string Report(string name, int index, ulong seed, FuzzInput input, string problem, OracleRun? run)
    {
        var folder = Path.Combine(FailureRoot, $"{name}-{FuzzSettings.Format(seed)}");
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"FUZZ FAILURE in {name}, case {index}: replay with FACTSGEN_FUZZ_SEED={FuzzSettings.Format(seed)} FACTSGEN_FUZZ_COUNT=1 dotnet test tests/FactsGen.FuzzTests --filter \"FullyQualifiedName~{name}\"\n");
        sb.Append("problem:\n  ").Append(problem.Replace("\n", "\n  ", StringComparison.Ordinal)).Append('\n');
        sb.Append("mutations:\n  ").Append(string.Join("\n  ", input.Log)).Append('\n');
        if (run is not null)
        {
            sb.Append("diagnostics:\n  ").Append(run.DiagnosticsText.Replace("\n", "\n  ", StringComparison.Ordinal)).Append('\n');
        }

        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            input.Base.Save(folder);
            File.WriteAllText(Path.Combine(folder, "FAILURE.md"), "```\n" + sb + "```\n");
            sb.Append("saved to ").Append(folder).Append(" (copy it into tests/FactsGen.FuzzTests/Regressions/ to keep it as a regression case)\n");
        }
        catch (IOException e)
        {
            sb.Append("could not save the input: ").Append(e.Message).Append('\n');
        }

        sb.Append("input:\n").Append(input.Base.Describe());
        return sb.ToString();
    }
}
