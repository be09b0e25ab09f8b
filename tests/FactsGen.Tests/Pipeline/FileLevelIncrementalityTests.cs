using System.Reflection;
using System.Runtime.CompilerServices;
using FactsGen.Synthetic;
using FactsGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactsGen.Tests.Pipeline;

/// <summary>
/// Guards the incremental design over a synthetic fact base of 20 fact files (the benchmarks'
/// seeded maker, bench/FactsGen.Synthetic): after a one-file edit only that file's steps run
/// again, every other file's are cached, and the cross-file steps run only when ids change. Not a
/// timing: it reads the driver's tracked steps.
/// </summary>
public class FileLevelIncrementalityTests
{
    private const int Files = 20;

    /// <summary>Steps that run once per fact file; every other tracked step spans the fact base.</summary>
    private static readonly string[] PerFileSteps =
    [
        TrackingNames.ParseFactFile, TrackingNames.FileDiagnostics, TrackingNames.Summarize,
        TrackingNames.Citations, TrackingNames.VerifyQuotes, TrackingNames.Names, TrackingNames.CheckSupport, TrackingNames.FileModels, TrackingNames.EmitFactFile,
    ];

    private static readonly SyntheticFactBase Base = SyntheticFactBase.Create(facts: 600, files: Files);

    /// <summary>The YAML files besides the one a test edits: the other regions, articles.yaml and kinds.yaml.</summary>
    private static readonly int OtherYamlFiles = Base.YamlFiles.Count() - 1;

    [Fact]
    public void TheSyntheticBaseIsCleanAndCompiles()
    {
        var run = GeneratorHarness.Run(Texts());

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Equal(Base.YamlFiles.Count(), run.Result.Results.Single().TrackedSteps[TrackingNames.ParseFactFile].Length);
    }

