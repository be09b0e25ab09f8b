using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace FactsGen.Bench;

/// <summary><c>--bdn</c>: the BenchmarkDotNet benchmarks in this assembly (ColdVsParse, ColdProfile, the lookups), run by BenchmarkDotNet's own switcher.</summary>
internal static class Micro
{
    public static int Run(string[] args)
    {
        // 15 warm-up iterations, not ShortRun's 3: after 3 a 10k cold run had not reached its steady
        // state (290 ms, against 200 ms after 15), and ColdVsParse gave 2.18 at 10k where 15 give 1.00.
        var job = Job.Default.WithLaunchCount(1).WithWarmupCount(15).WithIterationCount(15).WithId("steady");
        var config = DefaultConfig.Instance.AddJob(job).WithOptions(ConfigOptions.DisableOptimizationsValidator);
        BenchmarkSwitcher.FromAssembly(typeof(Micro).Assembly).Run(args.Length == 0 ? new[] { "--filter", "*" } : args, config);
        return 0;
    }
}
