using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using FactsGen.Articles;
using FactsGen.Diagnostics;
using FactsGen.Indexing;
using FactsGen.LanguageServer.Workspace;
using FactsGen.Model;
using FactsGen.Schema;

namespace FactsGen.LanguageServer.Engine;

/// <summary>
/// A fact base kept checked as it changes, the way the generator's incremental pipeline keeps a
/// build checked: a changed fact file is parsed again on its own; the cross-file index runs again
/// only when a file's summary changed; quotes are verified again for the changed files and for the
/// files whose citations name an article whose text or binding changed. Not thread-safe: the
/// workspace calls it under its lock.
/// </summary>
internal sealed class FactBaseState
{
    private readonly Dictionary<string, string?> _pending = new(StringComparer.Ordinal);
    private ImmutableSortedDictionary<string, FactFileEntry> _factFiles = ImmutableSortedDictionary.Create<string, FactFileEntry>(StringComparer.Ordinal);
    private ImmutableSortedDictionary<string, ArticleEntry> _articles = ImmutableSortedDictionary.Create<string, ArticleEntry>(StringComparer.Ordinal);
    private FactBaseSnapshot _snapshot;
    private SchemaBuild _schema;

    public FactBaseState(string folder)
    {
        Folder = folder;
        _schema = EngineSteps.BuildSchema(Array.Empty<FileKindDeclarations>());
        var index = EngineSteps.BuildIndex(Array.Empty<FileSummary>(), Array.Empty<string>(), _schema.Schema, CancellationToken.None);
        _snapshot = new FactBaseSnapshot(folder, _schema.Schema, _factFiles, _articles, index, EngineSteps.BuildLookup(index, Array.Empty<ArticleText>()), ImmutableArray<DiagnosticInfo>.Empty);
    }

    public string Folder { get; }

    /// <summary>How many fact files the last refresh parsed (for tests of incrementality and for logs).</summary>
    public int LastParsedCount { get; private set; }

    /// <summary>How many fact files' quotes the last refresh verified.</summary>
    public int LastVerifiedCount { get; private set; }

    public bool Contains(string path) => _factFiles.ContainsKey(path) || _articles.ContainsKey(path) || _pending.ContainsKey(path);

    /// <summary>The current text of a file of the base (pending edits included), or null.</summary>
    public DocumentText? TextOf(string path)
    {
        if (_pending.TryGetValue(path, out var pending))
        {
            return pending is null ? null : new DocumentText(pending);
        }

        return _factFiles.TryGetValue(path, out var fact) ? fact.Text : _articles.TryGetValue(path, out var article) ? article.Text : null;
    }

    /// <summary>Records a file's new text, to be checked at the next <see cref="Refresh"/>.</summary>
    public void SetText(string path, string text) => _pending[path] = text;

    /// <summary>Records that a file is gone.</summary>
    public void Remove(string path) => _pending[path] = null;

    public bool HasPending => _pending.Count > 0;

    /// <summary>Runs the steps the pending changes need and gives the fact base as it now is.</summary>
    public FactBaseSnapshot Refresh(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return _snapshot;
        }

        var changedFacts = new HashSet<string>(StringComparer.Ordinal);
        var indexDirty = false;
        var articlesDirty = false;

        // The kinds first, as in the generator: a change to them re-checks every fact file.
        var declarations = _factFiles.ToDictionary(f => f.Key, f => f.Value.Kinds, StringComparer.Ordinal);
        foreach (var (path, text) in _pending.Where(p => EngineSteps.IsFactFile(p.Key)))
        {
            if (text is null)
            {
                declarations.Remove(path);
            }
            else
            {
                declarations[path] = EngineSteps.ReadKinds(path, text, cancellationToken);
            }
        }

