using FactsGen.Parsing;
using FactsGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactsGen.Tests.Pipeline;

/// <summary>
/// Support (docs/fact-files.md §12) needs a reference target's name and aliases from another file. It is a step of
/// its own, fed by each file's small name table: an alias edit re-parses only the edited file and
/// re-runs the (cheap) support checks; a quote edit re-checks only its own file. Reads the driver's
/// tracked steps, not the clock.
/// </summary>
public class SupportIncrementalityTests
{
    private const string ArticlePath = "/project/facts/articles/a.txt";
    private const string ActorsPath = "/project/facts/actors.yaml";
    private const string SanctionsPath = "/project/facts/sanctions.yaml";
    private const string DeploymentsPath = "/project/facts/deployments.yaml";

    private const string Article =
        "The bloc imposed sanctions on Niger.\n" +
        "ECOWAS leaders met in Abuja.\n" +
        "Wagner fighters are in Mali.\n";

    private const string Actors = """
        articles:
          - id: a
            file: articles/a.txt
        actors:
          - id: ecowas
            name: ECOWAS
            kind: intergovernmental
            aliases: [the bloc]
            sources: [{article: a, line: 2, quote: "ECOWAS leaders"}]
          - id: niger
            name: Niger
            kind: state
            sources: [{article: a, line: 1, quote: "sanctions on Niger"}]
          - id: wagner
            name: Wagner
            kind: armed-group
            sources: [{article: a, line: 3, quote: "Wagner fighters"}]
        """;

    private const string Sanctions = """
        sanctions:
          - id: bloc-niger
            imposed-by: ecowas
            targets: [niger]
            sources: [{article: a, line: 1, quote: "The bloc imposed sanctions on Niger"}]
        """;

    private const string Deployments = """
        deployments:
          - id: wagner-mali
            actor: wagner
            location: Mali
            sources: [{article: a, line: 3, quote: "Wagner fighters are in Mali"}]
        """;

    [Fact]
    public void AliasEditReParsesOnlyItsFileAndReChecksSupport()
    {
        var (driver, compilation, files) = FirstRun();

        // 'the bloc' is what the sanction's quote says: without the alias, ECOWAS is in none of its quotes.
        var second = Edit(driver, compilation, files, ActorsPath, Actors.Replace("aliases: [the bloc]", "aliases: [the club]", StringComparison.Ordinal));

        Assert.Equal([ActorsPath], Paths(second, TrackingNames.ParseFactFile, IncrementalStepRunReason.Modified));
        Assert.Equal([DeploymentsPath, SanctionsPath], Paths(second, TrackingNames.ParseFactFile, IncrementalStepRunReason.Cached).Order(StringComparer.Ordinal));
        Assert.All(Outputs(second, TrackingNames.NameTable), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));

        // Every file's support ran again (none cached); the sanction's changed, the deployment's did not.
        Assert.DoesNotContain(Outputs(second, TrackingNames.CheckSupport), o => o.Reason == IncrementalStepRunReason.Cached);
        Assert.Equal(3, Outputs(second, TrackingNames.CheckSupport).Count);
        var diagnostic = Assert.Single(second.Diagnostics);
        Assert.Equal("FG0017", diagnostic.Id);
        Assert.Equal(SanctionsPath, diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("none mentions 'ECOWAS' or 'the club' (the name and aliases of actor 'ecowas')", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        // Ids and references did not change: the index is not rebuilt.
        Assert.All(Outputs(second, TrackingNames.BuildIndex), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void QuoteEditReChecksOnlyItsFile()
    {
        var (driver, compilation, files) = FirstRun();

        var second = Edit(driver, compilation, files, DeploymentsPath, Deployments.Replace("quote: \"Wagner fighters are in Mali\"", "quote: \"fighters are in Mali\"", StringComparison.Ordinal));

        Assert.Equal([DeploymentsPath], Paths(second, TrackingNames.ParseFactFile, IncrementalStepRunReason.Modified));

        // Its names did not change (deployments have none): the name table is cached, and so is every other file's support.
        Assert.All(Outputs(second, TrackingNames.NameTable), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Equal([DeploymentsPath], Paths(second, TrackingNames.CheckSupport, IncrementalStepRunReason.Modified));
        Assert.Equal(2, Outputs(second, TrackingNames.CheckSupport).Count(o => o.Reason == IncrementalStepRunReason.Cached));

        var diagnostic = Assert.Single(second.Diagnostics);
        Assert.Equal("FG0017", diagnostic.Id);
        Assert.Equal(DeploymentsPath, diagnostic.Location.GetLineSpan().Path);
    }

    private static (GeneratorDriver Driver, Compilation Compilation, List<AdditionalText> Files) FirstRun()
    {
        var files = new List<AdditionalText>
        {
            new InMemoryAdditionalText(ArticlePath, Article),
            new InMemoryAdditionalText(ActorsPath, Actors),
            new InMemoryAdditionalText(SanctionsPath, Sanctions),
            new InMemoryAdditionalText(DeploymentsPath, Deployments),
        };
        var compilation = GeneratorHarness.CreateCompilation("class Existing { }");
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Diagnostics);
        return (driver, compilation, files);
    }

    private static GeneratorRunResult Edit(GeneratorDriver driver, Compilation compilation, List<AdditionalText> files, string path, string text)
    {
        var target = files.Single(f => f.Path == path);
        Assert.NotEqual(target.GetText()!.ToString(), text);
        return driver.ReplaceAdditionalText(target, new InMemoryAdditionalText(path, text)).RunGenerators(compilation).GetRunResult().Results.Single();
    }

    private static List<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();

    /// <summary>The fact files whose output of a per-file step had this reason (the step's input names the file).</summary>
    private static List<string> Paths(GeneratorRunResult result, string step, IncrementalStepRunReason reason) =>
        result.TrackedSteps[step]
            .SelectMany(s => s.Outputs.Where(o => o.Reason == reason).Select(_ => PathOf(s)))
            .ToList();

    private static string PathOf(IncrementalGeneratorRunStep step)
    {
        // Walk the inputs back to the parsed file (ParsedFactFile has a Path).
        object? value = step.Inputs[0].Source.Outputs[step.Inputs[0].OutputIndex].Value;
        while (value is not null)
        {
            if (value.GetType().GetProperty("Path")?.GetValue(value) is string path)
            {
                return path;
            }

            value = value is System.Runtime.CompilerServices.ITuple tuple && tuple.Length > 0 ? tuple[0] : null;
        }

        return step.Outputs[0].Value.GetType().GetProperty("Path")?.GetValue(step.Outputs[0].Value) as string ?? "?";
    }
}
