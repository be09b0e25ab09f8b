using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Mathematics;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace FactsGen.Bench;

/// <summary>
/// <c>ratio cold/parse</c> for a base whose cold run takes tens of milliseconds (1k), timed by
/// BenchmarkDotNet: each iteration runs the work many times back to back and the collector runs when
/// it needs to, as in a compiler that builds one project after another. The bench's own harness
/// collects before every run instead, which suits runs of a second or more but at 1k decides the
/// figure by which memory the collector hands back (docs/performance.md).
/// BenchmarkDotNet runs in a process of its own, as it does by default, so nothing it leaves in
/// the heap or the collector's tuning reaches the other figures: the bench's own executable with
/// <c>--cold-vs-parse</c>, with BenchmarkDotNet's in-process toolchain inside it, so no project is built.
/// </summary>
internal static class ColdVsParseFigure
{
    private const string Marker = "cold-vs-parse-result ";

    /// <summary>One side: each iteration's time per run (ms; BenchmarkDotNet's outliers removed), its mean, and the bytes a run allocates.</summary>
    public sealed record Side(double[] MillisecondsPerRun, double MeanMilliseconds, long? BytesPerRun);

    public sealed record Result(Side Cold, Side Parse, double Ratio);

    /// <summary>In the bench's process: starts the child and reads its result.</summary>
    public static Result Run(int facts, int iterations, string artifacts)
    {
        var self = typeof(ColdVsParseFigure).Assembly.Location;
        var host = Environment.ProcessPath ?? "dotnet";
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (!string.Equals(Path.GetFileNameWithoutExtension(host), Path.GetFileNameWithoutExtension(self), StringComparison.Ordinal))
        {
            start.ArgumentList.Add(self); // run by `dotnet FactsGen.Bench.dll`, not by the app host
        }

        foreach (var argument in new[] { "--cold-vs-parse", facts.ToString(CultureInfo.InvariantCulture), iterations.ToString(CultureInfo.InvariantCulture), artifacts })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("could not start " + host);
        var error = child.StandardError.ReadToEndAsync();
        var stdout = child.StandardOutput.ReadToEndAsync();
        if (!child.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            child.Kill(entireProcessTree: true);
            throw new TimeoutException("BenchmarkDotNet's cold/parse run took more than 10 minutes (it takes about 40 s)");
        }

        var output = stdout.Result;
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(Marker, StringComparison.Ordinal));
        if (child.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"BenchmarkDotNet's cold/parse run failed (exit {child.ExitCode}): {output}{error.Result}");
        }

        return JsonSerializer.Deserialize<Result>(line[Marker.Length..])!;
    }

    /// <summary>In the child: <c>--cold-vs-parse N iterations artifacts</c>; prints one result line.</summary>
    public static int RunChild(string[] args)
    {
        var at = Array.IndexOf(args, "--cold-vs-parse");
        var facts = int.Parse(args[at + 1], CultureInfo.InvariantCulture);
        var iterations = int.Parse(args[at + 2], CultureInfo.InvariantCulture);
        ColdVsParse.Sizes = [facts];

        // 32 runs per iteration (0.5-0.7 s), what BenchmarkDotNet's pilot picks once the code is
        // compiled. Left to the pilot in a fresh process, it saw the first runs' JIT (85-135 ms) and
        // picked 4, so its collection before every 4 runs decided the figure again (1.64 in one run).
        // 15 warm-up iterations: fewer left a cold run short of its steady state (Micro.cs).
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.DontLogOutput)
            .WithInvocationCount(32)
            .WithWarmupCount(15)
            .WithIterationCount(iterations)
            .WithId("in-process");
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddLogger(NullLogger.Instance)
            .WithArtifactsPath(args[at + 3])
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
        var summary = BenchmarkRunner.Run<ColdVsParse>(config);

        var cold = Report(summary, nameof(ColdVsParse.GeneratorCold));
        var parse = Report(summary, nameof(ColdVsParse.YamlStreamParse));

        // BenchmarkDotNet's own Ratio column: the mean of the ratio's distribution.
        var ratio = Statistics.DivMean(cold.ResultStatistics, parse.ResultStatistics);
        Console.WriteLine(Marker + JsonSerializer.Serialize(new Result(ToSide(cold), ToSide(parse), ratio)));
        return 0;
    }

    private static Side ToSide(BenchmarkReport report)
    {
        var s = report.ResultStatistics!;
        return new Side(s.OriginalValues.Select(ns => ns / 1e6).ToArray(), s.Mean / 1e6, report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase));
    }

    private static BenchmarkReport Report(Summary summary, string method) =>
        summary.Reports.SingleOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method && r.ResultStatistics is not null)
        ?? throw new InvalidOperationException($"BenchmarkDotNet gave no result for {method}: {string.Join("; ", summary.ValidationErrors.Select(e => e.Message))}");
}
