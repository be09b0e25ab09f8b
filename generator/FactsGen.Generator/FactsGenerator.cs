using System;
using System.Collections.Immutable;
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
/// Each fact file is parsed and checked on its own and cached; cross-file checks run on small
/// summaries; sources are emitted per fact file, per catalog and once for the fixed types, and
/// diagnostics are reported from outputs of their own, so a diagnostic-only change emits nothing.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FactsGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(GeneratorOptionsReader.Read)
            .WithTrackingName(TrackingNames.Options);

        var factFiles = context.AdditionalTextsProvider
            .Where(static text => FilePaths.IsFactFile(text.Path))
            .Select(static (text, ct) => ParseFactFile(text, ct))
            .WithTrackingName(TrackingNames.ParseFactFile);

        var articles = context.AdditionalTextsProvider
            .Where(static text => FilePaths.IsArticle(text.Path))
            .Select(static (text, ct) => ArticleText.Create(text.Path, ReadArticle(text, ct), ct))
            .WithTrackingName(TrackingNames.ReadArticle);

        // Per-file checks.
        context.RegisterSourceOutput(
            factFiles.Select(static (file, _) => file.Diagnostics).WithTrackingName(TrackingNames.FileDiagnostics),
            static (spc, diagnostics) => Report(spc, diagnostics));

        // Cross-file checks, on summaries that edits to values and quotes leave unchanged.
        var articlePaths = articles
            .Select(static (article, _) => article.Path)
            .Collect()
            .WithTrackingName(TrackingNames.ArticlePaths);
        var index = factFiles
            .Select(static (file, _) => FileSummary.Create(file))
            .WithTrackingName(TrackingNames.Summarize)
            .Collect()
            .Combine(articlePaths)
            .Select(static (pair, ct) => BuildIndex(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.BuildIndex);
        context.RegisterSourceOutput(
            index.Select(static (i, _) => i.Diagnostics).WithTrackingName(TrackingNames.IndexDiagnostics),
            static (spc, diagnostics) => Report(spc, diagnostics));

        // Quotes, per fact file, against the articles its citations can name.
        var lookup = index
            .Select(static (i, _) => i.Articles)
            .Combine(articles.Collect())
            .Select(static (pair, _) => BuildLookup(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ArticleLookup);
        var quoteDiagnostics = factFiles
            .Select(static (file, _) => CitationSet.Of(file))
            .WithTrackingName(TrackingNames.Citations)
            .Combine(lookup)
            .Select(static (pair, ct) => VerifyQuotes(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.VerifyQuotes);
        context.RegisterSourceOutput(quoteDiagnostics, static (spc, diagnostics) => Report(spc, diagnostics));

        // Sources.
        var acceptance = index
            .Select(static (i, _) => i.Accepted)
            .WithTrackingName(TrackingNames.Acceptance);

        context.RegisterSourceOutput(options, static (spc, o) => Emit(spc, () => TypesEmitter.Emit(o)));

        var catalogs = acceptance
            .Combine(options)
            .SelectMany(static (pair, _) => FactKinds.All.Select(kind => new CatalogModel(
                pair.Right,
                kind.Kind,
                pair.Left
                    .Select(file => new FileShare(file.Path, file.Facts.Count(f => f.Kind == kind.Kind)))
                    .Where(share => share.Count > 0)
                    .ToEquatableArray())))
            .WithTrackingName(TrackingNames.Catalogs);
        context.RegisterSourceOutput(catalogs, static (spc, model) => Emit(spc, () => new[] { CatalogEmitter.Emit(model) }));

        // Each fact file's source. When ids change anywhere, every file's model is recomputed, but
        // that is a cheap selection of its accepted records (shared with the parse, not copied):
        // only files whose model differs are emitted again. The emitted text is the step's value,
        // so an edit that only moves text (equal text) adds nothing to the compilation.
        var fileSources = factFiles
            .Combine(acceptance)
            .Select(static (pair, _) => ToFileModel(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.FileModels)
            .Combine(options)
            .Select(static (pair, ct) => EmitFactFile(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.EmitFactFile);
        context.RegisterSourceOutput(fileSources, static (spc, emitted) =>
        {
            if (emitted.Fault is { } fault)
            {
                spc.ReportDiagnostic(fault.ToDiagnostic());
            }
            else if (emitted.Source is { } source)
            {
                spc.AddSource(source.HintName, source.Text.ToSourceText(System.Text.Encoding.UTF8));
            }
        });
    }

    private static ParsedFactFile ParseFactFile(AdditionalText text, CancellationToken cancellationToken)
    {
        var path = text.Path;
        return Guard(
            cancellationToken,
            () =>
            {
                var source = text.GetText(cancellationToken);
                if (source is null)
                {
                    var unreadable = DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax, LocationInfo.FileStart(path), "the file could not be read; check that it exists and can be opened");
                    return new ParsedFactFile(path, EquatableArray<FactRecord>.Empty, EquatableArray.Create(unreadable));
                }

                // A huge file is refused (FG0015) before its text is copied into one big string.
                return source.Length > Yaml.YamlLimits.Default.MaxFileChars
                    ? FactFileParser.RefuseTooLarge(path, source.Length)
                    : FactFileParser.Parse(path, source.ToString(), cancellationToken);
            },
            e => UnreadableFile(path, e));
    }

    /// <summary>Parses one fact file's text; a fault becomes FG9999 on the file (the checker's entry, too).</summary>
    internal static ParsedFactFile ParseFactFile(string path, string text, CancellationToken cancellationToken) =>
        Guard(cancellationToken, () => FactFileParser.Parse(path, text, cancellationToken), e => UnreadableFile(path, e));

    /// <summary>The cross-file checks; a fault becomes FG9999 instead of CS8785.</summary>
    internal static FactIndex BuildIndex(ImmutableArray<FileSummary> files, ImmutableArray<string> articlePaths, CancellationToken cancellationToken) =>
        Guard(cancellationToken, () => FactIndexBuilder.Build(files, articlePaths, cancellationToken), FaultyIndex);

    /// <summary>One fact file's quote checks; a fault becomes FG9999 on the file.</summary>
    internal static EquatableArray<DiagnosticInfo> VerifyQuotes(CitationSet citations, ArticleLookup lookup, CancellationToken cancellationToken) =>
        Guard(
            cancellationToken,
            () => QuoteVerifier.Verify(citations, lookup, cancellationToken),
            e => EquatableArray.Create(Fault("checking quotes of " + FilePaths.FileName(citations.Path), e, LocationInfo.FileStart(citations.Path))));

    private static ParsedFactFile UnreadableFile(string path, Exception e) =>
        new(path, EquatableArray<FactRecord>.Empty, EquatableArray.Create(Fault("reading " + FilePaths.FileName(path), e, LocationInfo.FileStart(path))));

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

    internal static ArticleLookup BuildLookup(EquatableArray<ArticleBinding> bindings, ImmutableArray<ArticleText> texts)
    {
        var byPath = texts.GroupBy(t => t.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return new ArticleLookup(bindings
            .Where(b => byPath.ContainsKey(b.Path))
            .Select(b => new ResolvedArticle(b.Id, byPath[b.Path]))
            .ToEquatableArray());
    }

    private static FactFileModel ToFileModel(ParsedFactFile file, EquatableArray<FileAcceptance> acceptance)
    {
        FileAcceptance? accepted = null;
        foreach (var candidate in acceptance)
        {
            if (candidate.Path == file.Path)
            {
                accepted = candidate;
                break;
            }
        }

        if (accepted is null || accepted.Facts.IsEmpty)
        {
            return new FactFileModel(file.Path, EquatableArray<FactRecord>.Empty);
        }

        var records = ImmutableArray.CreateBuilder<FactRecord>(accepted.Facts.Count);
        foreach (var fact in accepted.Facts)
        {
            records.Add(file.Records[fact.Ordinal]);
        }

        return new FactFileModel(file.Path, new EquatableArray<FactRecord>(records.MoveToImmutable()));
    }

    private static EmittedFile EmitFactFile(FactFileModel model, GeneratorOptions options, CancellationToken cancellationToken) =>
        model.Records.IsEmpty
            ? new EmittedFile(model.Path, null, null)
            : Guard(
                cancellationToken,
                () => new EmittedFile(model.Path, FactFileEmitter.Emit(options, model, cancellationToken), null),
                e => new EmittedFile(model.Path, null, Fault("emitting code for " + FilePaths.FileName(model.Path), e, null)));

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }

    private static void Emit(SourceProductionContext context, Func<System.Collections.Generic.IEnumerable<SourceFile>> emit)
    {
        try
        {
            foreach (var file in emit())
            {
                context.AddSource(file.HintName, SourceText.From(file.Text, System.Text.Encoding.UTF8));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            context.ReportDiagnostic(Fault("emitting code", e, null).ToDiagnostic());
        }
    }

    /// <summary>Runs a step; an exception becomes FG9999 instead of CS8785 (cancellation passes through).</summary>
    internal static T Guard<T>(CancellationToken cancellationToken, Func<T> step, Func<Exception, T> onFault)
    {
        try
        {
            return step();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return onFault(e);
        }
    }

    internal static FactIndex FaultyIndex(Exception e) =>
        new(EquatableArray<FileAcceptance>.Empty, EquatableArray<ArticleBinding>.Empty, EquatableArray.Create(Fault("checking the fact base", e, null)));

    internal static DiagnosticInfo Fault(string activity, Exception e, LocationInfo? location) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.InternalFault, location, activity, e.GetType().FullName ?? e.GetType().Name, e.Message.Replace('\r', ' ').Replace('\n', ' '));
}
