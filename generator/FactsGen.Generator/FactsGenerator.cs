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
            .Select(static (text, ct) => ArticleText.Create(text.Path, text.GetText(ct)?.ToString() ?? string.Empty))
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
            .Select(static (pair, ct) => Guard(ct, () => FactIndexBuilder.Build(pair.Left, pair.Right, ct), FaultyIndex))
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
            .Select(static (file, _) => new CitationSet(file.Path, file.Records.SelectMany(r => r.Fields.Where(f => f is not null).SelectMany(f => f!.Citations)).ToEquatableArray()))
            .WithTrackingName(TrackingNames.Citations)
            .Combine(lookup)
            .Select(static (pair, ct) => Guard(ct, () => QuoteVerifier.Verify(pair.Left, pair.Right, ct), e => EquatableArray.Create(Fault("checking quotes of " + FilePaths.FileName(pair.Left.Path), e, LocationInfo.FileStart(pair.Left.Path)))))
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

        var fileModels = factFiles
            .Combine(acceptance.Combine(options))
            .Select(static (pair, _) => ToFileModel(pair.Left, pair.Right.Left, pair.Right.Right))
            .WithTrackingName(TrackingNames.FileModels);
        context.RegisterSourceOutput(fileModels, static (spc, model) =>
        {
            if (model.Records.Count > 0)
            {
                Emit(spc, () => new[] { FactFileEmitter.Emit(model) });
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
                    var unreadable = DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax, LocationInfo.FileStart(path), "the file could not be read");
                    return new ParsedFactFile(path, EquatableArray<FactRecord>.Empty, EquatableArray.Create(unreadable));
                }

                return FactFileParser.Parse(path, source.ToString(), cancellationToken);
            },
            e => new ParsedFactFile(path, EquatableArray<FactRecord>.Empty, EquatableArray.Create(Fault("reading " + FilePaths.FileName(path), e, LocationInfo.FileStart(path)))));
    }

    private static ArticleLookup BuildLookup(EquatableArray<ArticleBinding> bindings, ImmutableArray<ArticleText> texts)
    {
        var byPath = texts.GroupBy(t => t.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return new ArticleLookup(bindings
            .Where(b => byPath.ContainsKey(b.Path))
            .Select(b => new ResolvedArticle(b.Id, byPath[b.Path]))
            .ToEquatableArray());
    }

    private static FactFileModel ToFileModel(ParsedFactFile file, EquatableArray<FileAcceptance> acceptance, GeneratorOptions options)
    {
        var accepted = acceptance.FirstOrDefault(a => a.Path == file.Path);
        var records = accepted is null
            ? EquatableArray<EmitRecord>.Empty
            : accepted.Facts
                .Select(fact => file.Records[fact.Ordinal])
                .Select(r => new EmitRecord(r.Kind, r.Id, r.Fields.Select(ToEmitField).ToEquatableArray()))
                .ToEquatableArray();
        return new FactFileModel(options, file.Path, records);
    }

    private static EmitField? ToEmitField(FieldValue? value) =>
        value is null
            ? null
            : new EmitField(
                value.Items.Select(i => i.Text).ToEquatableArray(),
                value.Citations.Select(c => new EmitCitation(c.Article, c.Line, c.Quote)).ToEquatableArray());

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
    private static T Guard<T>(CancellationToken cancellationToken, Func<T> step, Func<Exception, T> onFault)
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

    private static FactIndex FaultyIndex(Exception e) =>
        new(EquatableArray<FileAcceptance>.Empty, EquatableArray<ArticleBinding>.Empty, EquatableArray.Create(Fault("checking the fact base", e, null)));

    private static DiagnosticInfo Fault(string activity, Exception e, LocationInfo? location) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.InternalFault, location, activity, e.GetType().FullName ?? e.GetType().Name, e.Message.Replace('\r', ' ').Replace('\n', ' '));
}
