namespace FactsGen.TestSupport.Lsp;

/// <summary>
/// The two byte streams to a language server and its life: a child process over its stdio
/// (<see cref="ProcessConnection"/>), or a server run in the test's own process over pipes.
/// </summary>
public interface ILspConnection : IAsyncDisposable
{
    /// <summary>What the client writes: the server's standard input.</summary>
    Stream ToServer { get; }

    /// <summary>What the client reads: the server's standard output.</summary>
    Stream FromServer { get; }

    /// <summary>What the server logged so far (its standard error), for failure messages.</summary>
    string Log { get; }

    bool HasExited { get; }

    /// <summary>Waits for the server to end on its own; its exit code.</summary>
    Task<int> ExitCodeAsync(CancellationToken cancellationToken);
}
