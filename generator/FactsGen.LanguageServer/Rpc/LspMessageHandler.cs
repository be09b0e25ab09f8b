using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace FactsGen.LanguageServer.Rpc;

/// <summary>
/// LSP's framing (<c>Content-Length</c> headers) over stdio, answering a message whose content does
/// not parse as JSON-RPC with a parse error (-32700, id null) and reading on. StreamJsonRpc alone
/// would drop the connection at such a message; one bad message from a client must not end the
/// session. A broken header cannot be skipped reliably, so it still ends the connection.
/// </summary>
internal sealed class LspMessageHandler : HeaderDelimitedMessageHandler
{
    public LspMessageHandler(Stream sending, Stream receiving, IJsonRpcMessageFormatter formatter)
        : base(sending, receiving, formatter)
    {
    }

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (IsContentError(e))
            {
                var error = new JsonRpcError
                {
                    RequestId = RequestId.Null,
                    Error = new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.ParseError, Message = "Parse error: the message is not a JSON-RPC message (" + e.Message + ")" },
                };
                await WriteAsync(error, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The content was read whole but does not deserialize: the next message starts cleanly.</summary>
    private static bool IsContentError(Exception e) =>
        e is not (OperationCanceledException or IOException or ObjectDisposedException or BadRpcHeaderException);
}
