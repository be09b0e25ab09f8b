using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using FactsGen.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using YamlDotNet.RepresentationModel;

namespace FactsGen.Bench;

/// <summary>
/// FactsGen's benchmarks, side by side in one run (see bench/README.md):
/// <c>--quick</c> (under 5 minutes), the full run (writes bench/results/latest.md), <c>--bdn</c>
/// (BenchmarkDotNet's own switcher over the benchmarks here; any further arguments go to it).
/// </summary>
public static class Program
{
    internal const int Files = 100;

    /// <summary>Bases up to this size have their cold/parse figure timed by BenchmarkDotNet (a cold run takes tens of milliseconds).</summary>
    private const int BenchmarkDotNetUpTo = 1_000;

    public static int Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        if (args.Contains("--bdn"))
        {
            return Micro.Run(args.Where(a => a != "--bdn").ToArray());
        }

        if (args.Contains("--cold-vs-parse"))
        {
            return ColdVsParseFigure.RunChild(args);
        }

        if (args.Contains("--pieces"))
        {
            return Pieces.Run(args);
        }

        if (args.Contains("--profile"))
        {
            return Profile.Run(args);
        }

        if (args.Length == 3 && args[0] == "--write-base")
        {
            // A synthetic base on disk (facts/ and articles), for experiments with a real build or csc.
            SyntheticFactBase.Create(int.Parse(args[1], CultureInfo.InvariantCulture), Files).WriteTo(args[2]);
            return 0;
        }

