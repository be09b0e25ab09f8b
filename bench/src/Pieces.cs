using FactsGen.Escaping;
using System.Collections.Immutable;
using System.Globalization;
using FactsGen.Emit;
using FactsGen.Indexing;
using FactsGen.Model;
using FactsGen.Parsing;
using FactsGen.Schema;
using FactsGen.Semantics;
using FactsGen.Synthetic;
using FactsGen.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FactsGen.Bench;

/// <summary>
/// <c>--pieces [facts]</c>: the generator's pieces timed on their own over the same synthetic
/// files (Stopwatch harness, medians), next to YamlDotNet's: where a cold run's time goes, finer
/// than the pipeline steps. A guide for optimizing, not a figure.
/// </summary>
internal static class Pieces
{
    public static int Run(string[] args)
    {
        var size = args.Select(a => int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).FirstOrDefault(n => n > 0);
        size = size == 0 ? 10_000 : size;
        var facts = SyntheticFactBase.Create(size, 100);
        var files = facts.YamlFiles.Select(f => (Path: GeneratorRunner.ProjectDir + f.Path, f.Text)).ToList();
        var options = new GeneratorOptions(GeneratorRunner.Namespace, GeneratorRunner.ProjectDir);
        var ct = CancellationToken.None;

        var parsed = files.Select(f => FactFileParser.Parse(f.Path, f.Text, ct)).ToList();
        var models = parsed.Select(p => new FactFileModel(p.Path, p.Records.Where(r => r.IsValid).ToEquatableArray(), FactSchema.BuiltIn)).ToList();
        var summaries = parsed.Select(p => FileSummary.Create(p, FactSchema.BuiltIn)).ToImmutableArray();
        var articlePaths = facts.ArticleTexts.Select(a => GeneratorRunner.ProjectDir + a.Path).ToImmutableArray();
        var records = models.SelectMany(m => m.Records).ToList();
        var data = records.Select(r => FactData.Encode(FactSchema.BuiltIn[r.Kind], r)).ToList();

        Console.WriteLine($"pieces over {size} facts in {files.Count} YAML files ({files.Sum(f => f.Text.Length) / 1024 / 1024} Mi chars); median of 7 after 3 warm-ups");
        Time("YamlStream.Load (the floor)", () => files.ForEach(f => new YamlStream().Load(new StringReader(f.Text))));
        Time("YamlDotNet Parser events only", () => files.ForEach(f =>
        {
            var parser = new Parser(new Scanner(new StringReader(f.Text), skipComments: true));
            while (parser.MoveNext())
            {
            }
        }));
        Console.WriteLine($"  FastYamlReader accepts {files.Count(f => FastYamlReader.TryRead(f.Text, YamlLimits.Default, ct) is not null)} of {files.Count} files");
        Time("YamlTreeReader.ReadWithYamlDotNet", () => files.ForEach(f => YamlTreeReader.ReadWithYamlDotNet(f.Text, YamlLimits.Default, ct)));
        Time("FastYamlReader.TryRead", () => files.ForEach(f => FastYamlReader.TryRead(f.Text, YamlLimits.Default, ct)));
        Time("FactFileParser.Parse", () => files.ForEach(f => FactFileParser.Parse(f.Path, f.Text, ct)));
        Time("FileSummary.Create", () => parsed.ForEach(p => FileSummary.Create(p, FactSchema.BuiltIn)));
        Time("FactIndexBuilder.Build", () => FactIndexBuilder.Build(summaries, articlePaths, FactSchema.BuiltIn, ct));
        Time("CitationSet.Of", () => parsed.ForEach(p => FactsGen.Articles.CitationSet.Of(p)));
        Time("QuoteNormalizer.Normalize(quotes)", () => records.ForEach(r => Quotes(r).ToList().ForEach(q => FactsGen.Articles.QuoteNormalizer.Normalize(q))));
        // The support checks need the base's own schema (its declared kinds name most references).
        var schema = FactBaseSteps.BuildSchema(files.Select(f => FactBaseSteps.ReadKinds(f.Path, f.Text, ct)).ToImmutableArray()).Schema;
        var declared = files.Select(f => FactFileParser.Parse(f.Path, f.Text, schema, ct)).ToList();
        var names = FactBaseSteps.BuildNameTable(declared.Select(p => FactBaseSteps.Names(p, schema)).ToImmutableArray());
        Time("SupportChecker.Check (base's kinds)", () => declared.ForEach(p => FactBaseSteps.CheckSupport(p, schema, names, ct)));
        Time("FactFileEmitter.Emit", () => models.ForEach(m => FactFileEmitter.Emit(options, m)));
        Time("  FactSummary.Describe", () => records.ForEach(r => FactSummary.Describe(r, FactSchema.BuiltIn)));
        Time("  FactData.Encode", () => records.ForEach(r => FactData.Encode(FactSchema.BuiltIn[r.Kind], r)));
        Time("  CSharpLiteral.String(data)", () => data.ForEach(d => CSharpLiteral.String(d)));
        Time("  XmlDoc.Text(quotes)", () => records.ForEach(r => Quotes(r).ToList().ForEach(q => XmlDoc.Text(q))));
        Time("  CSharpLiteral.String(quotes)", () => records.ForEach(r => Quotes(r).ToList().ForEach(q => CSharpLiteral.String(q))));
        return 0;
    }

    private static IEnumerable<string> Quotes(FactRecord record)
    {
        var kind = FactSchema.BuiltIn[record.Kind];
        return kind.SourcesField is null ? [] : record.Fields[kind.IndexOf(kind.SourcesField.Name)]?.Citations.Select(c => c.Quote) ?? [];
    }

    private static void Time(string name, Action action)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        action();
        var perRun = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / 1024.0;
        var gen2 = GC.CollectionCount(2);
        var pause = GC.GetTotalPauseDuration();
        var sample = Harness.Measure(name, 3, 7, action);
        var forced = 2 * 10; // Harness.Collect: two gen2 collections before each of the 10 runs
        Console.WriteLine($"  {name,-36} {sample.Median,8:F1} ms   (min {sample.Min:F1}; allocates {perRun,6:F1} MiB; per run {(GC.CollectionCount(2) - gen2 - forced) / 10.0:F1} gen2 GCs, GC pauses incl. forced {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds / 10:F1} ms)");
    }
}
