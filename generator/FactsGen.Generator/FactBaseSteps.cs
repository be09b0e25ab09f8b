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
using FactsGen.Support;

namespace FactsGen;

/// <summary>
/// The steps of checking and compiling a fact base, each guarded so that a fault becomes FG9999
/// instead of a crash (CS8785 in a build). One engine, three front ends: <see cref="FactsGenerator"/>
/// wires them into an incremental pipeline, and the tools (<c>factsgen</c>, the language server)
/// call them through <see cref="Checking.FactBaseAnalysis"/>.
/// </summary>
internal static class FactBaseSteps
{
    /// <summary>The kinds one fact file declares (docs/fact-files.md §6).</summary>
    public static FileKindDeclarations ReadKinds(string path, string text, CancellationToken cancellationToken) =>
        Guard(
            cancellationToken,
            () => KindDeclarationReader.Read(path, text, cancellationToken),
            e => new FileKindDeclarations(path, EquatableArray<KindDeclaration>.Empty, EquatableArray.Create(Fault("reading the kinds of " + FilePaths.FileName(path), e, LocationInfo.FileStart(path))), IsComplete: false));

    /// <summary>The fact base's schema from every file's declarations.</summary>
    public static SchemaBuild BuildSchema(ImmutableArray<FileKindDeclarations> declarations) =>
        Guard(
            CancellationToken.None,
            () => FactSchemaBuilder.Build(declarations),
            e => new SchemaBuild(FactSchema.BuiltIn, EquatableArray.Create(Fault("checking the kinds", e, null))));

    /// <summary>Parses one fact file's text against the schema.</summary>
    public static ParsedFactFile ParseFactFile(string path, string text, FactSchema schema, CancellationToken cancellationToken) =>
        Guard(cancellationToken, () => FactFileParser.Parse(path, text, schema, cancellationToken), e => UnreadableFile(path, e));

    /// <summary>The cross-file checks.</summary>
    public static FactIndex BuildIndex(ImmutableArray<FileSummary> files, ImmutableArray<string> articlePaths, FactSchema schema, CancellationToken cancellationToken) =>
        Guard(cancellationToken, () => FactIndexBuilder.Build(files, articlePaths, schema, cancellationToken), FaultyIndex);

    /// <summary>One fact file's quote checks.</summary>
    public static EquatableArray<DiagnosticInfo> VerifyQuotes(CitationSet citations, ArticleLookup lookup, CancellationToken cancellationToken) =>
        Guard(
            cancellationToken,
            () => QuoteVerifier.Verify(citations, lookup, cancellationToken),
            e => EquatableArray.Create(Fault("checking quotes of " + FilePaths.FileName(citations.Path), e, LocationInfo.FileStart(citations.Path))));

    /// <summary>The names one fact file gives its records, for other files' support checks.</summary>
    public static FileNames Names(ParsedFactFile file, FactSchema schema) =>
        Guard(CancellationToken.None, () => FileNames.Of(file, schema), _ => new FileNames(file.Path, EquatableArray<NamedRecord>.Empty));

    /// <summary>Every file's names, in one table the support checks share.</summary>
    public static NameTable BuildNameTable(ImmutableArray<FileNames> files) => new(files.ToEquatableArray());

    /// <summary>One fact file's support checks (docs/fact-files.md §12): FG0017, FG0101, FG0102.</summary>
    public static EquatableArray<DiagnosticInfo> CheckSupport(ParsedFactFile file, FactSchema schema, NameTable names, CancellationToken cancellationToken) =>
        Guard(
            cancellationToken,
            () => SupportChecker.Check(file, schema, names, cancellationToken),
            e => EquatableArray.Create(Fault("checking that the values of " + FilePaths.FileName(file.Path) + " are in their quotes", e, LocationInfo.FileStart(file.Path))));

    public static ArticleLookup BuildLookup(EquatableArray<ArticleBinding> bindings, ImmutableArray<ArticleText> texts)
    {
        var byPath = texts.GroupBy(t => t.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return new ArticleLookup(bindings
            .Where(b => byPath.ContainsKey(b.Path))
            .Select(b => new ResolvedArticle(b.Id, byPath[b.Path]))
            .ToEquatableArray());
    }

    /// <summary>The records of one file that the index accepted, shared with the parse (not copied).</summary>
    public static FactFileModel ToFileModel(ParsedFactFile file, EquatableArray<FileAcceptance> acceptance, FactSchema schema)
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
            return new FactFileModel(file.Path, EquatableArray<FactRecord>.Empty, schema);
        }

        var records = ImmutableArray.CreateBuilder<FactRecord>(accepted.Facts.Count);
        foreach (var fact in accepted.Facts)
        {
            records.Add(file.Records[fact.Ordinal]);
        }

        return new FactFileModel(file.Path, new EquatableArray<FactRecord>(records.MoveToImmutable()), schema);
    }

    public static EmittedFile EmitFactFile(FactFileModel model, GeneratorOptions options, CancellationToken cancellationToken) =>
        model.Records.IsEmpty
            ? new EmittedFile(model.Path, null, null)
            : Guard(
                cancellationToken,
                () => new EmittedFile(model.Path, FactFileEmitter.Emit(options, model, cancellationToken), null),
                e => new EmittedFile(model.Path, null, Fault("emitting code for " + FilePaths.FileName(model.Path), e, null)));

    public static ParsedFactFile UnreadableFile(string path, Exception e) =>
        new(path, EquatableArray<FactRecord>.Empty, EquatableArray.Create(Fault("reading " + FilePaths.FileName(path), e, LocationInfo.FileStart(path))));

    /// <summary>Runs a step; an exception becomes FG9999 instead of CS8785 (cancellation passes through).</summary>
    public static T Guard<T>(CancellationToken cancellationToken, Func<T> step, Func<Exception, T> onFault)
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

    public static FactIndex FaultyIndex(Exception e) =>
        new(EquatableArray<FileAcceptance>.Empty, EquatableArray<ArticleBinding>.Empty, EquatableArray.Create(Fault("checking the fact base", e, null)));

    public static DiagnosticInfo Fault(string activity, Exception e, LocationInfo? location) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.InternalFault, location, activity, e.GetType().FullName ?? e.GetType().Name, e.Message.Replace('\r', ' ').Replace('\n', ' '));
}