        if (args.Contains("--lsp"))
        {
            // The language server's figures alone, on the 10k base (they are part of every run too).
            var lspReport = new Report(args.Contains("--quick"));
            var lspWork = Path.Combine(Path.GetTempPath(), "factsgen-bench-lsp-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            try
            {
                LanguageServerBench.Run(lspReport, SyntheticFactBase.Create(10_000, Files), lspWork, args.Contains("--quick"));
            }
            finally
            {
                Directory.Delete(lspWork, recursive: true);
            }

            lspReport.Summary();
            return 0;
        }

        var quick = args.Contains("--quick");
        var skipBuild = args.Contains("--no-build");
        var sizesAt = Array.IndexOf(args, "--sizes");
        var sizes = sizesAt >= 0 && sizesAt + 1 < args.Length
            ? args[sizesAt + 1].Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray()
            : args.Contains("--small") ? new[] { 1_000, 10_000 } : new[] { 1_000, 10_000, 100_000 };
        var report = new Report(quick);
        var total = Stopwatch.StartNew();
        report.Line($"# FactsGen benchmarks ({(quick ? "quick" : "full")}), {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        report.Line("harness: own (Stopwatch; warm-up runs (at least 3 s, for tier-1 JIT), then n measured runs each after a full GC, median; generator and parser runs interleaved in pairs so noise hits both, each timed run after an untimed run of the same work; server GC as in csc); BenchmarkDotNet 0.15.8 times cold/parse at 1k, in a process of its own (its runs take tens of ms), and the pieces with --bdn; it would take far more than 5 minutes for 100k");

        var work = Path.Combine(Path.GetTempPath(), "factsgen-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(work);
        try
        {
            var cold = new Dictionary<int, double>();
            SyntheticFactBase? tenK = null;
            SyntheticFactBase? hundredK = null;
            foreach (var size in sizes)
            {
                var sw = Stopwatch.StartNew();
                var facts = SyntheticFactBase.Create(size, Files);
                if (size == 10_000) tenK = facts;
                if (size == 100_000) hundredK = facts;
                var bytes = facts.YamlFiles.Sum(f => (long)f.Text.Length);
                report.Info($"base {K(size)}: {facts.Facts} facts ({facts.ActorCount} actors, {facts.DeploymentCount} deployments, {facts.SanctionCount} sanctions, {facts.EventCount} events, {facts.StatementCount} statements) in {facts.FileCount} files + articles.yaml + kinds.yaml, {facts.ArticleTexts.Count} articles, {bytes / 1024.0 / 1024.0:F1} MiB of YAML (made in {sw.ElapsedMilliseconds} ms)");
                cold[size] = MeasureSize(report, facts, quick, work);
            }

            var steps = tenK ?? SyntheticFactBase.Create(10_000, Files);
            MeasureSteps(report, steps);

            if (tenK is not null)
            {
                MeasureFirstFact(report, tenK, Path.Combine(work, "first-fact"), quick);
                LanguageServerBench.Run(report, tenK, Path.Combine(work, "lsp"), quick);
            }

            if (!skipBuild)
            {
                var buildFacts = hundredK ?? SyntheticFactBase.Create(100_000, Files);

                // The same consumer without FactsGen and facts, built the same way, around the 100k
                // build (before and after, so both see the same load); the faster of the two counts.
                var emptyBefore = BuildScale.RunEmpty(work, report.Info);
                var figures = BuildScale.Run(buildFacts, work, FindRepoRoot(), report.Info);
                var emptyAfter = BuildScale.RunEmpty(work, report.Info);
                var empty = Math.Min(emptyBefore.Seconds, emptyAfter.Seconds);
                report.Info($"build-empty: {emptyBefore.Seconds:F1} s before, {emptyAfter.Seconds:F1} s after the 100k build; compiler peak {Math.Max(emptyBefore.CompilerPeakMb, emptyAfter.CompilerPeakMb):F0} MB; `{emptyBefore.Command}`");
                report.Figure("build-empty seconds", empty, "F1", null);
                report.Figure("build-100k seconds", figures.Seconds, "F1", "< 180");
                report.Figure("ratio build-100k/build-empty", figures.Seconds / empty, "F1", "<= 10");
                report.Figure("build-100k peak-mb", figures.CompilerPeakMb, "F0", "<= 1024");
                report.Info($"build-100k: the compiler process lived {figures.CompilerSeconds:F0} s of it ({figures.CompilerProcesses} compiler process(es) seen); {figures.InputFiles} fact and article files; attempt {figures.Attempts}; `{figures.Command}`");
            }
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }

        report.Line($"total seconds = {total.Elapsed.TotalSeconds:F0}");
        report.Summary();
        if (!quick)
        {
            var path = Path.Combine(FindRepoRoot(), "bench", "results", "latest.md");
            report.WriteMarkdown(path, Machine());
            Console.WriteLine($"wrote {path}");
        }

        return 0;
    }

    /// <summary>Cold generator runs vs YamlDotNet parsing, then a one-file edit; returns the cold median.</summary>
    private static double MeasureSize(Report report, SyntheticFactBase facts, bool quick, string work)
    {
        var size = K(facts.Facts);
        var texts = GeneratorRunner.Texts(facts);
        var yaml = facts.YamlFiles.Select(f => f.Text).ToList();
        var compilation = GeneratorRunner.Compilation("class Existing { }");

        // Checked once, untimed: the synthetic base is clean and the generated code compiles.
        var check = GeneratorRunner.Cold(texts, compilation);
        var run = check.GetRunResult();
        if (!run.Diagnostics.IsEmpty)
        {
            throw new InvalidOperationException($"{size}: the synthetic fact base has diagnostics: {string.Join("; ", run.Diagnostics.Take(5))}");
        }

        var generatedChars = run.Results.Single().GeneratedSources.Sum(s => (long)s.SourceText.Length);
        var generatedBytes = run.Results.Single().GeneratedSources.Sum(s => (long)System.Text.Encoding.UTF8.GetByteCount(s.SourceText.ToString()));
        report.Info($"{size}: {run.Results.Single().GeneratedSources.Length} generated sources, {generatedChars / 1024.0 / 1024.0:F1} Mi chars");
        if (facts.Facts >= 10_000)
        {
            // What the compiler reads: the generated sources as UTF-8 files, in MB (10^6 bytes).
            report.Figure($"generated-source-mb [{size}]", generatedBytes / 1e6, "F1", null);
        }

        check = null;
        run = null;

        var (warmup, iterations) = facts.Facts switch
        {
            // A 1k run takes 20-60 ms, and 1,000 page faults add 10-20 ms to it: more runs, cheaply.
            <= 1_000 => (10, 15),
            <= 10_000 => (3, quick ? 7 : 9),
            _ => (1, quick ? 3 : 5),
        };

        var paired = Paired(
            $"cold-{size}", () => GeneratorRunner.Cold(texts, compilation),
            $"parse-{size}", () => ParseAll(yaml),
            warmup, iterations);
        var (coldSample, parseSample) = (paired.A, paired.B);
        report.Sample(coldSample);
        report.Sample(parseSample);
        report.Sample(paired.AAfterB);
        report.Sample(paired.BAfterA);
        report.Info($"{size}: runs right after the other work (untimed for the figure): ratio of medians {paired.AAfterB.Median / paired.BAfterA.Median:F2}");

        // The ratio of each pair (measured back to back, so under the same load), then the median.
        var coldParse = PairRatio(coldSample, parseSample);
        report.Info($"{size}: ratio of medians {coldSample.Median / parseSample.Median:F2}, median of pair ratios {coldParse:F2}");
        if (facts.Facts <= BenchmarkDotNetUpTo)
        {
            // A run of tens of milliseconds is BenchmarkDotNet's ground; the own harness's figure,
            // each run after a full collection, is printed beside it.
            report.Figure($"ratio cold/parse each-run-after-gc [{size}]", coldParse, "F2", null);
            var bdn = ColdVsParseFigure.Run(facts.Facts, quick ? 9 : 15, Path.Combine(work, "bdn-" + size));
            report.Sample(new Sample($"cold-{size} (BenchmarkDotNet, per run, 32 runs an iteration)", bdn.Cold.MillisecondsPerRun));
            report.Sample(new Sample($"parse-{size} (BenchmarkDotNet, per run, 32 runs an iteration)", bdn.Parse.MillisecondsPerRun));
            report.Info($"{size}, BenchmarkDotNet (a process of its own): means {bdn.Cold.MeanMilliseconds:F1} and {bdn.Parse.MeanMilliseconds:F1} ms, {MiB(bdn.Cold.BytesPerRun)} and {MiB(bdn.Parse.BytesPerRun)} MiB allocated per run");
            report.Figure($"ratio cold/parse [{size}]", bdn.Ratio, "F2", "<= 1.5");
        }
        else
        {
            report.Figure($"ratio cold/parse [{size}]", coldParse, "F2", "<= 1.5");
        }

        // One of the 100 fact files changes (a value: ids and references stay), the driver re-runs.
        var driver = GeneratorRunner.Cold(texts, compilation);
        var target = texts.First(t => t.Path.EndsWith("/region-050.yaml", StringComparison.Ordinal));
        var edited = new GeneratorRunner.MemoryText(target.Path, SyntheticFactBase.EditValue(target.GetText()!.ToString()));
        var edit = Harness.Measure($"edit-{size}", warmup, iterations + 2, () => driver.ReplaceAdditionalText(target, edited).RunGenerators(compilation));
        report.Sample(edit);
        report.Figure($"ratio edit/cold [{size}]", edit.Median / coldSample.Median, "F3", "<= 0.1");

        // A structural edit: a new actor in that file, so the cross-file index is rebuilt.
        var added = new GeneratorRunner.MemoryText(target.Path, SyntheticFactBase.AddActor(target.GetText()!.ToString(), "new-actor-bench"));
        var add = Harness.Measure($"edit-add-{size}", warmup, iterations, () => driver.ReplaceAdditionalText(target, added).RunGenerators(compilation));
        report.Sample(add);
        report.Figure($"ratio edit-add/cold [{size}]", add.Median / coldSample.Median, "F3", null);

        // A field's doc edited in kinds.yaml: the kinds change, so every fact file is checked again (docs/fact-files.md §6).
        if (facts.KindsFile is { } kindsFile)
        {
            var kinds = texts.First(t => t.Path.EndsWith("/" + kindsFile.Path, StringComparison.Ordinal));
            var kindsEdited = new GeneratorRunner.MemoryText(kinds.Path, SyntheticFactBase.EditKindDoc(kinds.GetText()!.ToString()));
            var kindsEdit = Harness.Measure($"kinds-edit-{size}", warmup, iterations, () => driver.ReplaceAdditionalText(kinds, kindsEdited).RunGenerators(compilation));
            report.Sample(kindsEdit);
            report.Figure($"ratio kinds-edit/cold [{size}]", kindsEdit.Median / coldSample.Median, "F3", null);
            if (facts.Facts >= 100_000)
            {
                report.Figure("ratio kinds-edit/cold", kindsEdit.Median / coldSample.Median, "F3", null);
            }
        }

        // An unrelated C# edit.
        var csEdited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { int X => 1; }", GeneratorRunner.ParseOptions, path: "/project/Unrelated.cs"));
        var cs = Harness.Measure($"cs-edit-{size}", warmup, iterations + 2, () => driver.RunGenerators(csEdited));
        report.Sample(cs);
        report.Figure($"cs-edit ms [{size}]", cs.Median, "F2", null);

        if (facts.Facts >= 100_000)
        {
            report.Figure("ratio cold/parse", coldParse, "F2", "<= 1.5");
            report.Figure("ratio edit/cold", edit.Median / coldSample.Median, "F3", "<= 0.1");
            report.Figure("cs-edit ms", cs.Median, "F2", null);
        }

        return coldSample.Median;
    }

    /// <summary>With step tracking on: what re-runs after a C# edit and after a one-file edit.</summary>
    private static void MeasureSteps(Report report, SyntheticFactBase facts)
    {
        var texts = GeneratorRunner.Texts(facts);
        var compilation = GeneratorRunner.Compilation("class Existing { }");
        var driver = GeneratorRunner.Cold(texts, compilation, track: true);

        var csEdited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { int X => 1; }", GeneratorRunner.ParseOptions, path: "/project/Unrelated.cs"));
        var afterCs = GeneratorRunner.NotCached(driver.RunGenerators(csEdited));
        report.Figure("steps-after-cs-edit", afterCs.Values.Sum(), "F0", "== 0");
        if (afterCs.Count > 0)
        {
            report.Info("steps-after-cs-edit: " + GeneratorRunner.Describe(afterCs));
        }

        var target = texts.First(t => t.Path.EndsWith("/region-050.yaml", StringComparison.Ordinal));
        var edited = driver.ReplaceAdditionalText(target, new GeneratorRunner.MemoryText(target.Path, SyntheticFactBase.EditValue(target.GetText()!.ToString()))).RunGenerators(compilation);
        var reran = GeneratorRunner.ReRan(edited);
        report.Info($"steps-after-file-edit ({K(facts.Facts)}, 1 of {facts.FileCount + 1} files, New/Modified outputs): {GeneratorRunner.Describe(reran)}");
        report.Figure("steps-after-file-edit", reran.Values.Sum(), "F0", null);

        var added = driver.ReplaceAdditionalText(target, new GeneratorRunner.MemoryText(target.Path, SyntheticFactBase.AddActor(target.GetText()!.ToString(), "new-actor-bench"))).RunGenerators(compilation);
        report.Info($"steps-after-add-fact ({K(facts.Facts)}, New/Modified outputs): {GeneratorRunner.Describe(GeneratorRunner.ReRan(added))}");
    }

    private static void MeasureFirstFact(Report report, SyntheticFactBase facts, string directory, bool quick)
    {
        var sw = Stopwatch.StartNew();
        var firstFact = FirstFact.Prepare(facts, directory);
        report.Info($"first-fact: {K(facts.Facts)} facts generated and compiled once in {sw.Elapsed.TotalSeconds:F1} s ({firstFact.AssemblyBytes / 1024} KiB)");
        var iterations = quick ? 7 : 15;
        var generated = Harness.MeasureTimed("first-fact-generated (property)", 2, iterations, () => firstFact.Generated("Property"));
        var byId = Harness.MeasureTimed("first-fact-generated (Get by id)", 2, iterations, () => firstFact.Generated("ById"));
        var all = Harness.MeasureTimed("first-fact-generated (All)", 1, quick ? 3 : 7, () => firstFact.Generated("All"));
        // YAML as a fresh process pays it: its code compiled on first use, like the generated side's,
        // after one untimed run (the generated side has two), so the process's own first uses of file
        // and reflection paths are not counted. And in steady state, its code at tier 1: YAML's best
        // time, which no app reading its facts once at start-up gets (without the 3 s warm-up its runs
        // got faster one by one, and the median depended on how many there were).
        var yaml = Harness.MeasureTimed("first-fact-yaml-runtime", 1, quick ? 5 : 7, firstFact.YamlRuntimeCold);
        var yamlWarm = Harness.MeasureTimed("first-fact-yaml-runtime (warm)", 1, quick ? 5 : 7, firstFact.YamlRuntime, warmupSeconds: 3);
        report.Sample(generated);
        report.Sample(byId);
        report.Sample(all);
        report.Sample(yaml);
        report.Sample(yamlWarm);
        report.Figure("first-fact generated ms", generated.Median, "F2", null);
        report.Figure("first-fact get-by-id ms", byId.Median, "F2", null);
        report.Figure("first-fact yaml-runtime ms", yaml.Median, "F1", null);
        report.Figure("first-fact yaml-runtime-warm ms", yamlWarm.Median, "F1", null);
        report.Figure("ratio yaml-runtime/generated", yaml.Median / generated.Median, "F0", ">= 100");
        report.Figure("ratio yaml-runtime/get-by-id", yaml.Median / byId.Median, "F0", null);
        report.Figure("ratio yaml-runtime-warm/generated", yamlWarm.Median / generated.Median, "F0", null);
    }

    private static string MiB(long? bytes) => bytes is { } b ? (b / 1024.0 / 1024.0).ToString("F1", CultureInfo.InvariantCulture) : "?";

    private static double PairRatio(Sample a, Sample b) =>
        new Sample("ratio", a.Milliseconds.Zip(b.Milliseconds, (x, y) => x / y).ToList()).Median;

    /// <summary>
    /// Runs a and b alternately, so machine noise falls on both; medians of each. Each timed run
    /// follows an untimed run of the same work, so it starts from the heap that work leaves: a run
    /// that follows the other work inherits that work's committed memory, and on this virtual
    /// machine every page first touched costs about 10 µs (docs/performance.md). The untimed runs
    /// that follow the other work are returned too, to print what that order costs.
    /// </summary>
    private static PairedSamples Paired(string nameA, Action a, string nameB, Action b, int warmup, int iterations)
    {
        // Warm up until both are in steady state: at least `warmup` runs of each and 3 seconds.
        Harness.WarmUp(warmup, 3, () =>
        {
            a();
            b();
        });

        Thread.Sleep(300); // let background tier-1 compilation finish

        var timed = new[] { new RunLog(), new RunLog() };
        var afterOther = new[] { new RunLog(), new RunLog() };
        var last = 1; // the warm-up ended with b
        for (var i = 0; i < iterations; i++)
        {
            var order = i % 2 == 0 ? new[] { 0, 1 } : new[] { 1, 0 };
            foreach (var which in order)
            {
                var action = which == 0 ? a : b;
                var settle = last == which ? new RunLog() : afterOther[which]; // only a run that follows the other work is kept
                settle.Run(action);
                timed[which].Run(action);
                last = which;
            }
        }

        return new PairedSamples(
            timed[0].ToSample(nameA), timed[1].ToSample(nameB),
            afterOther[0].ToSample(nameA + " after " + nameB), afterOther[1].ToSample(nameB + " after " + nameA));
    }

    private sealed record PairedSamples(Sample A, Sample B, Sample AAfterB, Sample BAfterA);

    /// <summary>Times runs one by one, each after a full collection, with what each cost in memory.</summary>
    private sealed class RunLog
    {
        private readonly List<double> _times = new();
        private readonly List<(double, string, long)> _costs = new();

        public void Run(Action action)
        {
            Harness.Collect();
            var memory = Harness.MemoryCounters.Now();
            var sw = Stopwatch.StartNew();
            action();
            sw.Stop();
            _times.Add(sw.Elapsed.TotalMilliseconds);
            _costs.Add(memory.Since());
        }

        public Sample ToSample(string name) => new(name, _times) { MemoryCosts = _costs };
    }

    /// <summary>The floor: YamlDotNet's representation model (YamlStream) of every YAML file.</summary>
    internal static int ParseAll(List<string> yaml)
    {
        var nodes = 0;
        foreach (var text in yaml)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            nodes += stream.Documents.Count;
        }

        return nodes;
    }

    private static string K(int n) => n >= 1000 && n % 1000 == 0 ? (n / 1000).ToString(CultureInfo.InvariantCulture) + "k" : n.ToString(CultureInfo.InvariantCulture);

    internal static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactsGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FactsGen.sln not found above " + AppContext.BaseDirectory);
    }

    private static string Machine()
    {
        var cpu = "unknown CPU";
        try
        {
            cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? cpu;
        }
        catch (IOException)
        {
        }

        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024.0 / 1024.0;
        return $"{cpu}, {Environment.ProcessorCount} cores, {memory:F0} GiB, {RuntimeInformation.OSDescription}, .NET {Environment.Version} (bench), Roslyn {typeof(CSharpCompilation).Assembly.GetName().Version} (driver in bench), SDK compiler for the build";
    }
}
