using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Diagnosers;
using FactsGen.Synthetic;
using Microsoft.CodeAnalysis;

namespace FactsGen.Bench;

/// <summary>
/// <c>--bdn --filter *ColdProfile*</c>: a cold generator run over 10k facts under BenchmarkDotNet's
/// EventPipe CPU-sampling profiler; the speedscope file in BenchmarkDotNet.Artifacts shows where the
/// time goes (a .speedscope.json in BenchmarkDotNet.Artifacts).
/// </summary>
[EventPipeProfiler(EventPipeProfile.CpuSampling)]
[MemoryDiagnoser]
public class ColdProfile
{
    private List<AdditionalText> _texts = new();
    private Compilation? _compilation;

    [GlobalSetup]
    public void Setup()
    {
        _texts = GeneratorRunner.Texts(SyntheticFactBase.Create(10_000, 100));
        _compilation = GeneratorRunner.Compilation("class Existing { }");
    }

    [Benchmark]
    public object Cold10k() => GeneratorRunner.Cold(_texts, _compilation!);
}
