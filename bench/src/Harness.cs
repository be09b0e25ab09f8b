using System.Diagnostics;

namespace FactsGen.Bench;

/// <summary>One measured figure: every iteration's time, and the median that is reported.</summary>
internal sealed record Sample(string Name, IReadOnlyList<double> Milliseconds)
{
    /// <summary>Per run, when recorded: the garbage collector's pauses (ms), its collections as "gen0/gen1/gen2", and the process's minor page faults (memory touched for the first time; -1 where /proc is missing).</summary>
    public IReadOnlyList<(double PauseMilliseconds, string Collections, long PageFaults)> MemoryCosts { get; init; } = [];

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
        $"{Name}: median {Median:F1} ms (min {Min:F1}, max {Max:F1}, n={Milliseconds.Count})"
        + (MemoryCosts.Count == 0 ? string.Empty : $"; per run: {string.Join(" ", Milliseconds.Select(m => m.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))} ms, GC pauses {string.Join(" ", MemoryCosts.Select(c => c.PauseMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))} ms, collections {string.Join(" ", MemoryCosts.Select(c => c.Collections))}, page faults {string.Join(" ", MemoryCosts.Select(c => c.PageFaults))}");
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

    /// <summary>
    /// Times each run itself (e.g. a run that starts with untimed work), then takes the median. Warms
    /// up as <see cref="WarmUp"/> does.
    /// </summary>
    public static Sample MeasureTimed(string name, int warmup, int iterations, Func<double> run, double warmupSeconds = 0)
    {
        WarmUp(warmup, warmupSeconds, () => run());

        var times = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            Collect();
            times.Add(run());
        }

        return new Sample(name, times);
    }

    /// <summary>
    /// Runs <paramref name="run"/> at least <paramref name="runs"/> times and for at least
    /// <paramref name="seconds"/>: enough, when given, for the JIT's tier-1 code to be in place (call
    /// counting starts after 100 ms without new tier-0 methods), so measured runs do not get faster one by one.
    /// </summary>
    public static void WarmUp(int runs, double seconds, Action run)
    {
        var warming = Stopwatch.StartNew();
        for (var i = 0; i < runs || warming.Elapsed.TotalSeconds < seconds; i++)
        {
            run();
        }
    }

    public static void Collect()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>The collector's counters and the page faults at one moment, to tell what a run cost in memory.</summary>
    internal readonly record struct MemoryCounters(TimeSpan Paused, int Gen0, int Gen1, int Gen2, long PageFaults)
    {
        public static MemoryCounters Now() => new(GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), MinorPageFaults());

        public (double PauseMilliseconds, string Collections, long PageFaults) Since()
        {
            var now = Now();
            return ((now.Paused - Paused).TotalMilliseconds, $"{now.Gen0 - Gen0}/{now.Gen1 - Gen1}/{now.Gen2 - Gen2}", PageFaults < 0 ? -1 : now.PageFaults - PageFaults);
        }

        /// <summary>The process's minor page faults so far (field 10 of /proc/self/stat), or -1.</summary>
        private static long MinorPageFaults()
        {
            try
            {
                var stat = File.ReadAllText("/proc/self/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                return long.Parse(fields[7], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                return -1;
            }
            catch (UnauthorizedAccessException)
            {
                return -1;
            }
        }
    }
}
