using System.Diagnostics;
using System.Globalization;
using FactsGen.Synthetic;
using Microsoft.CodeAnalysis;

namespace FactsGen.Bench;

/// <summary>
/// <c>--profile [facts]</c>: where a cold run's time goes, by pipeline step (the driver's own
/// per-step elapsed times, step tracking on), and where compiling the generated code goes
/// (parse, declarations, method bodies, emit). Not a figure: a guide for what to optimize.
/// </summary>
internal static class Profile
{
    public static int Run(string[] args)
    {
        var size = args.Select(a => int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).FirstOrDefault(n => n > 0);
        size = size == 0 ? 10_000 : size;
        var facts = SyntheticFactBase.Create(size, 100);
        var texts = GeneratorRunner.Texts(facts);
        var compilation = GeneratorRunner.Compilation("class Existing { }");

        if (args.Contains("--first-fact"))
        {
            var directory = Path.Combine(Path.GetTempPath(), "factsgen-profile-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            var firstFact = FirstFact.Prepare(facts, directory);
            for (var i = 0; i < 8; i++)
            {
                Console.WriteLine(string.Join(", ", firstFact.Steps("TypeLoad", "ReadAttribute", "NewActor", "DecodeHolder", "DecodeHolder", "Property", "ById").Select(s => $"{s.Step} {s.Milliseconds:F2} ms")));
            }

            if (args.Contains("--jit"))
            {
                using var jit = new JitMethods("Bench.");
                foreach (var probe in new[] { "Property", "ById" })
                {
                    for (var i = 0; i < 3; i++)
                    {
                        jit.Start();
                        var (_, _, first, _, _, _) = firstFact.Phases(probe);
                        var methods = jit.Stop();
                        Console.WriteLine($"{probe}: first call {first:F2} ms; JIT-compiled {methods.Count} methods in {methods.Sum(m => m.Milliseconds):F2} ms:");
                        foreach (var (name, ms) in methods)
                        {
                            Console.WriteLine($"  {ms,6:F2} ms  {name}");
                        }
                    }
                }
            }

            foreach (var probe in new[] { "Property", "ById", "All" })
            {
                for (var i = 0; i < 6; i++)
                {
                    var (load, find, first, second, jitMethods, jitMs) = firstFact.Phases(probe);
                    Console.WriteLine($"{probe,-8}: load {load:F2} ms, find probe {find:F2} ms, first call {first:F2} ms (JIT-compiled {jitMethods} methods in {jitMs:F2} ms), second call {second:F3} ms");
                }
            }

            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }

            return 0;
        }

        if (args.Contains("--gc") && args.Contains("--mappings"))
        {
            // Where a run's page faults land: each mapping's resident size before and after a cold run
            // and a parse run, each after a full collection, as the paired figure runs them.
            var yamlTexts = facts.YamlFiles.Select(f => f.Text).ToList();
            void Parse() => Program.ParseAll(yamlTexts);

            void Cold() => GeneratorRunner.Cold(texts, compilation);
            for (var i = 0; i < 6; i++)
            {
                Cold();
                Parse();
            }

            Thread.Sleep(300); // let background tier-1 compilation finish
            for (var i = 0; i < 8; i++)
            {
                var (name, run) = i % 2 == 0 ? ("cold ", (Action)Cold) : ("parse", Parse);
                run(); // the same work first, as the paired figure does
                Harness.Collect();
                var residentBefore = ResidentByMapping();
                var counters = Harness.MemoryCounters.Now();
                run();
                var cost = counters.Since();
                var grown = ResidentByMapping().Select(m => (m.Key, Kb: m.Value - residentBefore.GetValueOrDefault(m.Key)))
                    .Where(m => m.Kb != 0).OrderByDescending(m => Math.Abs(m.Kb)).Take(5);
                Console.WriteLine($"{name}: {cost.PageFaults} page faults, collections {cost.Collections}; resident size grown: {string.Join("; ", grown.Select(m => $"{m.Key} {m.Kb:+#;-#} kB"))}");
            }

            return 0;
        }

        if (args.Contains("--gc") && args.Contains("--stacks"))
        {
            GeneratorRunner.Cold(texts, compilation); // JIT and first-use work out of the samples
            AllocationStacks.Print(() => GeneratorRunner.Cold(texts, compilation), runs: size >= 100_000 ? 2 : size >= 10_000 ? 10 : 100, frames: 3, top: 30);
            return 0;
        }

        if (args.Contains("--gc"))
        {
            using var types = args.Contains("--types") ? new AllocationTypes() : null;
            for (var i = 0; i < 3; i++)
            {
                Harness.Collect();
                var heapBefore = GC.GetTotalMemory(true);
                var pause = GC.GetTotalPauseDuration();
                var counts = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                types?.Start();
                var sw0 = Stopwatch.StartNew();
                var kept = GeneratorRunner.Cold(texts, compilation);
                sw0.Stop();
                var sampled = types?.Stop();
                var pauses = GC.GetTotalPauseDuration() - pause;
                Console.WriteLine($"untracked cold run: {sw0.ElapsedMilliseconds} ms, GC pauses {pauses.TotalMilliseconds:F0} ms, gen0/1/2 {GC.CollectionCount(0) - counts.Item1}/{GC.CollectionCount(1) - counts.Item2}/{GC.CollectionCount(2) - counts.Item3}, allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024 / 1024} MiB, retained by the driver {(GC.GetTotalMemory(true) - heapBefore) / 1024 / 1024} MiB");
                GC.KeepAlive(kept);
                if (sampled is not null && i == 2)
                {
                    foreach (var (type, bytes) in sampled.Take(40))
                    {
                        Console.WriteLine($"  {bytes / 1024.0 / 1024.0,7:F1} MiB  {type}");
                    }
                }
            }

            var yamlTexts = facts.YamlFiles.Select(f => f.Text).ToList();
            for (var i = 0; i < 2; i++)
            {
                Harness.Collect();
                var pause = GC.GetTotalPauseDuration();
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var sw0 = Stopwatch.StartNew();
                Program.ParseAll(yamlTexts);

                Console.WriteLine($"YamlStream floor: {sw0.ElapsedMilliseconds} ms, GC pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms, allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024 / 1024} MiB");
            }

            return 0;
        }

        // Warm up the JIT (and let tiering settle), then one tracked run; the YamlDotNet floor for scale.
        for (var i = 0; i < 4; i++)
        {
            GeneratorRunner.Cold(texts, compilation, track: true);
        }

        var yaml = facts.YamlFiles.Select(f => f.Text).ToList();
        Harness.Collect();
        var floor = Stopwatch.StartNew();
        Program.ParseAll(yaml);

        Console.WriteLine($"YamlStream floor over the same files: {floor.ElapsedMilliseconds} ms");
        Harness.Collect();
        var sw = Stopwatch.StartNew();
        var driver = GeneratorRunner.Cold(texts, compilation, track: true);
        Console.WriteLine($"cold tracked run over {size} facts: {sw.ElapsedMilliseconds} ms");
        var result = driver.GetRunResult().Results.Single();
        foreach (var (name, steps) in result.TrackedSteps.Concat(result.TrackedOutputSteps).OrderByDescending(s => s.Value.Sum(x => x.ElapsedTime.Ticks)))
        {
            Console.WriteLine($"  step {name,-22} {steps.Sum(s => s.ElapsedTime.TotalMilliseconds),9:F1} ms  ({steps.Length} runs)");
        }

        if (args.Contains("--no-compile"))
        {
            return 0;
        }

        if (args.Contains("--variants"))
        {
            foreach (var (label, transform) in new (string, Func<string, string>)[]
            {
                ("warm-up (as generated)", s => s),
                ("warm-up 2 (as generated)", s => s),
                ("as generated", s => s),
                ("no doc comments", s => System.Text.RegularExpressions.Regex.Replace(s, @"^\s*///.*\n", string.Empty, System.Text.RegularExpressions.RegexOptions.Multiline)),
                ("no [Provenance]", s => System.Text.RegularExpressions.Regex.Replace(s, @"^\s*\[global::[A-Za-z.]+\.Provenance\(.*\n", string.Empty, System.Text.RegularExpressions.RegexOptions.Multiline)),
                ("neither", s => System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(s, @"^\s*///.*\n", string.Empty, System.Text.RegularExpressions.RegexOptions.Multiline), @"^\s*\[global::[A-Za-z.]+\.Provenance\(.*\n", string.Empty, System.Text.RegularExpressions.RegexOptions.Multiline)),
                ("as generated, again", s => s),
            })
            {
                Harness.Collect();
                Console.WriteLine(label + ":");
                var variant = result.GeneratedSources.Select(s => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(transform(s.SourceText.ToString()), GeneratorRunner.ParseOptions, path: s.HintName)).ToList();
                var c = compilation.AddSyntaxTrees(variant);
                Stage("declaration diagnostics", () => c.GetDeclarationDiagnostics());
                Stage("method body diagnostics", () => c.GetMethodBodyDiagnostics());
                Stage("emit", () => c.Emit(new MemoryStream()));
            }

            return 0;
        }

        Harness.Collect();
        var trees = result.GeneratedSources.Select(s => s.SyntaxTree).ToList();
        var output = compilation.AddSyntaxTrees(trees);
        var before = GC.GetTotalAllocatedBytes(precise: true);
        Stage("parse generated trees", () => trees.ForEach(t => t.GetRoot()));
        Stage("declaration diagnostics", () => output.GetDeclarationDiagnostics());
        Stage("method body diagnostics", () => output.GetMethodBodyDiagnostics());
        Stage("emit (with XML docs)", () =>
        {
            using var pe = new MemoryStream();
            using var xml = new MemoryStream();
            var emit = output.Emit(pe, xmlDocumentationStream: xml);
            Console.WriteLine($"    {pe.Length / 1024} KiB IL+metadata, {xml.Length / 1024} KiB XML docs, success {emit.Success}");
        });
        Console.WriteLine($"  allocated {(GC.GetTotalAllocatedBytes(precise: true) - before) / 1024.0 / 1024.0:F0} MiB; working set {Environment.WorkingSet / 1024 / 1024} MiB");
        return 0;
    }

    private static void Stage(string name, Action action)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        action();
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"  {name,-26} {sw.Elapsed.TotalMilliseconds,9:F0} ms wall {used.TotalMilliseconds,9:F0} ms cpu");
    }

    /// <summary>Resident kB of each mapping of this process (/proc/self/smaps), by address range and what is mapped.</summary>
    private static Dictionary<string, long> ResidentByMapping()
    {
        var resident = new Dictionary<string, long>();
        string? mapping = null;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length > 0 && fields[0].Contains('-') && char.IsAsciiHexDigit(fields[0][0]))
            {
                mapping = fields[0] + " " + (fields.Length > 5 ? fields[5] : "[anonymous]");
            }
            else if (mapping is not null && fields.Length > 1 && fields[0] == "Rss:")
            {
                resident[mapping] = long.Parse(fields[1], CultureInfo.InvariantCulture);
            }
        }

        return resident;
    }
}
