using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace FactsGen.LanguageServer.Protocol;

internal sealed record WorkspaceFolder(string Uri, string? Name);

[JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
internal sealed class InitializeParams
{
    public string? RootUri { get; set; }

    public string? RootPath { get; set; }

    public WorkspaceFolder[]? WorkspaceFolders { get; set; }

    /// <summary>Free-form by the protocol; we read <c>factsDirectory</c> from it.</summary>
    public JToken? InitializationOptions { get; set; }
}

internal sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

internal sealed record ServerInfo(string Name, string Version);

internal sealed record ServerCapabilities(
    TextDocumentSyncOptions TextDocumentSync,
    bool HoverProvider,
    bool DefinitionProvider,
    CompletionOptions CompletionProvider,
    CodeActionOptions CodeActionProvider,
    RenameOptions RenameProvider,
    bool DocumentSymbolProvider,
    WorkspaceServerCapabilities Workspace);

internal sealed record WorkspaceServerCapabilities(WorkspaceFoldersServerCapabilities WorkspaceFolders);

/// <summary>The server follows workspace folders added and removed after <c>initialize</c>.</summary>
internal sealed record WorkspaceFoldersServerCapabilities(bool Supported, bool ChangeNotifications);

internal sealed record WorkspaceFoldersChangeEvent(WorkspaceFolder[]? Added, WorkspaceFolder[]? Removed);

internal sealed record DidChangeWorkspaceFoldersParams(WorkspaceFoldersChangeEvent Event);

/// <summary><see cref="Change"/>: 1 full, 2 incremental.</summary>
internal sealed record TextDocumentSyncOptions(bool OpenClose, int Change);

internal sealed record CompletionOptions(string[] TriggerCharacters);

internal sealed record CodeActionOptions(string[] CodeActionKinds);

internal sealed record RenameOptions(bool PrepareProvider);
