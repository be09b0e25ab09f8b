using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FactsGen.Articles;
using FactsGen.Diagnostics;
using FactsGen.Indexing;
using FactsGen.Model;
using FactsGen.Schema;

namespace FactsGen.LanguageServer.Engine;

/// <summary>
/// A fact base at one moment, immutable, so a request reads it without a lock while edits go on:
/// every file's step results, the cross-file index, the article lookup and all diagnostics.
/// </summary>
internal sealed class FactBaseSnapshot
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

    // The kinds, as FactBaseAnalysis exposes them: every kind is walked through its descriptor.

    public IReadOnlyList<KindDescriptor> Kinds => EngineSteps.Kinds(Schema);

    public KindDescriptor KindOf(FactRecord record) => EngineSteps.KindOf(Schema, record);

    public KindDescriptor? TargetOf(FieldDescriptor field) => EngineSteps.TargetOf(Schema, field);

    public string Summarize(FactRecord record) => EngineSteps.Summarize(Schema, record);

    /// <summary>The kind citations name (articles), found by its fields.</summary>
    public KindDescriptor CitedKind => EngineSteps.CitedKind(Schema);

    public KindDescriptor? KindOfSection(string section) => EngineSteps.KindOfSection(Schema, section);

    /// <summary>Every record of the fact base with its file, in fact-base order.</summary>
    public IEnumerable<(FactFileEntry File, FactRecord Record)> Records() =>
        FactFiles.Values.SelectMany(f => f.Parsed.Records.Select(r => (f, r)));

    /// <summary>The first record of a kind with an id (the one a build accepts when ids repeat).</summary>
    public (FactFileEntry File, FactRecord Record)? Find(KindDescriptor kind, string id)
    {
        foreach (var (file, record) in Records())
        {
            if (record.Id == id && EngineSteps.IsOfKind(record, kind))
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
        return Records().Where(p => EngineSteps.IsOfKind(p.Record, kind) && seen.Add(p.Record.Id));
    }

    /// <summary>The article text a citation's article id names, if it is declared and its file is there.</summary>
    public ResolvedArticle? ArticleOf(string articleId) =>
        Lookup.Articles.FirstOrDefault(a => a.Id == articleId);

    /// <summary>The article entry (its text as written) behind a resolved article.</summary>
    public ArticleEntry? EntryOf(ResolvedArticle article) =>
        Articles.Values.FirstOrDefault(a => a.Lines.Path == article.Text.Path);
}
