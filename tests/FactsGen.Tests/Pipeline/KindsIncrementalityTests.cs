using FactsGen.Synthetic;
using FactsGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactsGen.Tests.Pipeline;

/// <summary>
/// The kinds are a step of the pipeline (docs/fact-files.md §6): editing a kind declaration re-checks every fact
/// file; editing a fact re-runs only its own file's steps, as without declared kinds; an edit to
/// kinds.yaml that leaves the kinds as they were (a comment) re-checks nothing. Reads the driver's
/// tracked steps over the synthetic base plus a kinds file and a file of declared-kind records.
/// </summary>
public class KindsIncrementalityTests
{
    private const int RegionFiles = 10;

    private static readonly SyntheticFactBase Base = SyntheticFactBase.Create(facts: 300, files: RegionFiles, declaredKinds: false);

    private const string KindsPath = "/project/facts/kinds.yaml";

    private const string Kinds = """
        kinds:
          - id: events
            record: Event
            summary: "{what}"
            fields:
              - name: what
                type: string
                required: true
              - name: actors
                type: ref actors
                list: true
                reverse: Events
        """;

    [Fact]
    public void TheBaseWithDeclaredKindsIsCleanAndCompiles()
    {
        var run = GeneratorHarness.Run(Texts(Kinds));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Contains(run.Result.GeneratedTrees, t => t.FilePath.EndsWith("FactsGen.Kind.Event.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void EditingAKindReChecksEveryFile()
    {
        var texts = Texts(Kinds);
        var (driver, compilation) = FirstRun(texts);
        var kinds = texts.Single(t => t.Path == KindsPath);
        var edited = new InMemoryAdditionalText(KindsPath, Kinds.Replace("required: true", "required: true\n        doc: \"What happened.\"", StringComparison.Ordinal));

        var second = driver.ReplaceAdditionalText(kinds, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.All(Outputs(second, TrackingNames.BuildSchema), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        var parses = Outputs(second, TrackingNames.ParseFactFile);
        Assert.Equal(texts.Count(t => t.Path.EndsWith(".yaml", StringComparison.Ordinal)), parses.Count);
        Assert.All(parses, o => Assert.NotEqual(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Empty(second.Diagnostics);
    }

    [Fact]
    public void EditingAFactReRunsOnlyItsFileAndNotTheKinds()
    {
        var texts = Texts(Kinds);
        var (driver, compilation) = FirstRun(texts);
        var target = texts.Single(t => t.Path.EndsWith("/region-004.yaml", StringComparison.Ordinal));
        var edited = new InMemoryAdditionalText(target.Path, SyntheticFactBase.EditValue(target.GetText()!.ToString()));

        var second = driver.ReplaceAdditionalText(target, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Single(Outputs(second, TrackingNames.ParseFactFile), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.All(Outputs(second, TrackingNames.ParseFactFile).Where(o => o.Reason != IncrementalStepRunReason.Modified), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        foreach (var step in new[] { TrackingNames.Schema, TrackingNames.KindTypes })
        {
            Assert.All(Outputs(second, step), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }
    }

    [Fact]
    public void AnEditThatLeavesTheKindsAsTheyWereReChecksNothingElse()
    {
        var texts = Texts(Kinds);
        var (driver, compilation) = FirstRun(texts);
        var kinds = texts.Single(t => t.Path == KindsPath);
        var edited = new InMemoryAdditionalText(KindsPath, "# The kinds of this fact base.\n" + Kinds);

        var second = driver.ReplaceAdditionalText(kinds, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.All(Outputs(second, TrackingNames.BuildSchema), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.All(Outputs(second, TrackingNames.Schema), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        var parses = Outputs(second, TrackingNames.ParseFactFile);
        Assert.Single(parses, o => o.Reason != IncrementalStepRunReason.Cached); // kinds.yaml itself
        Assert.All(Outputs(second, TrackingNames.KindTypes), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void ABrokenKindSilencesItsRecordsUntilItIsFixed()
    {
        var texts = Texts(Kinds);
        var (driver, compilation) = FirstRun(texts);
        var kinds = texts.Single(t => t.Path == KindsPath);
        var broken = new InMemoryAdditionalText(KindsPath, Kinds.Replace("type: string", "type: strng", StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalText(kinds, broken).RunGenerators(compilation);
        var diagnostic = Assert.Single(driver.GetRunResult().Diagnostics);
        Assert.Equal("FG0016", diagnostic.Id);
        Assert.Contains("did you mean 'string'?", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain(driver.GetRunResult().GeneratedTrees, t => t.FilePath.EndsWith("FactsGen.Kind.Event.g.cs", StringComparison.Ordinal));

        var fixedAgain = driver.ReplaceAdditionalText(broken, new InMemoryAdditionalText(KindsPath, Kinds)).RunGenerators(compilation).GetRunResult();
        Assert.Empty(fixedAgain.Diagnostics);
        Assert.Contains(fixedAgain.GeneratedTrees, t => t.FilePath.EndsWith("FactsGen.Kind.Event.g.cs", StringComparison.Ordinal));
    }

    /// <summary>The synthetic base, a kinds file, and a file of events that cite the line an actor of the base is cited on and name that actor.</summary>
    private static List<AdditionalText> Texts(string kinds)
    {
        var texts = Base.AllFiles.Select(f => (AdditionalText)new InMemoryAdditionalText("/project/" + f.Path, f.Text)).ToList();
        // The sample actor's own first citation: its quote mentions the actor, so the event's 'actors' is supported (docs/fact-files.md §12).
        var record = "  - id: " + Base.SampleActorId + "\n";
        var region = Base.FactFiles.First(f => f.Text.Contains(record, StringComparison.Ordinal)).Text;
        var at = region.IndexOf("      - {article:", region.IndexOf(record, StringComparison.Ordinal), StringComparison.Ordinal);
        var citation = region.Substring(at, region.IndexOf('\n', at) - at);
        var events = $"events:\n  - id: first-event\n    what: \"Something happened\"\n    actors: [{Base.SampleActorId}]\n    sources:\n{citation}\n";
        texts.Add(new InMemoryAdditionalText(KindsPath, kinds));
        texts.Add(new InMemoryAdditionalText("/project/facts/events.yaml", events));
        return texts;
    }

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun(IReadOnlyList<AdditionalText> files)
    {
        var compilation = GeneratorHarness.CreateCompilation("class Existing { }");
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Diagnostics);
        return (driver, compilation);
    }

    private static List<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
}
