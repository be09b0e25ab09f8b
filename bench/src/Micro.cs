using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using FactsGen.Synthetic;
using Microsoft.CodeAnalysis;
using YamlDotNet.RepresentationModel;

namespace FactsGen.Bench;

/// <summary>BenchmarkDotNet micro-benchmarks: the generator over 1k facts against YamlDotNet on the same files.</summary>
internal static class Micro
{
    public static int Run(string[] args)
    {
        var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithId("short")).WithOptions(ConfigOptions.DisableOptimizationsValidator);
        BenchmarkSwitcher.FromAssembly(typeof(Micro).Assembly).Run(args.Length == 0 ? new[] { "--filter", "*" } : args, config);
        return 0;
    }
}

/// <summary>A cold generator run over 1k facts and the YamlDotNet floor over the same YAML.</summary>
[MemoryDiagnoser]
public class ColdVsParse
{
    private List<AdditionalText> _texts = new();
    private List<string> _yaml = new();
    private Compilation? _compilation;

    [Params(1_000)]
    public int Facts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var facts = SyntheticFactBase.Create(Facts, 10);
        _texts = GeneratorRunner.Texts(facts);
        _yaml = facts.YamlFiles.Select(f => f.Text).ToList();
        _compilation = GeneratorRunner.Compilation("class Existing { }");
    }

    [Benchmark(Baseline = true)]
    public int YamlStreamParse()
    {
        var n = 0;
        foreach (var text in _yaml)
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            n += stream.Documents.Count;
        }

        return n;
    }

    [Benchmark]
    public object GeneratorCold() => GeneratorRunner.Cold(_texts, _compilation!);
}
