using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;
using Basic.Reference.Assemblies;
using FactsGen.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactsGen.Bench;

/// <summary>Drives <see cref="FactsGenerator"/> the way the compiler does (CSharpGeneratorDriver), over in-memory files.</summary>
internal static class GeneratorRunner
{
    public const string Namespace = "Bench.Facts";
    public const string ProjectDir = "/project/";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

    public static readonly ImmutableArray<MetadataReference> References = [.. Net100.References.All];

    /// <summary>The generator's own step names (internal <c>FactsGen.TrackingNames.All</c>), read once.</summary>
    public static readonly IReadOnlySet<string> TrackingNames =
        ((string[])typeof(FactsGenerator).Assembly.GetType("FactsGen.TrackingNames", throwOnError: true)!
            .GetField("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!).ToHashSet(StringComparer.Ordinal);

    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "BenchConsumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"/project/Consumer{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release, deterministic: true));

    public static List<AdditionalText> Texts(SyntheticFactBase fb) =>
        fb.AllFiles.Select(f => (AdditionalText)new MemoryText(ProjectDir + f.Path, f.Text)).ToList();

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> texts, bool track) =>
        CSharpGeneratorDriver.Create(
            [new FactsGenerator().AsSourceGenerator()],
            texts,
            ParseOptions,
            new OptionsProvider(new Dictionary<string, string> { ["FactsNamespace"] = Namespace, ["ProjectDir"] = ProjectDir }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    /// <summary>A fresh driver's first run: what a build (or an IDE opening the project) pays.</summary>
    public static GeneratorDriver Cold(IEnumerable<AdditionalText> texts, Compilation compilation, bool track = false) =>
        Driver(texts, track).RunGenerators(compilation);

    /// <summary>Steps of the generator whose outputs were not Cached, by step name (source outputs included).</summary>
    public static Dictionary<string, int> NotCached(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, steps) in result.TrackedSteps.Where(s => TrackingNames.Contains(s.Key)).Concat(result.TrackedOutputSteps))
        {
            var n = steps.SelectMany(s => s.Outputs).Count(o => o.Reason != IncrementalStepRunReason.Cached);
            if (n > 0)
            {
                counts[name] = n;
            }
        }

        return counts;
    }

    /// <summary>Steps (by name) that ran again: outputs New or Modified, i.e. work redone, not merely compared.</summary>
    public static Dictionary<string, int> ReRan(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, steps) in result.TrackedSteps.Where(s => TrackingNames.Contains(s.Key)).Concat(result.TrackedOutputSteps))
        {
            var n = steps.SelectMany(s => s.Outputs).Count(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified);
            if (n > 0)
            {
                counts[name] = n;
            }
        }

        return counts;
    }

    public static string Describe(Dictionary<string, int> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}:{c.Value}"));

    public sealed class MemoryText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class OptionsProvider(IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global = new(properties.ToImmutableDictionary(p => "build_property." + p.Key, p => p.Value));

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
