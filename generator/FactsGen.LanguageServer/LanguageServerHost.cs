using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using FactsGen.LanguageServer.Protocol;
using FactsGen.LanguageServer.Rpc;
using FactsGen.LanguageServer.Workspace;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace FactsGen.LanguageServer;

/// <summary>Runs the language server for fact files over a pair of streams (stdio for <c>factsgen lsp</c>).</summary>
public static class LanguageServerHost
{
    /// <summary>
    /// Serves LSP until the client sends <c>exit</c>, closes the input or <paramref name="cancellationToken"/> fires.
    /// Exit code as the protocol says: 0 after <c>shutdown</c>, 1 otherwise.
    /// </summary>
    public static Task<int> RunAsync(Stream input, Stream output, CancellationToken cancellationToken) =>
        RunAsync(input, output, Console.Error, cancellationToken);

    internal static async Task<int> RunAsync(Stream input, Stream output, TextWriter stderr, CancellationToken cancellationToken)
    {
        var formatter = LspJson.CreateFormatter();
        var handler = new LspMessageHandler(output, input, formatter);
        using var rpc = new JsonRpc(handler)
        {
            // One message at a time, in order: edits must apply in the order they were made.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
        };

        var log = new ServerLog(message => rpc.NotifyWithParameterObjectAsync("window/logMessage", message), stderr);
        var workspace = new ServerWorkspace();
        using var publisher = new DiagnosticsPublisher(
            workspace,
            diagnostics => rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", diagnostics),
            check => rpc.NotifyWithParameterObjectAsync("factsgen/checked", check),
            log.Error);
        var target = new LanguageServerTarget(new ServerContext(workspace, publisher, log), formatter.JsonSerializer);
        rpc.AddLocalRpcTarget(target, new JsonRpcTargetOptions { DisposeOnDisconnect = false });
        rpc.StartListening();

        using (cancellationToken.Register(rpc.Dispose))
        {
            await Task.WhenAny(rpc.Completion, target.Lifecycle.Exited).ConfigureAwait(false);
        }

        if (rpc.Completion.IsFaulted)
        {
            stderr.WriteLine("factsgen lsp: the connection ended: " + rpc.Completion.Exception?.InnerException?.Message);
        }

        return target.Lifecycle.IsShutDown ? 0 : 1;
    }
}
