using System.IO.Pipelines;
using FactsGen.TestSupport.Lsp;

namespace FactsGen.LanguageServer.Tests.Infrastructure;

/// <summary>
/// <c>factsgen lsp</c> run in the test's own process: <see cref="LanguageServerHost"/> on two pipes
/// that stand for its stdin and stdout, so a test pays no process start and the bytes are the same
/// Content-Length frames. <see cref="ProcessConnection.FactsGenLsp"/> is the real stdio, for the tests
/// about the process itself.
/// </summary>
public sealed class InProcessConnection : ILspConnection
{
    private readonly Pipe _toServer = new();
    private readonly Pipe _fromServer = new();
    private readonly StringWriter _log = new();
    private readonly TextWriter _syncLog;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<int> _server;

    public InProcessConnection()
    {
        _syncLog = TextWriter.Synchronized(_log);
        ToServer = _toServer.Writer.AsStream();
        FromServer = _fromServer.Reader.AsStream();
        var input = _toServer.Reader.AsStream();
        var output = _fromServer.Writer.AsStream();
        _server = Task.Run(async () =>
        {
            try
            {
                return await LanguageServerHost.RunAsync(input, output, _syncLog, _stop.Token);
            }
            finally
            {
                // As a process's stdout closes when it ends.
                await _fromServer.Writer.CompleteAsync();
            }
        });
    }

    public Stream ToServer { get; }

    public Stream FromServer { get; }

    public string Log
    {
        get
        {
            lock (_syncLog)
            {
                return _log.ToString();
            }
        }
    }

    public bool HasExited => _server.IsCompleted;

    public Task<int> ExitCodeAsync(CancellationToken cancellationToken) => _server.WaitAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _toServer.Writer.CompleteAsync();
        await _stop.CancelAsync();
        try
        {
            await _server.WaitAsync(LspClient.Timeout);
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or IOException)
        {
            // Stopped mid-message: what a killed process would leave.
        }

        _stop.Dispose();
    }
}
