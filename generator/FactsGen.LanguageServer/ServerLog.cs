using System;
using System.IO;
using System.Threading.Tasks;
using FactsGen.LanguageServer.Protocol;

namespace FactsGen.LanguageServer;

/// <summary>What the server tells the user: window/logMessage (the editor's output panel) and standard error.</summary>
internal sealed class ServerLog
{
    private readonly Func<LogMessageParams, Task> _send;
    private readonly TextWriter _stderr;

    public ServerLog(Func<LogMessageParams, Task> send, TextWriter stderr)
    {
        _send = send;
        _stderr = stderr;
    }

    public void Error(string message) => Write(1, message);

    public void Warning(string message) => Write(2, message);

    public void Info(string message) => Write(3, message);

    private void Write(int type, string message)
    {
        try
        {
            _stderr.WriteLine("factsgen lsp: " + message);
            _ = _send(new LogMessageParams(type, message)).ContinueWith(t => _ = t.Exception, TaskScheduler.Default);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The connection is going away; there is nobody left to tell.
        }
    }
}
