using System.Diagnostics;
using System.Text;

namespace FactsGen.TestSupport.Lsp;

/// <summary>A language server started as a child process, spoken to over its stdin and stdout.</summary>
public sealed class ProcessConnection : ILspConnection
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    public ProcessConnection(string fileName, string workingDirectory, params string[] args)
    {
        _process = new Process { StartInfo = ProcessRunner.StartInfo(fileName, workingDirectory, null, args) };
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_log)
            {
                _log.AppendLine(e.Data);
            }
        };
        _process.Start();
        _process.BeginErrorReadLine();
    }

    /// <summary>The built <c>factsgen lsp</c> next to the tests, run by the host that runs them.</summary>
    public static ProcessConnection FactsGenLsp(string workingDirectory) =>
        new(ProcessRunner.DotNetHost, workingDirectory, "exec", ProcessRunner.BuiltTool, "lsp");

    public Stream ToServer => _process.StandardInput.BaseStream;

    public Stream FromServer => _process.StandardOutput.BaseStream;

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public async Task<int> ExitCodeAsync(CancellationToken cancellationToken)
    {
        await _process.WaitForExitAsync(cancellationToken);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            ProcessRunner.Kill(_process);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
