using System;
using System.Threading;
using FactsGen.LanguageServer.Handlers;
using FactsGen.LanguageServer.Protocol;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace FactsGen.LanguageServer;

/// <summary>
/// The LSP methods the server answers, each handed to its handler. A handler that throws answers
/// its request with an error (InternalError, with what failed) and the server goes on; a
/// notification's fault is logged. Requests before <c>initialize</c> get ServerNotInitialized,
/// and after <c>shutdown</c> InvalidRequest, as the protocol says. Requests take the cancellation
/// token of their <c>$/cancelRequest</c> (StreamJsonRpc's standard strategy): a cancelled request
/// answers RequestCancelled.
/// </summary>
internal sealed class LanguageServerTarget
{
    private const int ServerNotInitialized = -32002;

    private readonly ServerContext _context;
    private readonly JsonSerializer _serializer;
    private readonly LifecycleHandler _lifecycle;
    private readonly DocumentSyncHandler _sync;
    private readonly HoverHandler _hover;
    private readonly DefinitionHandler _definition;
    private readonly CompletionHandler _completion;
    private readonly CodeActionHandler _codeActions;
    private readonly RenameHandler _rename;
    private readonly DocumentSymbolHandler _symbols;

    public LanguageServerTarget(ServerContext context, JsonSerializer serializer)
    {
        _context = context;
        _serializer = serializer;
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
    public InitializeResult Initialize(JToken? parameters) => Request<InitializeParams, InitializeResult>("initialize", parameters, p => _lifecycle.Initialize(p ?? new InitializeParams()), requireInitialized: false);

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public void Initialized(JToken? parameters = null) => Notification<JToken>("initialized", null, _ => _lifecycle.Initialized());

    [JsonRpcMethod("shutdown", UseSingleObjectParameterDeserialization = true)]
    public object? Shutdown(JToken? parameters = null) => Request<JToken, object?>("shutdown", null, _ =>
    {
        _lifecycle.Shutdown();
        return null;
    });

    [JsonRpcMethod("exit", UseSingleObjectParameterDeserialization = true)]
    public void Exit(JToken? parameters = null) => _lifecycle.Exit();

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(JToken? parameters) => Notification<DidOpenTextDocumentParams>("textDocument/didOpen", parameters, _sync.DidOpen);

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(JToken? parameters) => Notification<DidChangeTextDocumentParams>("textDocument/didChange", parameters, _sync.DidChange);

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(JToken? parameters) => Notification<DidCloseTextDocumentParams>("textDocument/didClose", parameters, _sync.DidClose);

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(JToken? parameters = null)
    {
        // The text was already sent with didChange; saving changes nothing to check.
    }

    [JsonRpcMethod("workspace/didChangeWorkspaceFolders", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWorkspaceFolders(JToken? parameters) => Notification<DidChangeWorkspaceFoldersParams>("workspace/didChangeWorkspaceFolders", parameters, _lifecycle.DidChangeWorkspaceFolders);

    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(JToken? parameters) => Notification<DidChangeWatchedFilesParams>("workspace/didChangeWatchedFiles", parameters, _sync.DidChangeWatchedFiles);

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Hover? Hover(JToken? parameters, CancellationToken cancellationToken) => Request<TextDocumentPositionParams, Hover?>("textDocument/hover", parameters, cancellationToken, _hover.Hover);

    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public Location? Definition(JToken? parameters, CancellationToken cancellationToken) => Request<TextDocumentPositionParams, Location?>("textDocument/definition", parameters, cancellationToken, _definition.Definition);

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public CompletionList Completion(JToken? parameters, CancellationToken cancellationToken) => Request<TextDocumentPositionParams, CompletionList>("textDocument/completion", parameters, cancellationToken, _completion.Complete);

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public CodeAction[] CodeAction(JToken? parameters, CancellationToken cancellationToken) => Request<CodeActionParams, CodeAction[]>("textDocument/codeAction", parameters, cancellationToken, _codeActions.Actions);

    [JsonRpcMethod("textDocument/prepareRename", UseSingleObjectParameterDeserialization = true)]
    public PrepareRenameResult? PrepareRename(JToken? parameters, CancellationToken cancellationToken) => Request<TextDocumentPositionParams, PrepareRenameResult?>("textDocument/prepareRename", parameters, cancellationToken, _rename.Prepare);

    [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
    public WorkspaceEdit? Rename(JToken? parameters, CancellationToken cancellationToken) => Request<RenameParams, WorkspaceEdit?>("textDocument/rename", parameters, cancellationToken, _rename.Rename);

    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    public DocumentSymbol[] DocumentSymbol(JToken? parameters, CancellationToken cancellationToken) => Request<DocumentSymbolParams, DocumentSymbol[]>("textDocument/documentSymbol", parameters, cancellationToken, _symbols.Symbols);

    private TResult Request<TParams, TResult>(string method, JToken? parameters, CancellationToken cancellationToken, Func<TParams, CancellationToken, TResult> handle) =>
        Request<TParams, TResult>(method, parameters, p => handle(p, cancellationToken));

    private TResult Request<TParams, TResult>(string method, JToken? parameters, Func<TParams, TResult> handle, bool requireInitialized = true)
    {
        if (requireInitialized && !_lifecycle.IsInitialized)
        {
            throw new LocalRpcException($"{method}: the server is not initialized yet; send 'initialize' first") { ErrorCode = ServerNotInitialized };
        }

        if (_lifecycle.IsShutDown)
        {
            throw new LocalRpcException($"{method}: the server is shutting down") { ErrorCode = (int)JsonRpcErrorCode.InvalidRequest };
        }

        var typed = Parse<TParams>(method, parameters);
        try
        {
            return handle(typed);
        }
        catch (Exception e) when (e is not (LocalRpcException or OperationCanceledException))
        {
            _context.Log.Error($"{method} failed: {e}");
            throw new LocalRpcException($"{method} failed: {e.GetType().Name}: {e.Message}") { ErrorCode = (int)JsonRpcErrorCode.InternalError };
        }
    }

    private void Notification<TParams>(string method, JToken? parameters, Action<TParams> handle)
    {
        if (!_lifecycle.IsInitialized || _lifecycle.IsShutDown)
        {
            return; // the protocol drops notifications before initialize and after shutdown
        }

        try
        {
            handle(Parse<TParams>(method, parameters));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _context.Log.Error($"{method} failed: {e}");
        }
    }

    /// <summary>The params as the method's type; params of another shape are the client's error (InvalidParams).</summary>
    private TParams Parse<TParams>(string method, JToken? parameters)
    {
        try
        {
            return (parameters ?? JValue.CreateNull()).ToObject<TParams>(_serializer)!;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidCastException or FormatException)
        {
            throw new LocalRpcException($"{method}: the params do not have the protocol's shape: {e.Message}") { ErrorCode = (int)JsonRpcErrorCode.InvalidParams };
        }
    }
}
