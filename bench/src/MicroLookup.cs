using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;
using FactsGen.Synthetic;

namespace FactsGen.Bench;

/// <summary>
/// <c>--bdn --filter *IdLookup*</c>: the catalogs' id lookup, as generated (a Dictionary built on first
/// use) against a FrozenDictionary: what building the index costs (paid by the first Get) and what a
/// lookup costs afterwards, over the actors of the 10k and 100k bases.
/// </summary>
[MemoryDiagnoser]
public class IdLookup
{
    private string[] _ids = [];
    private string[] _probes = [];
    private Dictionary<string, int> _dictionary = new();
    private FrozenDictionary<string, int> _frozen = FrozenDictionary<string, int>.Empty;

    [Params(4_000, 40_000)]
    public int Actors { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var facts = SyntheticFactBase.Create(Actors * 20 / 8, 100);
        _ids = facts.FactFiles.SelectMany(f => f.Text.Split('\n')).Where(l => l.StartsWith("  - id: ", StringComparison.Ordinal) && !l.Contains("-deployment-", StringComparison.Ordinal) && !l.Contains("-sanctions-", StringComparison.Ordinal)).Select(l => l.Substring(8)).ToArray();
        var random = new Random(1);
        _probes = Enumerable.Range(0, 1024).Select(_ => new string(_ids[random.Next(_ids.Length)].AsSpan())).ToArray();
        _dictionary = BuildDictionary();
        _frozen = BuildFrozen();
    }

    [Benchmark]
    public Dictionary<string, int> BuildDictionary()
    {
        var d = new Dictionary<string, int>(_ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < _ids.Length; i++)
        {
            d[_ids[i]] = i;
        }

        return d;
    }

    [Benchmark]
    public FrozenDictionary<string, int> BuildFrozen() => _ids.Select((id, i) => (id, i)).ToFrozenDictionary(p => p.id, p => p.i, StringComparer.Ordinal);

    [Benchmark(OperationsPerInvoke = 1024)]
    public int LookupDictionary()
    {
        var sum = 0;
        foreach (var probe in _probes)
        {
            sum += _dictionary[probe];
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = 1024)]
    public int LookupFrozen()
    {
        var sum = 0;
        foreach (var probe in _probes)
        {
            sum += _frozen[probe];
        }

        return sum;
    }
}
