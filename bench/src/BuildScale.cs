using System.Diagnostics;
using System.Globalization;
using System.Text;
using FactsGen.Synthetic;

namespace FactsGen.Bench;

/// <summary>What one real build of a consumer cost.</summary>
internal sealed record BuildFigures(double Seconds, double CompilerPeakMb, double CompilerSeconds, int CompilerProcesses, long InputFiles, int Attempts, string Command);

/// <summary>
/// A real <c>dotnet build</c> of a consumer project over a synthetic fact base, referencing the
/// generator exactly as consumer-sample/ConsumerSample.csproj does (props, analyzer
/// ProjectReference, targets). The compiler runs in a process of its own
/// (<c>UseSharedCompilation=false</c>, no build servers), so its peak memory is that process's
/// peak resident set (VmHWM), polled from /proc while the build runs.
/// </summary>
internal static class BuildScale
{
    public static BuildFigures Run(SyntheticFactBase facts, string directory, string repoRoot, Action<string> log)
    {
        var project = Path.Combine(directory, "Consumer");
        if (Directory.Exists(project))
        {
            Directory.Delete(project, recursive: true);
        }

        Directory.CreateDirectory(project);
        facts.WriteTo(project);
        var generator = Path.Combine(repoRoot, "generator", "FactsGen.Generator");
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <!-- FactsGen benchmark consumer over {facts.Facts} synthetic facts; wired as consumer-sample/ConsumerSample.csproj. -->
              <Import Project="{generator}/build/FactsGen.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>BenchConsumer</RootNamespace>
                <FactsNamespace>BenchConsumer.Facts</FactsNamespace>
                <Nullable>enable</Nullable>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{generator}/FactsGen.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
              <Import Project="{generator}/build/FactsGen.targets" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), $$"""
            /// <summary>Prints one fact, so the build is a real consumer of the generated API.</summary>
            public static class Program
            {
                /// <summary>Entry point.</summary>
                public static void Main() => System.Console.WriteLine(BenchConsumer.Facts.Actors.{{FactsGen.Schema.Naming.ToPascalCase(facts.SampleActorId)}}.Name);
            }
            """);

        // Restore is not part of the figure (it is the same for any project).
        var restore = Exec("dotnet", $"restore \"{project}\" -nologo -v:q", project, null, out _);
        if (restore.ExitCode != 0)
        {
            throw new InvalidOperationException("restore failed:\n" + restore.Output);
        }

        return Build(project, log);
    }

    /// <summary>
    /// The same consumer without FactsGen and without facts (the same project properties, a
    /// <c>Program</c> that prints a constant), built the same way: what any build of that project
    /// costs, to divide the 100k build by.
    /// </summary>
    public static BuildFigures RunEmpty(string directory, Action<string> log)
    {
        var project = Path.Combine(directory, "EmptyConsumer");
        if (!Directory.Exists(project))
        {
            Directory.CreateDirectory(project);
            File.WriteAllText(Path.Combine(project, "EmptyConsumer.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <!-- FactsGen benchmark: the consumer of the 100k build without FactsGen and facts. -->
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <RootNamespace>BenchConsumer</RootNamespace>
                    <Nullable>enable</Nullable>
                    <GenerateDocumentationFile>true</GenerateDocumentationFile>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                  </PropertyGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(project, "Program.cs"), """
                /// <summary>Prints a constant: the consumer without facts.</summary>
                public static class Program
                {
                    /// <summary>Entry point.</summary>
                    public static void Main() => System.Console.WriteLine("no facts");
                }
                """);
            var restore = Exec("dotnet", $"restore \"{project}\" -nologo -v:q", project, null, out _);
            if (restore.ExitCode != 0)
            {
                throw new InvalidOperationException("restore failed:\n" + restore.Output);
            }
        }

        // A clean build each time, as the 100k build is (its obj/ has no compiler output yet).
        foreach (var output in new[] { "bin", Path.Combine("obj", "Release") })
        {
            var path = Path.Combine(project, output);
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }

        return Build(project, log);
    }

    private static BuildFigures Build(string project, Action<string> log)
    {
        var arguments = $"build \"{project}\" --no-restore -c Release -nologo -v:m --disable-build-servers -nodeReuse:false -p:UseSharedCompilation=false -p:EmitCompilerGeneratedFiles=false";
        for (var attempt = 1; ; attempt++)
        {
            var peak = new CompilerPeak();
            var sw = Stopwatch.StartNew();
            var result = Exec("dotnet", arguments, project, peak, out var compilerSeconds);
            sw.Stop();
            if (result.ExitCode == 0)
            {
                return new BuildFigures(sw.Elapsed.TotalSeconds, peak.PeakBytes / 1024.0 / 1024.0, compilerSeconds, peak.Processes, Directory.EnumerateFiles(project, "*", SearchOption.AllDirectories).LongCount(f => !f.Contains("/obj/", StringComparison.Ordinal)), attempt, "dotnet " + arguments);
            }

            // Other engineers build the generator concurrently: retry a build that lost a file lock.
            var locked = result.Output.Contains("MSB3026", StringComparison.Ordinal) || result.Output.Contains("MSB3027", StringComparison.Ordinal)
                || result.Output.Contains("being used by another process", StringComparison.OrdinalIgnoreCase);
            if (!locked || attempt == 3)
            {
                throw new InvalidOperationException($"build failed (exit {result.ExitCode}):\n" + Tail(result.Output, 4000));
            }

            log($"build lost a file lock (attempt {attempt}); retrying");
            Thread.Sleep(3000);
        }
    }


    private static string Tail(string text, int chars) => text.Length <= chars ? text : text.Substring(text.Length - chars);

    private static (int ExitCode, string Output) Exec(string file, string arguments, string directory, CompilerPeak? peak, out double compilerSeconds)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        while (!process.WaitForExit(50))
        {
            peak?.Poll();
        }

        process.WaitForExit();
        compilerSeconds = peak?.CompilerSeconds ?? 0;
        return (process.ExitCode, output.ToString());
    }

    /// <summary>Polls /proc for compiler processes (csc.dll or VBCSCompiler) and keeps the highest VmHWM and how long they lived.</summary>
    private sealed class CompilerPeak
    {
        private readonly Dictionary<int, Stopwatch> _seen = new();
        private readonly Dictionary<int, long> _peaks = new();

        public long PeakBytes => _peaks.Count == 0 ? 0 : _peaks.Values.Max();

        /// <summary>How long the longest-lived compiler process was seen (the compile of the consumer).</summary>
        public double CompilerSeconds => _seen.Count == 0 ? 0 : _seen.Values.Max(s => s.Elapsed.TotalSeconds);

        public int Processes => _seen.Count;

        public void Poll()
        {
            var live = new HashSet<int>();
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
                {
                    continue;
                }

                try
                {
                    if (!_seen.ContainsKey(pid))
                    {
                        // The SDK runs the compiler as its apphost (Roslyn/bincore/csc) or as `dotnet csc.dll`.
                        var argv = File.ReadAllText(Path.Combine(dir, "cmdline")).Split('\0', StringSplitOptions.RemoveEmptyEntries);
                        if (!argv.Take(3).Any(a => Path.GetFileName(a) is "csc" or "csc.dll" or "VBCSCompiler" or "VBCSCompiler.dll"))
                        {
                            continue;
                        }

                        _seen[pid] = Stopwatch.StartNew();
                    }

                    live.Add(pid);
                    foreach (var line in File.ReadLines(Path.Combine(dir, "status")))
                    {
                        if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                        {
                            var kb = long.Parse(line.Substring(6).Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                            _peaks[pid] = Math.Max(_peaks.GetValueOrDefault(pid), kb * 1024);
                        }
                    }
                }
                catch (IOException)
                {
                    // The process ended between listing and reading.
                }
                catch (UnauthorizedAccessException)
                {
                }
            }

            foreach (var (pid, sw) in _seen)
            {
                if (!live.Contains(pid) && sw.IsRunning)
                {
                    sw.Stop();
                }
            }
        }
    }
}