        var schema = EngineSteps.BuildSchema(declarations.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => d.Value));
        if (!schema.Schema.Equals(_schema.Schema))
        {
            foreach (var file in _factFiles.Values.Where(f => !_pending.ContainsKey(f.Path)))
            {
                _pending[file.Path] = file.Text.Text;
            }
        }

        _schema = schema;
        foreach (var (path, text) in _pending)
        {
            if (EngineSteps.IsFactFile(path))
            {
                indexDirty |= UpdateFactFile(path, text, text is null ? null : declarations[path], cancellationToken);
                changedFacts.Add(path);
            }
            else if (EngineSteps.IsArticle(path))
            {
                // A new or deleted article changes which paths the index can bind.
                indexDirty |= _articles.ContainsKey(path) != (text is not null);
                articlesDirty = true;
                _articles = text is null ? _articles.Remove(path) : _articles.SetItem(path, new ArticleEntry(path, new DocumentText(text), EngineSteps.ReadArticle(path, text)));
            }
        }

        _pending.Clear();
        LastParsedCount = changedFacts.Count;

        var index = indexDirty
            ? EngineSteps.BuildIndex(_factFiles.Values.Select(f => f.Summary), _articles.Values.Select(a => a.Lines.Path), _schema.Schema, cancellationToken)
            : _snapshot.Index;
        var lookup = indexDirty || articlesDirty ? EngineSteps.BuildLookup(index, _articles.Values.Select(a => a.Lines)) : _snapshot.Lookup;
        var changedArticles = ChangedArticleIds(_snapshot.Lookup, lookup);

        var verified = 0;
        foreach (var file in _factFiles.Values)
        {
            if (changedFacts.Contains(file.Path) || file.Citations.Citations.Any(c => changedArticles.Contains(c.Article)))
            {
                _factFiles = _factFiles.SetItem(file.Path, file with { QuoteDiagnostics = EngineSteps.VerifyQuotes(file.Citations, lookup, cancellationToken) });
                verified++;
            }
        }

        LastVerifiedCount = verified;
        var diagnostics = EngineSteps.Merge(
            _factFiles.Values.SelectMany(f => f.Kinds.Diagnostics)
                .Concat(_schema.Diagnostics)
                .Concat(_factFiles.Values.SelectMany(f => f.Parsed.Diagnostics))
                .Concat(index.Diagnostics)
                .Concat(_factFiles.Values.SelectMany(f => f.QuoteDiagnostics)));
        _snapshot = new FactBaseSnapshot(Folder, _schema.Schema, _factFiles, _articles, index, lookup, diagnostics);
        return _snapshot;
    }

    /// <summary>Parses one fact file again; true when the cross-file index must run again.</summary>
    private bool UpdateFactFile(string path, string? text, FileKindDeclarations? kinds, CancellationToken cancellationToken)
    {
        _factFiles.TryGetValue(path, out var old);
        if (text is null)
        {
            _factFiles = _factFiles.Remove(path);
            return old is not null;
        }

        var parsed = EngineSteps.Parse(path, text, _schema.Schema, cancellationToken);
        var summary = EngineSteps.Summarize(parsed, _schema.Schema);
        _factFiles = _factFiles.SetItem(path, new FactFileEntry(path, new DocumentText(text), kinds!, parsed, summary, EngineSteps.CitationsOf(parsed), EquatableArray<DiagnosticInfo>.Empty));

        // Summaries hold only ids, references and article bindings with their places: an edit to a
        // value or a quote leaves them equal, and the index as it was (as in the generator).
        return old is null || !old.Summary.Equals(summary);
    }

    /// <summary>Article ids whose text or binding differs between two lookups.</summary>
    private static HashSet<string> ChangedArticleIds(ArticleLookup before, ArticleLookup after)
    {
        var changed = new HashSet<string>(StringComparer.Ordinal);
        if (ReferenceEquals(before, after))
        {
            return changed;
        }

        var old = before.ToDictionary();
        var now = after.ToDictionary();
        foreach (var id in old.Keys.Union(now.Keys))
        {
            if (!old.TryGetValue(id, out var a) || !now.TryGetValue(id, out var b) || !a.Equals(b))
            {
                changed.Add(id);
            }
        }

        return changed;
    }
}
