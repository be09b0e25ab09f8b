using System.Diagnostics;

namespace FactsGen.Bench;

/// <summary>One measured figure: every iteration's time, and the median that is reported.</summary>
internal sealed record Sample(string Name, IReadOnlyList<double> Milliseconds)
{
    public double Median
    {
        get
        {
            var sorted = Milliseconds.OrderBy(m => m).ToList();
            var mid = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }
    }

    public double Min => Milliseconds.Min();

    public double Max => Milliseconds.Max();

    public override string ToString() =>
        $"{Name}: median {Median:F1} ms (min {Min:F1}, max {Max:F1}, n={Milliseconds.Count})";
}

/// <summary>
/// The harness for figures too slow for BenchmarkDotNet within the budget: warm-up runs (JIT,
/// caches), then several measured runs each after a full GC, and the median.
/// </summary>
internal static class Harness
{
    public static Sample Measure(string name, int warmup, int iterations, Action action) =>
        Measure(name, warmup, iterations, () => { }, action);

    /// <summary>Runs <paramref name="setup"/> (untimed) before each run of <paramref name="action"/>.</summary>
    public static Sample Measure(string name, int warmup, int iterations, Action setup, Action action)
    {
        for (var i = 0; i < warmup; i++)
        {
            setup();
            action();
        }

        var times = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            setup();
            Collect();
            var sw = Stopwatch.StartNew();
            action();
            sw.Stop();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }

        return new Sample(name, times);
    }

    /// <summary>Times each run itself (e.g. a run that starts with untimed work), then takes the median.</summary>
    public static Sample MeasureTimed(string name, int warmup, int iterations, Func<double> run)
    {
        for (var i = 0; i < warmup; i++)
        {
            run();
        }

        var times = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            Collect();
            times.Add(run());
        }

        return new Sample(name, times);
    }

    public static void Collect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
