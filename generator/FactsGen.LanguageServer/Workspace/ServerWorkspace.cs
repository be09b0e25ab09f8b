using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactsGen.Articles;
using FactsGen.LanguageServer.Protocol;
using FactsGen.Tooling.Engine;
using FactsGen.Tooling.Files;

namespace FactsGen.LanguageServer.Workspace;

/// <summary>
/// The fact bases of the workspace folders and the documents the client has open. An open
/// document's text (unsaved edits included) replaces the file's text on disk; closing it goes back
/// to the disk. Files outside every fact base are ignored.
/// </summary>
/// <remarks>
/// The lock guards only the documents and the edits waiting to be checked, so an edit or a request
/// never waits for a check: requests read each fact base's last finished snapshot, and
/// <see cref="RefreshAll"/> takes the waiting edits under the lock and checks them outside it.
/// Every document notification counts as one <see cref="Changes"/>, ignored ones too, so a
/// finished check can say which of the client's notifications it has seen.
/// </remarks>
internal sealed class ServerWorkspace
{
    private readonly object _gate = new();
    private readonly SemaphoreSlim _checking = new(1, 1);
    private readonly List<FactBaseState> _bases = new();
    private readonly Dictionary<string, OpenDocument> _open = new(StringComparer.Ordinal);
    private long _changes;

    private sealed record OpenDocument(string Uri, TextLines Text, int? Version);

    /// <summary>How many document notifications the workspace has taken so far.</summary>
    public long Changes => Interlocked.Read(ref _changes);

    /// <summary>Counts one document notification, after its edits are applied (a check that sees the count sees the edits).</summary>
    public void CountNotification() => Interlocked.Increment(ref _changes);

    /// <summary>Adds a fact base folder; its files on disk are read by the next check, not here.</summary>
    public void AddFactBase(string folder)
    {
        lock (_gate)
        {
            if (_bases.Any(b => b.Folder == folder))
            {
                return;
            }

            var state = new FactBaseState(folder);
            _bases.Add(state);

            // Deepest first, so a file belongs to the innermost fact base that includes it; a fact base
            // added inside another takes its files from it.
            _bases.Sort((a, b) => b.Folder.Length.CompareTo(a.Folder.Length));
            foreach (var other in _bases.Where(b => b != state))
            {
                foreach (var path in other.Paths.Where(p => BaseOf(p) == state))
                {
                    other.Remove(path);
                }
            }

            foreach (var (path, document) in _open)
            {
                if (BaseOf(path) == state)
                {
                    state.SetText(path, document.Text.Text);
                }
            }
        }
    }

    /// <summary>Drops a fact base folder (a workspace folder removed); its files go back to an enclosing one, if any.</summary>
    public void RemoveFactBase(string folder)
    {
        lock (_gate)
        {
            var state = _bases.FirstOrDefault(b => b.Folder == folder);
            if (state is null)
            {
                return;
            }

            var paths = state.Paths.ToList();
            _bases.Remove(state);
            foreach (var path in paths)
            {
                if (BaseOf(path) is { } enclosing)
                {
                    if (_open.TryGetValue(path, out var document))
                    {
                        enclosing.SetText(path, document.Text.Text);
                    }
                    else
                    {
                        enclosing.IsLoaded = false;
                    }
                }
            }
        }
    }

    public IReadOnlyList<string> Folders
    {
        get
        {
            lock (_gate)
            {
                return _bases.Select(b => b.Folder).ToList();
            }
        }
    }

    /// <summary>didOpen: false when the document is not part of any fact base (it is then ignored).</summary>
    public bool Open(string uri, string text, int? version = null)
    {
        var path = DocumentUris.ToPath(uri);
        if (path is null)
        {
            return false;
        }

        lock (_gate)
        {
            var document = new TextLines(text);
            _open[path] = new OpenDocument(uri, document, version);
            var state = BaseOf(path);
            state?.SetText(path, text);
            return state is not null;
        }
    }

    /// <summary>
    /// didChange: applies the changes in order, all or none. A change outside the document throws
    /// and leaves the text as it was. False when the document is not open or not in a fact base.
    /// </summary>
    public bool Change(string uri, IReadOnlyList<TextDocumentContentChangeEvent> changes, int? version = null)
    {
        var path = DocumentUris.ToPath(uri);
        if (path is null)
        {
            return false;
        }

        lock (_gate)
        {
            if (!_open.TryGetValue(path, out var document))
            {
                return false;
            }

            var text = document.Text;
            foreach (var change in changes)
            {
                text = text.Apply(change);
            }

            _open[path] = document with { Text = text, Version = version };
            var state = BaseOf(path);
            state?.SetText(path, text.Text);
            return state is not null;
        }
    }