    [Fact]
    public void ValueEditReRunsOnlyThatFilesSteps()
    {
        var texts = Texts();
        var (driver, compilation) = FirstRun(texts);
        var target = texts.Single(t => t.Path.EndsWith("/region-007.yaml", StringComparison.Ordinal));
        var edited = new InMemoryAdditionalText(target.Path, SyntheticFactBase.EditValue(target.GetText()!.ToString()));

        var second = driver.ReplaceAdditionalText(target, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        // Every output that ran again (New or Modified) belongs to the edited file.
        foreach (var (step, value) in ReRun(second))
        {
            Assert.True(PerFileSteps.Contains(step), $"the cross-file step {step} ran again after a value edit");
            Assert.Equal(target.Path, PathOf(value));
        }

        // The edited file is parsed again and re-emitted; nothing else is.
        Assert.Single(Outputs(second, TrackingNames.ParseFactFile), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Single(Outputs(second, TrackingNames.FileModels), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Single(Outputs(second, TrackingNames.EmitFactFile), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Single(ReRunSourceOutputs(second));

        // Every other file's per-file steps are cached, not merely compared.
        foreach (var step in PerFileSteps)
        {
            Assert.True(Outputs(second, step).Count(o => o.Reason == IncrementalStepRunReason.Cached) >= OtherYamlFiles, $"{step}: another file's output was not cached");
        }

        // Ids and references did not change: the index, the catalogs and the article lookup are cached.
        foreach (var step in new[] { TrackingNames.BuildIndex, TrackingNames.Acceptance, TrackingNames.Catalogs, TrackingNames.ArticleLookup, TrackingNames.ArticlePaths })
        {
            Assert.All(Outputs(second, step), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }
    }

    [Fact]
    public void NewFactReRunsTheIndexButReEmitsOnlyThatFileAndItsKind()
    {
        var texts = Texts();
        var (driver, compilation) = FirstRun(texts);
        var target = texts.Single(t => t.Path.EndsWith("/region-013.yaml", StringComparison.Ordinal));
        var edited = new InMemoryAdditionalText(target.Path, SyntheticFactBase.AddActor(target.GetText()!.ToString(), "brand-new-actor"));

        var second = driver.ReplaceAdditionalText(target, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        // Per-file steps of the other files stay cached; the edited file's run again.
        foreach (var (step, value) in ReRun(second).Where(r => PerFileSteps.Contains(r.Step)))
        {
            Assert.Equal(target.Path, PathOf(value));
        }

        // The index is rebuilt (ids changed): every file's model is selected again, but only the edited
        // file's differs, so only it is emitted again (the others' emission is cached, not rerun).
        Assert.Single(Outputs(second, TrackingNames.BuildIndex), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Single(Outputs(second, TrackingNames.FileModels), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(OtherYamlFiles, Outputs(second, TrackingNames.FileModels).Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Single(Outputs(second, TrackingNames.EmitFactFile), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(OtherYamlFiles, Outputs(second, TrackingNames.EmitFactFile).Count(o => o.Reason == IncrementalStepRunReason.Cached));
        var catalogs = Outputs(second, TrackingNames.Catalogs);
        var changed = Assert.Single(catalogs, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal("Actor", ((FactsGen.Schema.KindDescriptor)changed.Value.GetType().GetProperty("Kind")!.GetValue(changed.Value)!).RecordName);
        Assert.All(catalogs.Where(o => o != changed), o => Assert.NotEqual(IncrementalStepRunReason.Modified, o.Reason));

        // Two sources are emitted again: the edited file's and the actors' catalog.
        Assert.Equal(2, ReRunSourceOutputs(second).Count);
    }

    [Fact]
    public void CSharpEditRunsNoStep()
    {
        var texts = Texts();
        var (driver, compilation) = FirstRun(texts);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { int X => 1; }", GeneratorHarness.ParseOptions, path: "/src/Unrelated.cs"));

        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.All(
            second.TrackedSteps.Where(s => TrackingNames.All.Contains(s.Key)).Concat(second.TrackedOutputSteps).SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    private static List<AdditionalText> Texts() =>
        Base.AllFiles.Select(f => (AdditionalText)new InMemoryAdditionalText("/project/" + f.Path, f.Text)).ToList();

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun(IReadOnlyList<AdditionalText> files)
    {
        var compilation = GeneratorHarness.CreateCompilation("class Existing { }");
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Diagnostics);
        return (driver, compilation);
    }

    private static List<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();

    /// <summary>Outputs of the generator's own steps that were computed again (New or Modified).</summary>
    private static IEnumerable<(string Step, object Value)> ReRun(GeneratorRunResult result) =>
        result.TrackedSteps
            .Where(s => TrackingNames.All.Contains(s.Key))
            .SelectMany(s => s.Value.SelectMany(step => step.Outputs).Where(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified).Select(o => (s.Key, o.Value)));

    private static List<(object Value, IncrementalStepRunReason Reason)> ReRunSourceOutputs(GeneratorRunResult result) =>
        result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .Where(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified).ToList();

    /// <summary>The fact file a step's output is about: its <c>Path</c>, or that of the left side of a combined pair.</summary>
    private static string? PathOf(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case ITuple tuple when tuple.Length > 0:
                return PathOf(tuple[0]);
        }

        var path = value.GetType().GetProperty("Path", BindingFlags.Public | BindingFlags.Instance);
        if (path?.GetValue(value) is string text)
        {
            return text;
        }

        // Per-file diagnostics: an array of diagnostics located in the file (empty for a clean file).
        return value is System.Collections.IEnumerable items
            ? items.Cast<object>().Select(PathOfDiagnostic).FirstOrDefault()
            : null;

        static string? PathOfDiagnostic(object diagnostic) =>
            diagnostic.GetType().GetProperty("Location")?.GetValue(diagnostic) is { } location
                ? location.GetType().GetProperty("FilePath")?.GetValue(location) as string
                : null;
    }
}
