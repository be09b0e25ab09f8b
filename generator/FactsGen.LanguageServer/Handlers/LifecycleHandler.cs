using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactsGen.LanguageServer.Protocol;
using FactsGen.LanguageServer.Workspace;
using FactsGen.Tooling.Files;
using Newtonsoft.Json.Linq;

namespace FactsGen.LanguageServer.Handlers;

/// <summary>initialize, initialized, shutdown, exit: which fact bases to check, and the server's life.</summary>
internal sealed class LifecycleHandler
{
    private readonly ServerContext _context;
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IReadOnlyList<string> _factBases = Array.Empty<string>();
    private string? _configured;

    public LifecycleHandler(ServerContext context) => _context = context;

    public bool IsInitialized { get; private set; }

    public bool IsShutDown { get; private set; }

    /// <summary>Completes on <c>exit</c>.</summary>
    public Task Exited => _exited.Task;

    public InitializeResult Initialize(InitializeParams parameters)
    {
        _factBases = FactBasesOf(parameters);
        IsInitialized = true;
        return new InitializeResult(
            new ServerCapabilities(
                new TextDocumentSyncOptions(OpenClose: true, Change: 2),
                HoverProvider: true,
                DefinitionProvider: true,
                new CompletionOptions(new[] { ":", " ", "[", ",", "-" }),
                new CodeActionOptions(new[] { "quickfix" }),
                new RenameOptions(PrepareProvider: true),
                DocumentSymbolProvider: true,
                new WorkspaceServerCapabilities(new WorkspaceFoldersServerCapabilities(Supported: true, ChangeNotifications: true))),
            new ServerInfo("factsgen", typeof(LifecycleHandler).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"));
    }

    /// <summary>Adds the fact bases and starts their first check at once, off the message loop: a request sent now is answered at once.</summary>
    public void Initialized()
    {
        if (_factBases.Count == 0)
        {
            _context.Log.Warning("no fact base folder found: open a folder with fact files, or set initializationOptions.factsDirectory to an existing folder");
        }

        foreach (var folder in _factBases)
        {
            _context.Workspace.AddFactBase(folder);
            _context.Log.Info("checking the fact base in " + folder);
        }

        _context.Publisher.Schedule(TimeSpan.Zero);
    }

    /// <summary>workspace/didChangeWorkspaceFolders: follows the folders the client adds and removes after initialize.</summary>
    public void DidChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams parameters)
    {
        if (_configured is { } configured && Path.IsPathRooted(configured))
        {
            return; // one fact base was named for the whole session
        }

        var removedRoots = (parameters.Event?.Removed ?? Array.Empty<WorkspaceFolder>()).Select(r => DocumentUris.ToPath(r.Uri)).OfType<string>().ToList();
        foreach (var folder in _context.Workspace.Folders.Where(f => removedRoots.Any(root => IsWithin(root, f))))
        {
            _context.Workspace.RemoveFactBase(folder);
            _context.Log.Info("no longer checking the fact base in " + folder);
        }

        foreach (var folder in FactBasesOf(parameters.Event?.Added))
        {
            _context.Workspace.AddFactBase(folder);
            _context.Log.Info("checking the fact base in " + folder);
        }

        _context.Publisher.Schedule(TimeSpan.Zero);
    }

    public void Shutdown() => IsShutDown = true;

    private static bool IsWithin(string root, string folder)
    {
        var relative = Path.GetRelativePath(root, folder);
        return relative == "." || !(relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative));
    }

    public void Exit() => _exited.TrySetResult();

    /// <summary>
    /// Each workspace folder's fact base: <c>initializationOptions.factsDirectory</c> (relative to the
    /// folder, or absolute), else its <c>facts/</c> folder when it has one, else the folder itself.
    /// </summary>
    private IReadOnlyList<string> FactBasesOf(InitializeParams parameters)
    {
        var roots = (parameters.WorkspaceFolders ?? Array.Empty<WorkspaceFolder>()).Select(f => DocumentUris.ToPath(f.Uri)).OfType<string>().ToList();
        if (roots.Count == 0 && (DocumentUris.ToPath(parameters.RootUri) ?? parameters.RootPath) is { Length: > 0 } root)
        {
            roots.Add(Path.GetFullPath(root));
        }

        var configured = parameters.InitializationOptions is JObject options && options["factsDirectory"] is JValue { Type: JTokenType.String } value
            ? (string?)value
            : null;
        _configured = string.IsNullOrWhiteSpace(configured) ? null : configured;
        if (_configured is { } named && Path.IsPathRooted(named))
        {
            return new[] { Path.GetFullPath(named) };
        }

        return FactBasesOf(roots);
    }

    /// <summary>The fact bases of workspace folders added or removed later, by the same rule.</summary>
    private IReadOnlyList<string> FactBasesOf(WorkspaceFolder[]? folders) =>
        FactBasesOf((folders ?? Array.Empty<WorkspaceFolder>()).Select(f => DocumentUris.ToPath(f.Uri)).OfType<string>());

    private IReadOnlyList<string> FactBasesOf(IEnumerable<string> roots) =>
        roots
            .Select(r => _configured is null ? FactBaseFolder.Default(r) : Path.GetFullPath(Path.Combine(r, _configured)))
            .Where(Directory.Exists)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