    /// <summary>didClose: the file's text is the disk's again (or it is gone, if it was never saved).</summary>
    public bool Close(string uri)
    {
        var path = DocumentUris.ToPath(uri);
        if (path is null)
        {
            return false;
        }

        lock (_gate)
        {
            _open.Remove(path);
            return Reload(path);
        }
    }

    /// <summary>workspace/didChangeWatchedFiles: a file changed on disk; an open document keeps the editor's text.</summary>
    public bool DiskChanged(string uri)
    {
        var path = DocumentUris.ToPath(uri);
        if (path is null)
        {
            return false;
        }

        lock (_gate)
        {
            return !_open.ContainsKey(path) && Reload(path);
        }
    }

    public bool IsOpen(string path)
    {
        lock (_gate)
        {
            return _open.ContainsKey(path);
        }
    }

    /// <summary>The URI to publish a file under: the one the client opened it with, else the path's.</summary>
    public string UriOf(string path)
    {
        lock (_gate)
        {
            return _open.TryGetValue(path, out var document) ? document.Uri : DocumentUris.FromPath(path);
        }
    }

    /// <summary>
    /// The fact base a document belongs to, as the last finished check left it (at once: never
    /// waits for a check in flight); null outside every fact base.
    /// </summary>
    public FactBaseSnapshot? SnapshotOf(string uri)
    {
        var path = DocumentUris.ToPath(uri);
        if (path is null)
        {
            return null;
        }

        lock (_gate)
        {
            return BaseOf(path)?.Snapshot;
        }
    }

    /// <summary>
    /// Checks every fact base up to the edits made so far: reads the files of fact bases not yet
    /// read, takes the waiting edits under the lock and runs the steps outside it, one check at a
    /// time. A cancelled check commits nothing and leaves its edits for the next one.
    /// </summary>
    public WorkspaceCheck RefreshAll(CancellationToken cancellationToken = default)
    {
        _checking.Wait(cancellationToken);
        try
        {
            LoadFromDisk(cancellationToken);
            List<(FactBaseState State, IReadOnlyDictionary<string, FileContent?> Edits)> work;
            long changes;
            Dictionary<string, int?> versions;
            lock (_gate)
            {
                changes = Interlocked.Read(ref _changes);
                versions = _open.ToDictionary(d => d.Key, d => d.Value.Version, StringComparer.Ordinal);
                work = _bases.Select(b => (b, b.TakePending())).ToList();
            }

            var snapshots = new List<FactBaseSnapshot>(work.Count);
            for (var i = 0; i < work.Count; i++)
            {
                try
                {
                    snapshots.Add(work[i].State.Refresh(work[i].Edits, cancellationToken));
                }
                catch (OperationCanceledException)
                {
                    lock (_gate)
                    {
                        for (var j = i; j < work.Count; j++)
                        {
                            work[j].State.Restore(work[j].Edits);
                        }
                    }

                    throw;
                }
            }

            return new WorkspaceCheck(snapshots, changes, versions);
        }
        finally
        {
            _checking.Release();
        }
    }

    /// <summary>Reads the files of the fact bases added since the last check (open documents keep the editor's text).</summary>
    private void LoadFromDisk(CancellationToken cancellationToken)
    {
        List<FactBaseState> unloaded;
        lock (_gate)
        {
            unloaded = _bases.Where(b => !b.IsLoaded).ToList();
        }

        foreach (var state in unloaded)
        {
            var texts = new List<(string Path, FileContent Content)>();
            foreach (var path in FactBaseFolder.Collect(state.Folder))
            {
                cancellationToken.ThrowIfCancellationRequested();
                texts.Add((path, FactBaseFolder.ReadText(path) is { } text ? FileContent.Of(text) : FileContent.Unreadable));
            }

            lock (_gate)
            {
                if (!_bases.Contains(state))
                {
                    continue;
                }

                var known = new HashSet<string>(state.Paths, StringComparer.Ordinal);
                foreach (var (path, content) in texts)
                {
                    // A file an edit already gave text to (opened, or changed on disk since) keeps that text.
                    if (BaseOf(path) == state && !_open.ContainsKey(path) && !known.Contains(path))
                    {
                        state.Set(path, content);
                    }
                }

                state.IsLoaded = true;
            }
        }
    }

    private bool Reload(string path)
    {
        var state = BaseOf(path);
        if (state is null)
        {
            return false;
        }

        FactBaseFolder.ReadInto(state, path);
        return true;
    }

    private FactBaseState? BaseOf(string path) => _bases.FirstOrDefault(b => FactBaseFolder.Includes(b.Folder, path));
}

/// <summary>
/// What one check of the workspace saw: each fact base's snapshot, how many document notifications
/// it includes, and the version of each open document's text it checked.
/// </summary>
internal sealed record WorkspaceCheck(IReadOnlyList<FactBaseSnapshot> Snapshots, long Changes, IReadOnlyDictionary<string, int?> Versions)
{
    public int? VersionOf(string path) => Versions.TryGetValue(path, out var version) ? version : null;
}
