using System;
using FactsGen.LanguageServer.Handlers;
using FactsGen.LanguageServer.Protocol;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace FactsGen.LanguageServer;

/// <summary>
/// The LSP methods the server answers, each handed to its handler. A handler that throws answers
/// its request with an error (InternalError, with what failed) and the server goes on; a
/// notification's fault is logged. Requests before <c>initialize</c> get ServerNotInitialized,
/// and after <c>shutdown</c> InvalidRequest, as the protocol says.
/// </summary>
internal sealed class LanguageServerTarget
{
    private const int ServerNotInitialized = -32002;

    private readonly ServerContext _context;
    private readonly LifecycleHandler _lifecycle;
    private readonly DocumentSyncHandler _sync;
    private readonly HoverHandler _hover;
    private readonly DefinitionHandler _definition;
    private readonly CompletionHandler _completion;
    private readonly CodeActionHandler _codeActions;
    private readonly RenameHandler _rename;
    private readonly DocumentSymbolHandler _symbols;

    public LanguageServerTarget(ServerContext context)
    {
        _context = context;
        _lifecycle = new LifecycleHandler(context);
        _sync = new DocumentSyncHandler(context);
        _hover = new HoverHandler(context);
        _definition = new DefinitionHandler(context);
        _completion = new CompletionHandler(context);
        _codeActions = new CodeActionHandler(context);
        _rename = new RenameHandler(context);
        _symbols = new DocumentSymbolHandler(context);
    }

    public LifecycleHandler Lifecycle => _lifecycle;

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams parameters) => Request("initialize", () => _lifecycle.Initialize(parameters ?? new InitializeParams()), requireInitialized: false);

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public void Initialized(JToken? parameters = null) => Notification("initialized", _lifecycle.Initialized);

    [JsonRpcMethod("shutdown")]
    public object? Shutdown() => Request<object?>("shutdown", () =>
    {
        _lifecycle.Shutdown();
        return null;
    });

    [JsonRpcMethod("exit", UseSingleObjectParameterDeserialization = true)]
    public void Exit(JToken? parameters = null) => _lifecycle.Exit();

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams parameters) => Notification("textDocument/didOpen", () => _sync.DidOpen(parameters));

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams parameters) => Notification("textDocument/didChange", () => _sync.DidChange(parameters));

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams parameters) => Notification("textDocument/didClose", () => _sync.DidClose(parameters));

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(JToken? parameters = null)
    {
        // The text was already sent with didChange; saving changes nothing to check.
    }

    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters) => Notification("workspace/didChangeWatchedFiles", () => _sync.DidChangeWatchedFiles(parameters));

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Hover? Hover(TextDocumentPositionParams parameters) => Request("textDocument/hover", () => _hover.Hover(parameters));

    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public Location? Definition(TextDocumentPositionParams parameters) => Request("textDocument/definition", () => _definition.Definition(parameters));

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public CompletionList Completion(TextDocumentPositionParams parameters) => Request("textDocument/completion", () => _completion.Complete(parameters));

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public CodeAction[] CodeAction(CodeActionParams parameters) => Request("textDocument/codeAction", () => _codeActions.Actions(parameters));

    [JsonRpcMethod("textDocument/prepareRename", UseSingleObjectParameterDeserialization = true)]
    public PrepareRenameResult? PrepareRename(TextDocumentPositionParams parameters) => Request("textDocument/prepareRename", () => _rename.Prepare(parameters));

    [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
    public WorkspaceEdit? Rename(RenameParams parameters) => Request("textDocument/rename", () => _rename.Rename(parameters));

    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    public DocumentSymbol[] DocumentSymbol(DocumentSymbolParams parameters) => Request("textDocument/documentSymbol", () => _symbols.Symbols(parameters));

    private T Request<T>(string method, Func<T> handle, bool requireInitialized = true)
    {
        if (requireInitialized && !_lifecycle.IsInitialized)
        {
            throw new LocalRpcException($"{method}: the server is not initialized yet; send 'initialize' first") { ErrorCode = ServerNotInitialized };
        }

        if (_lifecycle.IsShutDown)
        {
            throw new LocalRpcException($"{method}: the server is shutting down") { ErrorCode = (int)JsonRpcErrorCode.InvalidRequest };
        }

        try
        {
            return handle();
        }
        catch (Exception e) when (e is not (LocalRpcException or OperationCanceledException))
        {
            _context.Log.Error($"{method} failed: {e}");
            throw new LocalRpcException($"{method} failed: {e.GetType().Name}: {e.Message}") { ErrorCode = (int)JsonRpcErrorCode.InternalError };
        }
    }

    private void Notification(string method, Action handle)
    {
        if (!_lifecycle.IsInitialized || _lifecycle.IsShutDown)
        {
            return; // the protocol drops notifications before initialize and after shutdown
        }

        try
        {
            handle();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _context.Log.Error($"{method} failed: {e}");
        }
    }
}
