using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactsGen.LanguageServer.Engine;
using FactsGen.LanguageServer.Protocol;

namespace FactsGen.LanguageServer.Workspace;

/// <summary>
/// The fact bases of the workspace folders and the documents the client has open. An open
/// document's text (unsaved edits included) replaces the file's text on disk; closing it goes back
/// to the disk. Files outside every fact base are ignored. One lock guards it all: edits arrive in
/// order, and a request or the debounced check reads an immutable snapshot.
/// </summary>
internal sealed class ServerWorkspace
{
    private readonly object _gate = new();
    private readonly List<FactBaseState> _bases = new();
    private readonly Dictionary<string, OpenDocument> _open = new(StringComparer.Ordinal);

    private sealed record OpenDocument(string Uri, DocumentText Text);

    /// <summary>Adds a fact base folder and reads its files from disk (open documents keep their text).</summary>
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

            foreach (var path in FactBaseFolder.Collect(folder))
            {
                if (BaseOf(path) == state && !_open.ContainsKey(path))
                {
                    state.SetText(path, FactBaseFolder.Read(path) ?? string.Empty);
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
    public bool Open(string uri, string text)
    {
        var path = DocumentUris.ToPath(uri);
        if (path is null)
        {
            return false;
        }

        lock (_gate)
        {
            var document = new DocumentText(text);
            _open[path] = new OpenDocument(uri, document);
            var state = BaseOf(path);
            state?.SetText(path, text);
            return state is not null;
        }
    }

    /// <summary>
    /// didChange: applies the changes in order, all or none. A change outside the document throws
    /// and leaves the text as it was. False when the document is not open or not in a fact base.
    /// </summary>
    public bool Change(string uri, IReadOnlyList<TextDocumentContentChangeEvent> changes)
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

            _open[path] = document with { Text = text };
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

    /// <summary>The fact base a document belongs to, checked up to its latest edit; null outside every fact base.</summary>
    public FactBaseSnapshot? SnapshotOf(string uri)
    {
        var path = DocumentUris.ToPath(uri);
        if (path is null)
        {
            return null;
        }

        lock (_gate)
        {
            return BaseOf(path)?.Refresh(CancellationToken.None);
        }
    }

    /// <summary>Every fact base, checked up to the latest edits.</summary>
    public IReadOnlyList<FactBaseSnapshot> RefreshAll()
    {
        lock (_gate)
        {
            return _bases.Select(b => b.Refresh(CancellationToken.None)).ToList();
        }
    }

    private bool Reload(string path)
    {
        var state = BaseOf(path);
        if (state is null)
        {
            return false;
        }

        if (FactBaseFolder.Read(path) is { } text)
        {
            state.SetText(path, text);
        }
        else
        {
            state.Remove(path);
        }

        return true;
    }

    private FactBaseState? BaseOf(string path) => _bases.FirstOrDefault(b => FactBaseFolder.Includes(b.Folder, path));
}
