using System;
using FactsGen.LanguageServer.Protocol;

namespace FactsGen.LanguageServer.Handlers;

/// <summary>
/// textDocument/didOpen, didChange (full and incremental), didClose, and workspace/didChangeWatchedFiles:
/// the text the checks read. Each notification schedules a debounced check (and cancels the one in
/// flight), ignored ones too: every notification is then covered by a factsgen/checked.
/// </summary>
internal sealed class DocumentSyncHandler
{
    private readonly ServerContext _context;

    public DocumentSyncHandler(ServerContext context) => _context = context;

    public void DidOpen(DidOpenTextDocumentParams parameters)
    {
        _context.Workspace.Open(parameters.TextDocument.Uri, parameters.TextDocument.Text ?? string.Empty, parameters.TextDocument.Version);
        ScheduleCheck();
    }

    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        try
        {
            _context.Workspace.Change(parameters.TextDocument.Uri, parameters.ContentChanges ?? Array.Empty<TextDocumentContentChangeEvent>(), parameters.TextDocument.Version);
        }
        catch (ArgumentOutOfRangeException e)
        {
            // A change past the end of the document: applying it anywhere else would corrupt the text.
            _context.Log.Warning($"ignored a change to {parameters.TextDocument.Uri} (version {parameters.TextDocument.Version}): {e.Message}");
        }
        finally
        {
            ScheduleCheck();
        }
    }

    public void DidClose(DidCloseTextDocumentParams parameters)
    {
        _context.Workspace.Close(parameters.TextDocument.Uri);
        ScheduleCheck();
    }

    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters)
    {
        foreach (var change in parameters.Changes ?? Array.Empty<FileEvent>())
        {
            _context.Workspace.DiskChanged(change.Uri);
        }

        ScheduleCheck();
    }

    /// <summary>Counts the notification and schedules the check that covers it.</summary>
    private void ScheduleCheck()
    {
        _context.Workspace.CountNotification();
        _context.Publisher.Schedule();
    }
}
