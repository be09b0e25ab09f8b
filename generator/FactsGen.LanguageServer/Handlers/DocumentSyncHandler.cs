using System;
using FactsGen.LanguageServer.Protocol;

namespace FactsGen.LanguageServer.Handlers;

/// <summary>
/// textDocument/didOpen, didChange (full and incremental), didClose, and workspace/didChangeWatchedFiles:
/// the text the checks read. Each change schedules a debounced check of the fact base.
/// </summary>
internal sealed class DocumentSyncHandler
{
    private readonly ServerContext _context;

    public DocumentSyncHandler(ServerContext context) => _context = context;

    public void DidOpen(DidOpenTextDocumentParams parameters)
    {
        if (_context.Workspace.Open(parameters.TextDocument.Uri, parameters.TextDocument.Text ?? string.Empty))
        {
            _context.Publisher.Schedule();
        }
    }

    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        try
        {
            if (_context.Workspace.Change(parameters.TextDocument.Uri, parameters.ContentChanges ?? Array.Empty<TextDocumentContentChangeEvent>()))
            {
                _context.Publisher.Schedule();
            }
        }
        catch (ArgumentOutOfRangeException e)
        {
            // A change past the end of the document: applying it anywhere else would corrupt the text.
            _context.Log.Warning($"ignored a change to {parameters.TextDocument.Uri} (version {parameters.TextDocument.Version}): {e.Message}");
        }
    }

    public void DidClose(DidCloseTextDocumentParams parameters)
    {
        if (_context.Workspace.Close(parameters.TextDocument.Uri))
        {
            _context.Publisher.Schedule();
        }
    }

    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters)
    {
        var changed = false;
        foreach (var change in parameters.Changes ?? Array.Empty<FileEvent>())
        {
            changed |= _context.Workspace.DiskChanged(change.Uri);
        }

        if (changed)
        {
            _context.Publisher.Schedule();
        }
    }
}
