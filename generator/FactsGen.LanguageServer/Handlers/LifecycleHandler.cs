using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactsGen.LanguageServer.Protocol;
using FactsGen.LanguageServer.Workspace;
using Newtonsoft.Json.Linq;

namespace FactsGen.LanguageServer.Handlers;

/// <summary>initialize, initialized, shutdown, exit: which fact bases to check, and the server's life.</summary>
internal sealed class LifecycleHandler
{
    private readonly ServerContext _context;
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IReadOnlyList<string> _factBases = Array.Empty<string>();

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
                DocumentSymbolProvider: true),
            new ServerInfo("factsgen", typeof(LifecycleHandler).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"));
    }

    /// <summary>Reads the fact bases and publishes their diagnostics at once (no edit to wait for).</summary>
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

        _ = _context.Publisher.PublishAsync();
    }

    public void Shutdown() => IsShutDown = true;

    public void Exit() => _exited.TrySetResult();

    /// <summary>
    /// Each workspace folder's fact base: <c>initializationOptions.factsDirectory</c> (relative to the
    /// folder, or absolute), else its <c>facts/</c> folder when it has one, else the folder itself.
    /// </summary>
    private static IReadOnlyList<string> FactBasesOf(InitializeParams parameters)
    {
        var roots = (parameters.WorkspaceFolders ?? Array.Empty<WorkspaceFolder>()).Select(f => DocumentUris.ToPath(f.Uri)).OfType<string>().ToList();
        if (roots.Count == 0 && (DocumentUris.ToPath(parameters.RootUri) ?? parameters.RootPath) is { Length: > 0 } root)
        {
            roots.Add(Path.GetFullPath(root));
        }

        var configured = parameters.InitializationOptions is JObject options && options["factsDirectory"] is JValue { Type: JTokenType.String } value
            ? (string?)value
            : null;
        if (!string.IsNullOrWhiteSpace(configured) && Path.IsPathRooted(configured))
        {
            return new[] { Path.GetFullPath(configured) };
        }

        return roots
            .Select(r => string.IsNullOrWhiteSpace(configured) ? FactBaseFolder.Default(r) : Path.GetFullPath(Path.Combine(r, configured)))
            .Where(Directory.Exists)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
