using System.Diagnostics.Tracing;

namespace FactsGen.Bench;

/// <summary>
/// <c>--profile N --first-fact --jit</c>: which methods a first access JIT-compiles, and how long
/// each took, from the runtime's own events (MethodJittingStarted, then MethodLoadVerbose when the
/// code is ready; the time between them is the method's compilation, type loads it triggers included).
/// </summary>
internal sealed class JitMethods : EventListener
{
    private const int JittingStarted = 145;
    private const int LoadVerbose = 143;
    private const EventKeywords JitKeyword = (EventKeywords)0x10;

    private readonly Dictionary<long, (string Name, DateTime Started)> _started = new();
    private readonly List<(string Name, double Milliseconds)> _done = new();
    private readonly object _gate = new();
    private readonly string _namespace;
    private bool _recording;

    /// <summary>Records methods of types in <paramref name="namespace"/>, or with a type argument from it.</summary>
    public JitMethods(string @namespace) => _namespace = @namespace;

    public void Start()
    {
        lock (_gate)
        {
            _started.Clear();
            _done.Clear();
            _recording = true;
        }
    }

    /// <summary>Stops recording (after letting the dispatcher catch up); the methods in compilation order.</summary>
    public List<(string Name, double Milliseconds)> Stop()
    {
        Thread.Sleep(500);
        lock (_gate)
        {
            _recording = false;
            return _done.ToList();
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, JitKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventId is not (JittingStarted or LoadVerbose) || eventData.Payload is null || eventData.PayloadNames is null)
        {
            return;
        }

        string Field(string name) => eventData.PayloadNames.IndexOf(name) is var i and >= 0 ? Convert.ToString(eventData.Payload[i], System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty : string.Empty;
        var id = long.Parse(Field("MethodID"), System.Globalization.CultureInfo.InvariantCulture);
        lock (_gate)
        {
            if (!_recording)
            {
                return;
            }

            if (eventData.EventId == JittingStarted)
            {
                // The generated code and what it instantiates; not the compiler's or the runtime's background tier-1 work.
                var name = $"{Field("MethodNamespace")}::{Field("MethodName")}";
                if (name.StartsWith(_namespace, StringComparison.Ordinal) || name.Contains("[" + _namespace, StringComparison.Ordinal))
                {
                    _started[id] = (name, eventData.TimeStamp);
                }
            }
            else if (_started.Remove(id, out var started))
            {
                _done.Add(($"{started.Name} ({Tier(Field("MethodFlags"))})", (eventData.TimeStamp - started.Started).TotalMilliseconds));
            }
        }
    }

    /// <summary>How the method was compiled: bits 7–9 of the event's MethodFlags (the runtime's JIT optimization tier).</summary>
    private static string Tier(string flags) =>
        (int.Parse(flags, System.Globalization.CultureInfo.InvariantCulture) >> 7 & 7) switch
        {
            1 => "minopts",
            2 => "optimized, not tiered",
            3 => "tier 0",
            4 => "tier 1",
            5 => "tier 1 OSR",
            6 => "tier 0 instrumented",
            7 => "tier 1 instrumented",
            _ => "unknown",
        };
}
