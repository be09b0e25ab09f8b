using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactsGen.Articles;
using FactsGen.Diagnostics;
using FactsGen.Emit;
using FactsGen.Indexing;
using FactsGen.Model;
using FactsGen.Parsing;
using FactsGen.Schema;
using FactsGen.Semantics;

namespace FactsGen.Tooling.Engine;

/// <summary>
/// A fact base at one moment, immutable, so a request reads it without a lock while edits go on:
/// every file's step results, the cross-file index, the article lookup and all diagnostics. The
/// queries here are the ones the CLI and the language server share.
/// </summary>
public sealed class FactBaseSnapshot
{
    public FactBaseSnapshot(
        string folder,
        SchemaBuild schemaBuild,
        ImmutableSortedDictionary<string, FactFileEntry> factFiles,
        ImmutableSortedDictionary<string, ArticleEntry> articles,
        FactIndex index,
        ArticleLookup lookup,
        ImmutableArray<DiagnosticInfo> diagnostics)
    {
        Folder = folder;
        SchemaBuild = schemaBuild;
        FactFiles = factFiles;
        Articles = articles;
        Index = index;
        Lookup = lookup;
        Diagnostics = diagnostics;
    }

    /// <summary>The fact base folder (full path).</summary>
    public string Folder { get; }

    /// <summary>The fact base's kinds (built-in and declared) and what declaring them reported.</summary>
    public SchemaBuild SchemaBuild { get; }

    public FactSchema Schema => SchemaBuild.Schema;

    /// <summary>Fact files by path, in fact-base order.</summary>
    public ImmutableSortedDictionary<string, FactFileEntry> FactFiles { get; }

    public ImmutableSortedDictionary<string, ArticleEntry> Articles { get; }

    public FactIndex Index { get; }

    public ArticleLookup Lookup { get; }

    /// <summary>All diagnostics, sorted as <c>factsgen check</c> lists them.</summary>
    public ImmutableArray<DiagnosticInfo> Diagnostics { get; }

    /// <summary>Every fact file, parsed, in fact-base order (by path).</summary>
    public IEnumerable<ParsedFactFile> ParsedFiles => FactFiles.Values.Select(f => f.Parsed);

    // Every kind is walked through its descriptor: no query names a kind.

    /// <summary>The kinds of the fact base, built-in first, in the order the generated API lists them.</summary>
    public IReadOnlyList<KindDescriptor> Kinds => Schema.Kinds;

    /// <summary>The kind a record is of.</summary>
    public KindDescriptor KindOf(FactRecord record) => Schema[record.Kind];

    /// <summary>The kind a reference field names (null for other fields).</summary>
    public KindDescriptor? TargetOf(FieldDescriptor field) => field.Target >= 0 ? Schema[field.Target] : null;

    /// <summary>The fact's one-line English summary, as in its doc comment.</summary>
    public string Summarize(FactRecord record) => FactSummary.Describe(record, Schema);

    /// <summary>The kind that citations name (their <c>article:</c>): the one whose records bind a text file.</summary>
    public KindDescriptor CitedKind => Schema.ArticleKind;

    public KindDescriptor? KindOfSection(string section) => Schema.FindSection(section);

    /// <summary>The records that are emitted (valid, first of their id), in fact-base order, with their file.</summary>
    public IEnumerable<(ParsedFactFile File, FactRecord Record)> AcceptedRecords()
    {
        var byPath = FactFiles.Values.ToDictionary(f => f.Parsed.Path, f => f.Parsed, StringComparer.Ordinal);
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

    /// <summary>Every record of the fact base with its file, in fact-base order.</summary>
    public IEnumerable<(FactFileEntry File, FactRecord Record)> Records() =>
        FactFiles.Values.SelectMany(f => f.Parsed.Records.Select(r => (f, r)));

    /// <summary>The first record of a kind with an id (the one a build accepts when ids repeat).</summary>
    public (FactFileEntry File, FactRecord Record)? Find(KindDescriptor kind, string id)
    {
        foreach (var (file, record) in Records())
        {
            if (record.Id == id && record.Kind == kind.Index)
            {
                return (file, record);
            }
        }

        return null;
    }

    /// <summary>The records of a kind, first of each id, in fact-base order.</summary>
    public IEnumerable<(FactFileEntry File, FactRecord Record)> RecordsOf(KindDescriptor kind)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return Records().Where(p => p.Record.Kind == kind.Index && seen.Add(p.Record.Id));
    }

    /// <summary>The article text a citation's article id names, if it is declared and its file is there.</summary>
    public ResolvedArticle? ArticleOf(string articleId) =>
        Lookup.Articles.FirstOrDefault(a => a.Id == articleId);

    /// <summary>The article entry (its text as written) behind a resolved article.</summary>
    public ArticleEntry? EntryOf(ResolvedArticle article) =>
        Articles.Values.FirstOrDefault(a => a.Lines.Path == article.Text.Path);
}
