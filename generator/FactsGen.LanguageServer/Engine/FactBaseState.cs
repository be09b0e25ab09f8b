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
using FactsGen.Support;

namespace FactsGen.LanguageServer.Engine;

/// <summary>
/// A fact base kept checked as it changes, the way the generator's incremental pipeline keeps a
/// build checked: a changed fact file has its kinds read and is parsed again on its own; when the
/// kinds it declares change the schema, every file is parsed again (a kind edit re-checks every
/// file); the cross-file index runs again only when a summary, the schema or the set of articles
/// changed; quotes are verified again for the parsed files and for the files whose citations name
/// an article whose text or binding changed; support is checked again for the parsed files, and for
/// every file when the names records give (names, aliases) changed.
/// </summary>
/// <remarks>
/// Edits and checks run on different threads, so that typing never waits for a check: the
/// workspace records edits (<see cref="SetText"/>, <see cref="Remove"/>) and takes them
/// (<see cref="TakePending"/>) under its own lock, and one check at a time runs
/// <see cref="Refresh"/> on what it took, outside that lock. A refresh works on local copies and
/// commits only when it finishes: a cancelled one leaves the last snapshot as it was and gives its
/// edits back (<see cref="Restore"/>), so the next check sees them again.
/// </remarks>
internal sealed class FactBaseState
{
    private Dictionary<string, string?> _pending = new(StringComparer.Ordinal);
    private ImmutableSortedDictionary<string, FactFileEntry> _factFiles = ImmutableSortedDictionary.Create<string, FactFileEntry>(StringComparer.Ordinal);
    private ImmutableSortedDictionary<string, ArticleEntry> _articles = ImmutableSortedDictionary.Create<string, ArticleEntry>(StringComparer.Ordinal);
    private volatile FactBaseSnapshot _snapshot;
    private NameTable _names = EngineSteps.BuildNameTable(Array.Empty<FileNames>());

    public FactBaseState(string folder)
    {
        Folder = folder;
        var schema = EngineSteps.BuildSchema(Array.Empty<FileKindDeclarations>());
        var index = EngineSteps.BuildIndex(Array.Empty<FileSummary>(), Array.Empty<string>(), schema.Schema, CancellationToken.None);
        _snapshot = new FactBaseSnapshot(folder, schema, _factFiles, _articles, index, EngineSteps.BuildLookup(index, Array.Empty<ArticleText>()), ImmutableArray<DiagnosticInfo>.Empty);
    }

    public string Folder { get; }

    /// <summary>The fact base as the last finished check left it; requests answer from it at once.</summary>
    public FactBaseSnapshot Snapshot => _snapshot;

    /// <summary>False until the files on disk have been read (by the first check, off the message loop).</summary>
    public bool IsLoaded { get; set; }

    /// <summary>How many fact files the last refresh parsed (for tests of incrementality and for logs).</summary>
    public int LastParsedCount { get; private set; }

    /// <summary>How many fact files' quotes the last refresh verified.</summary>
    public int LastVerifiedCount { get; private set; }

    /// <summary>How many fact files' support (docs/fact-files.md §12) the last refresh checked.</summary>
    public int LastSupportCheckedCount { get; private set; }

    /// <summary>Every file the fact base holds or is about to (pending edits included). Called under the workspace's lock.</summary>
    public IEnumerable<string> Paths =>
        _snapshot.FactFiles.Keys.Concat(_snapshot.Articles.Keys).Concat(_pending.Where(p => p.Value is not null).Select(p => p.Key)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Records a file's new text, to be checked at the next <see cref="Refresh"/>. Called under the workspace's lock.</summary>
    public void SetText(string path, string text) => _pending[path] = text;

    /// <summary>Records that a file is gone. Called under the workspace's lock.</summary>
    public void Remove(string path) => _pending[path] = null;

    /// <summary>The edits since the last take, handed to one <see cref="Refresh"/>. Called under the workspace's lock.</summary>
    public IReadOnlyDictionary<string, string?> TakePending()
    {
        var taken = _pending;
        _pending = new Dictionary<string, string?>(StringComparer.Ordinal);
        return taken;
    }

    /// <summary>Gives back the edits of a cancelled refresh; edits made since win. Called under the workspace's lock.</summary>
    public void Restore(IReadOnlyDictionary<string, string?> taken)
    {
        foreach (var (path, text) in taken)
        {
            if (!_pending.ContainsKey(path))
            {
                _pending[path] = text;
            }
        }
    }

    /// <summary>Takes the pending edits and refreshes, on one thread (tests, and callers without a workspace).</summary>
    public FactBaseSnapshot Refresh(CancellationToken cancellationToken)
    {
        var taken = TakePending();
        try
        {
            return Refresh(taken, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Restore(taken);
            throw;
        }
    }

    /// <summary>Runs the steps the edits need and gives the fact base as it now is. One refresh at a time.</summary>
    public FactBaseSnapshot Refresh(IReadOnlyDictionary<string, string?> pending, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return _snapshot;
        }

        var factFiles = _factFiles;
        var articles = _articles;
        var changedFacts = new HashSet<string>(StringComparer.Ordinal);
        var indexDirty = false;
        var articlesDirty = false;
        var kinds = new Dictionary<string, FileKindDeclarations?>(StringComparer.Ordinal);
        foreach (var (path, text) in pending)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (EngineSteps.IsFactFile(path))
            {
                kinds[path] = text is null ? null : EngineSteps.ReadKinds(path, text, cancellationToken);
                changedFacts.Add(path);
            }
            else if (EngineSteps.IsArticle(path))
            {
                // A new or deleted article changes which paths the index can bind.
                indexDirty |= articles.ContainsKey(path) != (text is not null);
                articlesDirty = true;
                articles = text is null ? articles.Remove(path) : articles.SetItem(path, new ArticleEntry(path, new DocumentText(text), EngineSteps.ReadArticle(path, text)));
            }
        }

        // The schema is built again only when some file's kinds changed; when it differs, every file is parsed again.
        var schemaBuild = _snapshot.SchemaBuild;
        if (kinds.Any(k => !factFiles.TryGetValue(k.Key, out var old) || !old.Kinds.Equals(k.Value)))
        {
            var all = factFiles.Values.Where(f => !kinds.ContainsKey(f.Path)).Select(f => f.Kinds)
                .Concat(kinds.Values.OfType<FileKindDeclarations>())
                .OrderBy(d => d.Path, StringComparer.Ordinal);
            schemaBuild = EngineSteps.BuildSchema(all);
        }

        var schemaChanged = !schemaBuild.Schema.Equals(_snapshot.Schema);
        var toParse = schemaChanged ? factFiles.Keys.Where(p => !kinds.ContainsKey(p)).Concat(changedFacts).ToList() : changedFacts.ToList();
        indexDirty |= schemaChanged;
        foreach (var path in toParse)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = pending.TryGetValue(path, out var edited) ? edited : factFiles[path].Text.Text;
            var declared = kinds.TryGetValue(path, out var read) ? read : factFiles[path].Kinds;
            indexDirty |= UpdateFactFile(ref factFiles, path, text, declared, schemaBuild.Schema, cancellationToken);
        }

