using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactsGen.Articles;
using FactsGen.Diagnostics;
using FactsGen.Emit;
using FactsGen.Indexing;
using FactsGen.Model;
using FactsGen.Parsing;
using FactsGen.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactsGen;

/// <summary>
/// Compiles YAML fact files and the articles they cite (MSBuild AdditionalFiles) into typed C#.
/// Wiring only: the steps are <see cref="FactBaseSteps"/>'s, which the tools call too. The kinds
/// (built-in and declared, docs/fact-files.md §6) are a step of their own: each file's declarations are read on
/// their own, the schema is built from all of them, and it compares by value, so an edit that
/// leaves the kinds as they were re-parses only the edited file. Cross-file checks run on small
/// summaries; sources are emitted per fact file, per kind, per catalog and once for the fixed
/// types; diagnostics are reported from outputs of their own, so a diagnostic-only change emits nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FactsGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(GeneratorOptionsReader.Read)
            .WithTrackingName(TrackingNames.Options);
        var factTexts = context.AdditionalTextsProvider.Where(static text => FilePaths.IsFactFile(text.Path));

        // Sections in the order their outputs are registered: diagnostics first, then sources.
        var schema = WireKinds(context, factTexts);
        var factFiles = WireParsing(context, factTexts, schema);
        var articles = WireArticles(context);
        var index = WireIndex(context, factFiles, articles, schema);
        WireQuotes(context, factFiles, index, articles);
        WireSupport(context, factFiles, schema);
        var acceptance = index
            .Select(static (i, _) => i.Accepted)
            .WithTrackingName(TrackingNames.Acceptance);
        WireKindSources(context, options, schema, acceptance);
        WireFactFileSources(context, options, schema, factFiles, acceptance);
    }

    /// <summary>Kinds: each file's declarations on their own, then one schema from all of them.</summary>
    private static IncrementalValueProvider<FactSchema> WireKinds(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<AdditionalText> factTexts)
    {
        var declarations = factTexts
            .Select(static (text, ct) => ReadKinds(text, ct))
            .WithTrackingName(TrackingNames.ReadKinds);
        context.RegisterSourceOutput(
            declarations.Select(static (d, _) => d.Diagnostics).WithTrackingName(TrackingNames.KindDiagnostics),
            static (spc, diagnostics) => Report(spc, diagnostics));
        var schemaBuild = declarations
            .Collect()
            .Select(static (all, _) => FactBaseSteps.BuildSchema(all))
            .WithTrackingName(TrackingNames.BuildSchema);
        context.RegisterSourceOutput(
            schemaBuild.Select(static (b, _) => b.Diagnostics).WithTrackingName(TrackingNames.SchemaDiagnostics),
            static (spc, diagnostics) => Report(spc, diagnostics));
        return schemaBuild
            .Select(static (b, _) => b.Schema)
            .WithTrackingName(TrackingNames.Schema);
    }

    /// <summary>Per-file checks: each fact file parsed against the schema, cached per file.</summary>
    private static IncrementalValuesProvider<ParsedFactFile> WireParsing(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<AdditionalText> factTexts, IncrementalValueProvider<FactSchema> schema)
    {
        var factFiles = factTexts
            .Combine(schema)
            .Select(static (pair, ct) => ParseFactFile(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.ParseFactFile);
        context.RegisterSourceOutput(
            factFiles.Select(static (file, _) => file.Diagnostics).WithTrackingName(TrackingNames.FileDiagnostics),
            static (spc, diagnostics) => Report(spc, diagnostics));
        return factFiles;
    }

    private static IncrementalValuesProvider<ArticleText> WireArticles(IncrementalGeneratorInitializationContext context) =>
        context.AdditionalTextsProvider
            .Where(static text => FilePaths.IsArticle(text.Path))
            .Select(static (text, ct) => ArticleText.Create(text.Path, ReadArticle(text, ct), ct))
            .WithTrackingName(TrackingNames.ReadArticle);

    /// <summary>Cross-file checks, on summaries that edits to values and quotes leave unchanged.</summary>
    private static IncrementalValueProvider<FactIndex> WireIndex(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<ParsedFactFile> factFiles, IncrementalValuesProvider<ArticleText> articles, IncrementalValueProvider<FactSchema> schema)
    {
        var articlePaths = articles
            .Select(static (article, _) => article.Path)
            .Collect()
            .WithTrackingName(TrackingNames.ArticlePaths);
        var index = factFiles
            .Combine(schema)
            .Select(static (pair, _) => FileSummary.Create(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Summarize)
            .Collect()
            .Combine(articlePaths)
            .Combine(schema)
            .Select(static (pair, ct) => FactBaseSteps.BuildIndex(pair.Left.Left, pair.Left.Right, pair.Right, ct))
            .WithTrackingName(TrackingNames.BuildIndex);
        context.RegisterSourceOutput(
            index.Select(static (i, _) => i.Diagnostics).WithTrackingName(TrackingNames.IndexDiagnostics),
            static (spc, diagnostics) => Report(spc, diagnostics));
        return index;
    }

    /// <summary>Quotes, per fact file, against the articles its citations can name.</summary>
    private static void WireQuotes(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<ParsedFactFile> factFiles, IncrementalValueProvider<FactIndex> index, IncrementalValuesProvider<ArticleText> articles)
    {
        var lookup = index
            .Select(static (i, _) => i.Articles)
            .Combine(articles.Collect())
            .Select(static (pair, _) => FactBaseSteps.BuildLookup(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ArticleLookup);
        var quoteDiagnostics = factFiles
            .Select(static (file, _) => CitationSet.Of(file))
            .WithTrackingName(TrackingNames.Citations)
            .Combine(lookup)
            .Select(static (pair, ct) => FactBaseSteps.VerifyQuotes(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.VerifyQuotes);
        context.RegisterSourceOutput(quoteDiagnostics, static (spc, diagnostics) => Report(spc, diagnostics));
    }

    /// <summary>
    /// Support (docs/fact-files.md §12), per fact file, against every file's names: an edit to names and aliases
    /// re-runs these cheap checks, not the parse of other files; a quote edit re-checks its file.
    /// </summary>
    private static void WireSupport(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<ParsedFactFile> factFiles, IncrementalValueProvider<FactSchema> schema)
    {
        var nameTable = factFiles
            .Combine(schema)
            .Select(static (pair, _) => FactBaseSteps.Names(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Names)
            .Collect()
            .Select(static (all, _) => FactBaseSteps.BuildNameTable(all))
            .WithTrackingName(TrackingNames.NameTable);
        var supportDiagnostics = factFiles
            .Combine(schema)
            .Combine(nameTable)
            .Select(static (pair, ct) => FactBaseSteps.CheckSupport(pair.Left.Left, pair.Left.Right, pair.Right, ct))
            .WithTrackingName(TrackingNames.CheckSupport);
        context.RegisterSourceOutput(supportDiagnostics, static (spc, diagnostics) => Report(spc, diagnostics));
    }

    /// <summary>The fixed types once, then per kind its types (which change only when the kinds do) and its catalog (which changes only when files come and go).</summary>
    private static void WireKindSources(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<GeneratorOptions> options, IncrementalValueProvider<FactSchema> schema, IncrementalValueProvider<EquatableArray<FileAcceptance>> acceptance)
    {
        context.RegisterSourceOutput(options, static (spc, o) => Emit(spc, () => TypesEmitter.Emit(o)));

        var kindTypes = schema
            .Combine(options)
            .SelectMany(static (pair, _) => pair.Left.Kinds.Select(kind => new KindTypesModel(pair.Right, pair.Left, kind.Index)))
            .WithTrackingName(TrackingNames.KindTypes);
        context.RegisterSourceOutput(kindTypes, static (spc, model) => Emit(spc, () => new[] { KindEmitter.Emit(model) }));

        var catalogs = acceptance
            .Combine(options)
            .Combine(schema)
            .SelectMany(static (pair, _) => pair.Right.Kinds.Select(kind => CatalogModel.Of(pair.Left.Right, kind, pair.Left.Left)))
            .WithTrackingName(TrackingNames.Catalogs);
        context.RegisterSourceOutput(catalogs, static (spc, model) => Emit(spc, () => new[] { CatalogEmitter.Emit(model) }));
    }

    /// <summary>
    /// Each fact file's source. When ids change anywhere, every file's model is recomputed, but
    /// that is a cheap selection of its accepted records (shared with the parse, not copied):
    /// only files whose model differs are emitted again. The emitted text is the step's value,
    /// so an edit that only moves text (equal text) adds nothing to the compilation.
    /// </summary>
    private static void WireFactFileSources(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<GeneratorOptions> options, IncrementalValueProvider<FactSchema> schema, IncrementalValuesProvider<ParsedFactFile> factFiles, IncrementalValueProvider<EquatableArray<FileAcceptance>> acceptance)
    {
        var fileSources = factFiles
            .Combine(acceptance)
            .Combine(schema)
            .Select(static (pair, _) => FactBaseSteps.ToFileModel(pair.Left.Left, pair.Left.Right, pair.Right))
            .WithTrackingName(TrackingNames.FileModels)
            .Combine(options)
            .Select(static (pair, ct) => FactBaseSteps.EmitFactFile(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.EmitFactFile);
        context.RegisterSourceOutput(fileSources, static (spc, emitted) =>
        {
            if (emitted.Fault is { } fault)
            {
                spc.ReportDiagnostic(fault.ToDiagnostic());
            }
            else if (emitted.Source is { } source)
            {
                Add(spc, source);
            }
        });
    }

    private static FileKindDeclarations ReadKinds(AdditionalText text, CancellationToken cancellationToken)
    {
        var path = text.Path;
        return FactBaseSteps.Guard(
            cancellationToken,
            () => text.GetText(cancellationToken) is { } source && source.Length <= Yaml.YamlLimits.Default.MaxFileChars && Mentions(source, FactKinds.KindsSection)
                ? FactBaseSteps.ReadKinds(path, source.ToString(), cancellationToken)
                : FileKindDeclarations.None(path),
            // The parse step reports a text that cannot be read (FG9999); here it only may hold kinds.
            _ => FileKindDeclarations.None(path) with { IsComplete = false });
    }

    /// <summary>
    /// Whether the text holds the word, read in blocks: most fact files declare no kinds, and copying
    /// each one into a string a second time (the parse makes its own) would cost a cold build.
    /// </summary>
    private static bool Mentions(SourceText source, string word)
    {
        const int Block = 4096;
        var buffer = _mentionsBuffer is { } reused && reused.Length == Block + word.Length ? reused : _mentionsBuffer = new char[Block + word.Length];
        for (var start = 0; start < source.Length; start += Block)
        {
            // Each block overlaps the next by the word's length less one, so no occurrence is cut.
            var count = System.Math.Min(buffer.Length, source.Length - start);
            source.CopyTo(start, buffer, 0, count);
            if (MemoryExtensions.IndexOf(buffer.AsSpan(0, count), word.AsSpan(), StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The block buffer of <see cref="Mentions"/>, one per thread (one per file cost a cold build megabytes).</summary>
    [ThreadStatic]
    private static char[]? _mentionsBuffer;

    private static ParsedFactFile ParseFactFile(AdditionalText text, FactSchema schema, CancellationToken cancellationToken)
    {
        var path = text.Path;
        return FactBaseSteps.Guard(
            cancellationToken,
            () =>
            {
                var source = text.GetText(cancellationToken);
                if (source is null)
                {
                    return FactBaseSteps.UnreadableFactFile(path);
                }

                // A huge file is refused (FG0015) before its text is copied into one big string.
                return source.Length > Yaml.YamlLimits.Default.MaxFileChars
                    ? FactFileParser.RefuseTooLarge(path, source.Length)
                    : FactFileParser.Parse(path, source.ToString(), schema, cancellationToken);
            },
            e => FactBaseSteps.UnreadableFile(path, e));
    }

    /// <summary>
    /// An article's text; one the host cannot give (null, or an exception as an IDE's text may throw)
    /// reads as empty, so its citations are reported (FG0012, FG0013) instead of the generator crashing.
    /// </summary>
    private static string ReadArticle(AdditionalText text, CancellationToken cancellationToken)
    {
        try
        {
            return text.GetText(cancellationToken)?.ToString() ?? string.Empty;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return string.Empty;
        }
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    /// <summary>Hands a generated source to the compiler as a view of its chunks (no copy into a string).</summary>
    private static void Add(SourceProductionContext context, SourceFile file) =>
        context.AddSource(file.HintName, file.Text.ToSourceText(System.Text.Encoding.UTF8));

    private static void Emit(SourceProductionContext context, Func<IEnumerable<SourceFile>> emit)
    {
        try
        {
            foreach (var file in emit())
            {
                Add(context, file);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(FactBaseSteps.Fault("emitting code", e, null).ToDiagnostic());
        }
    }
}
