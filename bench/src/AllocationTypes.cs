using System.Diagnostics.Tracing;

namespace FactsGen.Bench;

/// <summary>
/// <c>--profile N --gc --types</c>: which types a cold run allocates, from the runtime's own
/// allocation samples (GCAllocationTick, one about every 100 KB allocated; the amount is the bytes
/// since the last sample, so the sums add up to the total). Types, not call stacks: a guide to
/// which code allocates, read together with <c>--pieces</c>.
/// </summary>
internal sealed class AllocationTypes : EventListener
{
    private const int AllocationTick = 10;
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private bool _recording;

    public void Start()
    {
        lock (_gate)
        {
            _bytes.Clear();
            _recording = true;
        }
    }

    /// <summary>Stops recording; the types by sampled bytes, largest first.</summary>
    public List<(string Type, long Bytes)> Stop()
    {
        lock (_gate)
        {
            _recording = false;
            return _bytes.OrderByDescending(p => p.Value).Select(p => (p.Key, p.Value)).ToList();
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventId != AllocationTick || eventData.Payload is null || eventData.PayloadNames is null)
        {
            return;
        }

        var type = eventData.PayloadNames.IndexOf("TypeName") is var t and >= 0 ? eventData.Payload[t] as string ?? "?" : "?";
        var amount = eventData.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(eventData.Payload[a], System.Globalization.CultureInfo.InvariantCulture) : 0;
        lock (_gate)
        {
            if (_recording)
            {
                _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
            }
        }
    }
}
