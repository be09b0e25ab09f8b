using System.Collections.Immutable;
using System.IO;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactsGen.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="FactsGenerator"/> the way the compiler does, over in-memory fact files, with step
/// tracking on, and compiles what it generates under the strictest settings a consumer may use.
/// </summary>
public static class GeneratorHarness
{
    public const string Namespace = "Demo.Facts";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly ImmutableArray<MetadataReference> References = [.. Net100.References.All];

    /// <summary>A compilation of a consumer with nullable on, warnings as errors and XML doc warnings on.</summary>
    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"/src/Consumer{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, generalDiagnosticOption: ReportDiagnostic.Error, deterministic: true));

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? properties = null) =>
        CSharpGeneratorDriver.Create(
            [new FactsGenerator().AsSourceGenerator()],
            files,
            ParseOptions,
            new TestOptionsProvider(properties ?? new Dictionary<string, string> { ["FactsNamespace"] = Namespace, ["ProjectDir"] = "/project/" }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once over files given as (path, text) and compiles the result.</summary>
    public static GeneratorRun Run(params (string Path, string Text)[] files) =>
        Run(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)));

    public static GeneratorRun Run(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? properties = null, string? consumerSource = null)
    {
        var compilation = consumerSource is null ? CreateCompilation() : CreateCompilation(consumerSource);
        var driver = CreateDriver(files, properties).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver, driver.GetRunResult(), output, generatorDiagnostics);
    }

    /// <summary>The real fact base under facts/, as the consumer project passes it (paths below /project/facts).</summary>
    public static IReadOnlyList<AdditionalText> RealFacts() =>
        Directory.EnumerateFiles(RepoPaths.Facts, "*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".yml", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (AdditionalText)new InMemoryAdditionalText("/project/facts/" + Path.GetRelativePath(RepoPaths.Facts, p).Replace('\\', '/'), File.ReadAllText(p)))
            .ToList();
}

/// <summary>One generator run: the driver (for re-runs), its result, and the compiled output.</summary>
public sealed record GeneratorRun(GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    /// <summary>FG diagnostics, sorted by place.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics =>
        GeneratorDiagnostics.OrderBy(d => d.Location.SourceTree?.FilePath ?? d.Location.GetLineSpan().Path).ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id).ToList();

    /// <summary>Errors and warnings of compiling the generated code (the consumer's own code included).</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems => CleanCompilations.Problems(Output);

    public string Source(string hintNameStart) =>
        Result.Results.Single().GeneratedSources.Single(s => s.HintName.StartsWith(hintNameStart, StringComparison.Ordinal)).SourceText.ToString();

    /// <summary>Emits the compiled output and loads it, for tests that read generated values at run time.</summary>
    public System.Reflection.Assembly Load()
    {
        using var stream = new MemoryStream();
        var emit = Output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return System.Runtime.Loader.AssemblyLoadContext.Default.LoadFromStream(new MemoryStream(stream.ToArray()));
    }
}
