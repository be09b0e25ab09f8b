using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace FactsGen.Bench;

/// <summary>
/// Where a piece of work allocates, by call stack: the process traces itself over EventPipe (the
/// runtime's allocation samples, one about every 100 KB, with their stacks, as <c>dotnet-trace
/// --profile gc-verbose</c> records them), then groups the samples by type and by the first frames
/// of the stack that are not the runtime's. What found a cold run's fixed allocations
/// (docs/performance.md, "Less allocated per run").
/// </summary>
internal static class AllocationStacks
{
    private const long GcVerbose = 0x1; // the GC keyword: at verbose level it carries GCAllocationTick

    /// <summary>Runs <paramref name="work"/> <paramref name="runs"/> times under the trace and prints the largest types and call sites.</summary>
    public static void Print(Action work, int runs, int frames, int top)
    {
        var file = Path.Combine(Path.GetTempPath(), $"factsgen-alloc-{Environment.ProcessId}.nettrace");
        var client = new DiagnosticsClient(Environment.ProcessId);
        var providers = new[]
        {
            new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Verbose, GcVerbose | (long)ClrTraceEventParser.Keywords.Loader | (long)ClrTraceEventParser.Keywords.Jit),
        };
        using (var session = client.StartEventPipeSession(providers, requestRundown: true))
        {
            var copy = System.Threading.Tasks.Task.Run(() =>
            {
                using var output = File.Create(file);
                session.EventStream.CopyTo(output);
            });
            for (var i = 0; i < runs; i++)
            {
                work();
            }

            session.Stop();
            copy.Wait();
        }

        var etlx = TraceLog.CreateFromEventPipeDataFile(file);
        try
        {
            using var log = new TraceLog(etlx);
            var byType = new Dictionary<string, long>();
            var bySite = new Dictionary<string, long>();
            long total = 0;
            foreach (var data in log.Events)
            {
                if (data is not GCAllocationTickTraceData tick)
                {
                    continue;
                }

                var site = new List<string>();
                for (var frame = data.CallStack(); frame is not null && site.Count < frames; frame = frame.Caller)
                {
                    var name = frame.CodeAddress.FullMethodName;
                    if (!string.IsNullOrEmpty(name) && !name.StartsWith("System.", StringComparison.Ordinal))
                    {
                        site.Add(name.Length > 100 ? name[..100] : name);
                    }
                }

                var amount = tick.AllocationAmount64;
                total += amount;
                byType[tick.TypeName] = byType.GetValueOrDefault(tick.TypeName) + amount;
                var key = tick.TypeName + " <= " + string.Join(" <- ", site);
                bySite[key] = bySite.GetValueOrDefault(key) + amount;
            }

            Console.WriteLine($"allocation samples: {total / 1048576.0 / runs:F1} MiB per run, over {runs} runs");
            foreach (var (type, bytes) in byType.OrderByDescending(p => p.Value).Take(top))
            {
                Console.WriteLine($"  {bytes / 1048576.0 / runs,6:F2} MiB  {type}");
            }

            Console.WriteLine("by call site (the first frames outside the runtime):");
            foreach (var (site, bytes) in bySite.OrderByDescending(p => p.Value).Take(top))
            {
                Console.WriteLine($"  {bytes / 1048576.0 / runs,6:F2} MiB  {site}");
            }
        }
        finally
        {
            File.Delete(file);
            File.Delete(etlx);
        }
    }
}
