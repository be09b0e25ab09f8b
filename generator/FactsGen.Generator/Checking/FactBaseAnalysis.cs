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

namespace FactsGen.Checking;

/// <summary>
/// A whole fact base run through the generator's steps outside a compilation: what the tools
/// (<c>factsgen check</c>, <c>fix</c>, <c>report</c>, <c>export</c> and the language server) read.
/// The steps are the generator's own (<see cref="FactBaseSteps"/>), so ids, messages and what is
/// accepted are the same as in a build.
/// </summary>
internal sealed class FactBaseAnalysis
{
    private FactBaseAnalysis(
        FactSchema schema,
        ImmutableArray<ParsedFactFile> files,
        ImmutableArray<ArticleText> articles,
        FactIndex index,
        ArticleLookup lookup,
        ImmutableArray<DiagnosticInfo> diagnostics)
    {
        Schema = schema;
        Files = files;
        Articles = articles;
        Index = index;
        Lookup = lookup;
        Diagnostics = diagnostics;
    }

    /// <summary>The kinds, built-in and declared.</summary>
    public FactSchema Schema { get; }

    /// <summary>Every fact file, parsed, in fact-base order (by path).</summary>
    public ImmutableArray<ParsedFactFile> Files { get; }

    /// <summary>Every article text (normalized lines) among the files.</summary>
    public ImmutableArray<ArticleText> Articles { get; }

    /// <summary>The cross-file index: accepted records, article bindings.</summary>
    public FactIndex Index { get; }

    /// <summary>Article ids bound to their texts.</summary>
    public ArticleLookup Lookup { get; }

    /// <summary>All diagnostics, sorted by file, position and id: what <c>factsgen check</c> prints.</summary>
    public ImmutableArray<DiagnosticInfo> Diagnostics { get; }

    /// <summary>The kinds of the fact base, built-in first, in the order the generated API lists them.</summary>
    public IReadOnlyList<KindDescriptor> Kinds => Schema.Kinds;

    /// <summary>The kind a record is of.</summary>
    public KindDescriptor KindOf(FactRecord record) => Schema[record.Kind];

    /// <summary>The kind a reference field names (null for other fields).</summary>
    public KindDescriptor? TargetOf(FieldDescriptor field) => field.Target >= 0 ? Schema[field.Target] : null;

    /// <summary>The fact's one-line English summary, as in its doc comment.</summary>
    public string Summarize(FactRecord record) => FactSummary.Describe(record, Schema);

    /// <summary>The records that are emitted (valid, first of their id), in fact-base order, with their file.</summary>
    public IEnumerable<(ParsedFactFile File, FactRecord Record)> AcceptedRecords()
    {
        var byPath = Files.ToDictionary(f => f.Path, System.StringComparer.Ordinal);
        foreach (var acceptance in Index.Accepted)
        {
            if (!byPath.TryGetValue(acceptance.Path, out var file))
            {
                continue;
            }

            foreach (var fact in acceptance.Facts)
            {
                yield return (file, file.Records[fact.Ordinal]);
            }
        }
    }

    /// <summary>Runs the steps over the files (full paths, so article <c>file:</c> entries resolve).</summary>
    public static FactBaseAnalysis Analyze(IEnumerable<FactBaseFile> files, CancellationToken cancellationToken = default)
    {
        var all = files.ToList();
        var diagnostics = new List<DiagnosticInfo>();

        var factFiles = all
            .Where(f => FilePaths.IsFactFile(f.Path))
            .OrderBy(f => f.Path, System.StringComparer.Ordinal)
            .ToList();
        var declarations = factFiles.Select(f => FactBaseSteps.ReadKinds(f.Path, f.Text, cancellationToken)).ToImmutableArray();
        var schemaBuild = FactBaseSteps.BuildSchema(declarations);
        var schema = schemaBuild.Schema;
        foreach (var file in declarations)
        {
            diagnostics.AddRange(file.Diagnostics);
        }

        diagnostics.AddRange(schemaBuild.Diagnostics);
        var parsed = factFiles
            .Select(f => FactBaseSteps.ParseFactFile(f.Path, f.Text, schema, cancellationToken))
            .ToImmutableArray();
        var articles = all
            .Where(f => FilePaths.IsArticle(f.Path))
            .Select(f => ArticleText.Create(f.Path, f.Text))
            .ToImmutableArray();
        foreach (var file in parsed)
        {
            diagnostics.AddRange(file.Diagnostics);
        }

        var index = FactBaseSteps.BuildIndex(parsed.Select(f => FileSummary.Create(f, schema)).ToImmutableArray(), articles.Select(a => a.Path).ToImmutableArray(), schema, cancellationToken);
        diagnostics.AddRange(index.Diagnostics);

        var lookup = FactBaseSteps.BuildLookup(index.Articles, articles);
        foreach (var file in parsed)
        {
            diagnostics.AddRange(FactBaseSteps.VerifyQuotes(CitationSet.Of(file), lookup, cancellationToken));
        }

        var names = FactBaseSteps.BuildNameTable(parsed.Select(f => FactBaseSteps.Names(f, schema)).ToImmutableArray());
        foreach (var file in parsed)
        {
            diagnostics.AddRange(FactBaseSteps.CheckSupport(file, schema, names, cancellationToken));
        }

        diagnostics = diagnostics.Distinct().ToList();
        diagnostics.Sort(DiagnosticInfo.Compare);
        return new FactBaseAnalysis(schema, parsed, articles, index, lookup, diagnostics.ToImmutableArray());
    }
}
