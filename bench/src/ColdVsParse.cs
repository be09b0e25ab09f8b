using BenchmarkDotNet.Attributes;
using FactsGen.Synthetic;
using Microsoft.CodeAnalysis;

namespace FactsGen.Bench;

/// <summary>
/// A cold generator run against the floor (YamlDotNet's <c>YamlStream</c> over the same files), on
/// the bench's synthetic base of N facts in 100 files. The 1k figure is timed with this class by
/// <see cref="ColdVsParseFigure"/>; <c>--bdn --filter *ColdVsParse*</c> runs it with BenchmarkDotNet's
/// default toolchain (a project built and run per benchmark) at 1k and 10k.
/// </summary>
[MemoryDiagnoser]
public class ColdVsParse
{
    private List<AdditionalText> _texts = new();
    private List<string> _yaml = new();
    private Compilation? _compilation;

    /// <summary>The sizes to run; the process that times the 1k figure sets its own.</summary>
    public static IReadOnlyList<int> Sizes { get; set; } = [1_000, 10_000];

    [ParamsSource(nameof(Sizes))]
    public int Facts { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var facts = SyntheticFactBase.Create(Facts, Program.Files);
        _texts = GeneratorRunner.Texts(facts);
        _yaml = facts.YamlFiles.Select(f => f.Text).ToList();
        _compilation = GeneratorRunner.Compilation("class Existing { }");
    }

    [Benchmark(Baseline = true)]
    public int YamlStreamParse() => Program.ParseAll(_yaml);

    [Benchmark]
    public object GeneratorCold() => GeneratorRunner.Cold(_texts, _compilation!);
}
