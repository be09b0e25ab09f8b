using System.Collections.Generic;
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
using FactsGen.Semantics;
using FactsGen.Support;

namespace FactsGen.LanguageServer.Engine;

/// <summary>
/// Every call the server makes into the generator, in one file: the guarded steps that
/// <c>FactBaseAnalysis.Analyze</c> composes (read kinds, build the schema, parse, summarize, index,
/// look up, verify quotes, check support), called one file at a time so an edit re-runs only what it touches, and
/// the kind metadata that <c>FactBaseAnalysis</c> exposes, read from the fact base's schema. When
/// the engine's names move, this file follows; nothing else names a generator step.
/// </summary>
internal static class EngineSteps
{
    public static FileKindDeclarations ReadKinds(string path, string text, CancellationToken cancellationToken) =>
        FactBaseSteps.ReadKinds(path, text, cancellationToken);

    public static SchemaBuild BuildSchema(IEnumerable<FileKindDeclarations> declarations) =>
        FactBaseSteps.BuildSchema(declarations.ToImmutableArray());

    public static FactSchema BuiltInSchema => FactSchema.BuiltIn;

    public static ParsedFactFile Parse(string path, string text, FactSchema schema, CancellationToken cancellationToken) =>
        FactBaseSteps.ParseFactFile(path, text, schema, cancellationToken);

    public static FileSummary Summarize(ParsedFactFile file, FactSchema schema) => FileSummary.Create(file, schema);

    public static CitationSet CitationsOf(ParsedFactFile file) => CitationSet.Of(file);

    public static ArticleText ReadArticle(string path, string text) => ArticleText.Create(path, text);

    public static FactIndex BuildIndex(IEnumerable<FileSummary> files, IEnumerable<string> articlePaths, FactSchema schema, CancellationToken cancellationToken) =>
        FactBaseSteps.BuildIndex(files.ToImmutableArray(), articlePaths.ToImmutableArray(), schema, cancellationToken);

    public static ArticleLookup BuildLookup(FactIndex index, IEnumerable<ArticleText> articles) =>
        FactBaseSteps.BuildLookup(index.Articles, articles.ToImmutableArray());

    public static EquatableArray<DiagnosticInfo> VerifyQuotes(CitationSet citations, ArticleLookup lookup, CancellationToken cancellationToken) =>
        FactBaseSteps.VerifyQuotes(citations, lookup, cancellationToken);

    public static FileNames Names(ParsedFactFile file, FactSchema schema) => FactBaseSteps.Names(file, schema);

    public static NameTable BuildNameTable(IEnumerable<FileNames> files) => FactBaseSteps.BuildNameTable(files.ToImmutableArray());

    public static EquatableArray<DiagnosticInfo> CheckSupport(ParsedFactFile file, FactSchema schema, NameTable names, CancellationToken cancellationToken) =>
        FactBaseSteps.CheckSupport(file, schema, names, cancellationToken);

    /// <summary>As <c>FactBaseAnalysis.Analyze</c> finishes: one list, duplicates dropped, sorted by file, position and id.</summary>
    public static ImmutableArray<DiagnosticInfo> Merge(IEnumerable<DiagnosticInfo> diagnostics)
    {
        var list = diagnostics.Distinct().ToList();
        list.Sort(DiagnosticInfo.Compare);
        return list.ToImmutableArray();
    }

    public static bool IsFactFile(string path) => FilePaths.IsFactFile(path);

    public static bool IsArticle(string path) => FilePaths.IsArticle(path);

    public static string ResolvePath(string fromFile, string relative) => FilePaths.Resolve(fromFile, relative);

    // Kind metadata of a fact base's schema, as FactBaseAnalysis exposes it (Kinds, KindOf, TargetOf, Summarize).

    public static IReadOnlyList<KindDescriptor> Kinds(FactSchema schema) => schema.Kinds;

    public static KindDescriptor KindOf(FactSchema schema, FactRecord record) => schema[record.Kind];

    public static bool IsOfKind(FactRecord record, KindDescriptor kind) => record.Kind == kind.Index;

    public static bool IsOfKind(DeclaredId id, KindDescriptor kind) => id.Kind == kind.Index;

    public static KindDescriptor? TargetOf(FactSchema schema, FieldDescriptor field) => field.Target >= 0 ? schema[field.Target] : null;

    public static bool Targets(ReferenceUse reference, KindDescriptor kind) => reference.Target == kind.Index;

    public static string Summarize(FactSchema schema, FactRecord record) => FactSummary.Describe(record, schema);

    /// <summary>The kind that citations name (their <c>article:</c>): the one whose records bind a text file.</summary>
    public static KindDescriptor CitedKind(FactSchema schema) => schema.ArticleKind;

    public static KindDescriptor? KindOfSection(FactSchema schema, string section) => schema.FindSection(section);

    /// <summary>Where a quote stands on a 1-based line of an article's own text (offsets into the text), if it is there.</summary>
    public static (int Start, int Length)? LocateQuote(string articleText, int line, string quote) =>
        new RawQuoteLocator(articleText).Find(line, quote) is { } match ? (match.Start, match.Length) : null;

    public static bool IsValidId(string text) => Values.Slug.IsValid(text);

    public static string ExplainInvalidId(string text) => Values.Slug.Explain(text);
}
