using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FactsGen.Articles;
using FactsGen.Diagnostics;
using FactsGen.Emit;
using FactsGen.Indexing;
using FactsGen.Model;
using FactsGen.Schema;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.LanguageServer.Engine;

/// <summary>
/// Every call the server makes into the generator, in one file: the steps that
/// <c>FactBaseAnalysis.Analyze</c> composes (parse, summarize, index, look up, verify quotes), called
/// one file at a time so an edit re-runs only what it touches, and the kind metadata that
/// <c>FactBaseAnalysis</c> exposes. When the engine's names move, this file follows; nothing else
/// names a generator step.
/// </summary>
internal static class EngineSteps
{
    public static FileKindDeclarations ReadKinds(string path, string text, CancellationToken cancellationToken) =>
        FactBaseSteps.ReadKinds(path, text, cancellationToken);

    public static SchemaBuild BuildSchema(IEnumerable<FileKindDeclarations> files) =>
        FactBaseSteps.BuildSchema(files.ToImmutableArray());

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

    /// <summary>As <c>FactBaseAnalysis.Analyze</c> finishes: one list, duplicates dropped, sorted by file, position and id.</summary>
    public static ImmutableArray<DiagnosticInfo> Merge(IEnumerable<DiagnosticInfo> diagnostics)
    {
        var list = diagnostics.Distinct().ToList();
        list.Sort(DiagnosticInfo.Compare);
        return list.ToImmutableArray();
    }

    public static bool IsFactFile(string path) => FilePaths.IsFactFile(path);

    public static bool IsArticle(string path) => FilePaths.IsArticle(path);

    /// <summary>An article path as the engine keys it (articles' paths are normalized when read).</summary>
    public static string NormalizeArticlePath(string path) => FilePaths.Normalize(path);

    public static string ResolvePath(string fromFile, string relative) => FilePaths.Resolve(fromFile, relative);

    // Kind metadata of a fact base's schema (built-in and declared kinds), as FactBaseAnalysis exposes it.

    public static IReadOnlyList<KindDescriptor> Kinds(FactSchema schema) => schema.Kinds;

    public static KindDescriptor KindOf(FactSchema schema, FactRecord record) => schema[record.Kind];

    public static KindDescriptor KindOf(FactSchema schema, DeclaredId id) => schema[id.Kind];

    public static KindDescriptor? TargetOf(FactSchema schema, FieldDescriptor field) => field.Target >= 0 ? schema[field.Target] : null;

    public static KindDescriptor TargetOf(FactSchema schema, ReferenceUse reference) => schema[reference.Target];

    public static string Summarize(FactSchema schema, FactRecord record) => FactSummary.Describe(record, schema);

    /// <summary>
    /// The kind that citations name (their <c>article:</c>): the one whose records bind a text file.
    /// Found by its fields, not its name, so the server holds no list of kinds of its own.
    /// </summary>
    public static KindDescriptor? CitedKind(FactSchema schema) => schema.Kinds.FirstOrDefault(k => k.Fields.Any(f => f.Type == ValueType.Path));

    /// <summary>Quote matching as §4 says: both sides normalized, the quote found within the line.</summary>
    public static bool IsQuoteOnLine(string quote, string normalizedLine) =>
        new QuoteSearch(QuoteNormalizer.Normalize(quote)).IsIn(normalizedLine);

    public static string NormalizeQuote(string text) => QuoteNormalizer.Normalize(text);

    public static bool IsValidId(string text) => Values.Slug.IsValid(text);

    public static string ExplainInvalidId(string text) => Values.Slug.Explain(text);
}
