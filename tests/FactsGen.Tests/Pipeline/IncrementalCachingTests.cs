using FactsGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactsGen.Tests.Pipeline;

/// <summary>The twice-run harness: what re-runs when nothing, C# code, or one fact file changes.</summary>
public class IncrementalCachingTests
{
    [Fact]
    public void SecondRunWithNoChangeIsFullyCached()
    {
        var (driver, compilation) = FirstRun(GeneratorHarness.RealFacts());

        var second = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();

        AssertAllTrackedStepsCachedOrUnchanged(second);
        Assert.All(second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void UnrelatedCSharpEditRunsNoGeneratorStep()
    {
        var (driver, compilation) = FirstRun(GeneratorHarness.RealFacts());

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { int X => 1; }", GeneratorHarness.ParseOptions, path: "/src/Unrelated.cs"));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.All(TrackedStepOutputs(second), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void EditingOneFactFileReRunsOnlyThatFilesSteps()
    {
        var files = GeneratorHarness.RealFacts();
        var (driver, compilation) = FirstRun(files);
        var target = files.Single(f => f.Path.EndsWith("deployments.yaml", StringComparison.Ordinal));
        // Same length, so no location moves: only a value differs.
        var text = target.GetText()!.ToString().Replace("personnel: \"troops\"", "personnel: \"forces\"", StringComparison.Ordinal);
        Assert.NotEqual(target.GetText()!.ToString(), text);

        var second = driver
            .ReplaceAdditionalText(target, new InMemoryAdditionalText(target.Path, text))
            .RunGenerators(compilation.Clone())
            .GetRunResult().Results.Single();

        // The edited file is parsed again; every other file's parse is cached.
        var parses = second.TrackedSteps[TrackingNames.ParseFactFile].SelectMany(s => s.Outputs).ToList();
        Assert.Single(parses, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(files.Count(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal)) - 1, parses.Count(o => o.Reason == IncrementalStepRunReason.Cached));

        // Ids and references did not change, so the cross-file index is not rebuilt.
        Assert.All(second.TrackedSteps[TrackingNames.Summarize].SelectMany(s => s.Outputs), o => Assert.NotEqual(IncrementalStepRunReason.Modified, o.Reason));
        Assert.All(second.TrackedSteps[TrackingNames.BuildIndex].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(second.TrackedSteps[TrackingNames.Catalogs].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));

        // Only that file's model changes, so only its source is emitted again.
        var models = second.TrackedSteps[TrackingNames.FileModels].SelectMany(s => s.Outputs).ToList();
        Assert.Single(models, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.All(models.Where(o => o.Reason != IncrementalStepRunReason.Modified), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void CommentOnlyEditReEmitsNothing()
    {
        var files = GeneratorHarness.RealFacts();
        var (driver, compilation) = FirstRun(files);
        var target = files.Single(f => f.Path.EndsWith("actors.yaml", StringComparison.Ordinal));

        // A comment line shifts every location below it: diagnostics data changes, generated code does not.
        var second = driver
            .ReplaceAdditionalText(target, new InMemoryAdditionalText(target.Path, "# an editor's note\n" + target.GetText()!))
            .RunGenerators(compilation.Clone())
            .GetRunResult().Results.Single();

        Assert.Single(second.TrackedSteps[TrackingNames.ParseFactFile].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.All(second.TrackedSteps[TrackingNames.FileModels].SelectMany(s => s.Outputs), o => Assert.NotEqual(IncrementalStepRunReason.Modified, o.Reason));
        Assert.All(second.TrackedSteps[TrackingNames.Catalogs].SelectMany(s => s.Outputs), o => Assert.NotEqual(IncrementalStepRunReason.Modified, o.Reason));
    }

    [Fact]
    public void EveryTrackingNameIsUsed()
    {
        var (driver, _) = FirstRun(GeneratorHarness.RealFacts());
        var steps = driver.GetRunResult().Results.Single().TrackedSteps.Keys.ToHashSet();
        Assert.All(TrackingNames.All, name => Assert.Contains(name, steps));
    }

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun(IReadOnlyList<AdditionalText> files)
    {
        var compilation = GeneratorHarness.CreateCompilation("class Existing { }");
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Diagnostics);
        return (driver, compilation);
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> TrackedStepOutputs(GeneratorRunResult result) =>
        result.TrackedSteps.Where(s => TrackingNames.All.Contains(s.Key)).SelectMany(s => s.Value).SelectMany(s => s.Outputs);

    private static void AssertAllTrackedStepsCachedOrUnchanged(GeneratorRunResult result)
    {
        foreach (var (name, steps) in result.TrackedSteps.Where(s => TrackingNames.All.Contains(s.Key)))
        {
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                Assert.True(
                    output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"step {name} re-ran with reason {output.Reason}");
            }
        }
    }
}