        changedFacts = new HashSet<string>(toParse, StringComparer.Ordinal);
        var parsedCount = changedFacts.Count(p => factFiles.ContainsKey(p));

        var index = indexDirty
            ? EngineSteps.BuildIndex(factFiles.Values.Select(f => f.Summary), articles.Values.Select(a => a.Lines.Path), schemaBuild.Schema, cancellationToken)
            : _snapshot.Index;
        var lookup = indexDirty || articlesDirty ? EngineSteps.BuildLookup(index, articles.Values.Select(a => a.Lines)) : _snapshot.Lookup;
        var changedArticles = ChangedArticleIds(_snapshot.Lookup, lookup);

        var verified = 0;
        foreach (var file in factFiles.Values)
        {
            if (changedFacts.Contains(file.Path) || file.Citations.Citations.Any(c => changedArticles.Contains(c.Article)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                factFiles = factFiles.SetItem(file.Path, file with { QuoteDiagnostics = EngineSteps.VerifyQuotes(file.Citations, lookup, cancellationToken) });
                verified++;
            }
        }

        // Support: the parsed files, and every file when some file's names changed (an alias edit
        // re-checks support everywhere, and parses nothing else).
        var names = EngineSteps.BuildNameTable(factFiles.Values.Select(f => f.Names));
        var namesChanged = !names.Equals(_names) || schemaChanged;
        names = namesChanged ? names : _names;
        var supportChecked = 0;
        foreach (var file in factFiles.Values)
        {
            if (namesChanged || changedFacts.Contains(file.Path))
            {
                cancellationToken.ThrowIfCancellationRequested();
                factFiles = factFiles.SetItem(file.Path, file with { SupportDiagnostics = EngineSteps.CheckSupport(file.Parsed, schemaBuild.Schema, names, cancellationToken) });
                supportChecked++;
            }
        }

        var diagnostics = EngineSteps.Merge(
            factFiles.Values.SelectMany(f => f.Kinds.Diagnostics)
                .Concat(schemaBuild.Diagnostics)
                .Concat(factFiles.Values.SelectMany(f => f.Parsed.Diagnostics))
                .Concat(index.Diagnostics)
                .Concat(factFiles.Values.SelectMany(f => f.QuoteDiagnostics))
                .Concat(factFiles.Values.SelectMany(f => f.SupportDiagnostics)));
        cancellationToken.ThrowIfCancellationRequested();

        // Committed only now: a cancelled refresh changes nothing.
        _factFiles = factFiles;
        _articles = articles;
        _names = names;
        LastParsedCount = parsedCount;
        LastVerifiedCount = verified;
        LastSupportCheckedCount = supportChecked;
        _snapshot = new FactBaseSnapshot(Folder, schemaBuild, factFiles, articles, index, lookup, diagnostics);
        return _snapshot;
    }

    /// <summary>Parses one fact file again (or drops it); true when the cross-file index must run again.</summary>
    private static bool UpdateFactFile(ref ImmutableSortedDictionary<string, FactFileEntry> factFiles, string path, string? text, FileKindDeclarations? kinds, FactSchema schema, CancellationToken cancellationToken)
    {
        factFiles.TryGetValue(path, out var old);
        if (text is null || kinds is null)
        {
            factFiles = factFiles.Remove(path);
            return old is not null;
        }

        var parsed = EngineSteps.Parse(path, text, schema, cancellationToken);
        var summary = EngineSteps.Summarize(parsed, schema);
        factFiles = factFiles.SetItem(path, new FactFileEntry(path, new DocumentText(text), kinds, parsed, summary, EngineSteps.CitationsOf(parsed), EquatableArray<DiagnosticInfo>.Empty, EngineSteps.Names(parsed, schema), EquatableArray<DiagnosticInfo>.Empty));

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
