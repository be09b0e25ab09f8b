using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactsGen.Editors.Tests.Lsp;

/// <summary>
/// A minimal Language Server Protocol client over a child process's stdio: JSON-RPC 2.0 messages
/// with Content-Length framing, as editors send them. It answers the server's own requests through
/// a callback and keeps the last diagnostics published per document.
/// </summary>
public sealed class LspClient : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly Func<string, JsonNode?, JsonNode?> _onRequest;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly ConcurrentDictionary<string, JsonArray> _diagnostics = new();
    private readonly SemaphoreSlim _diagnosticsChanged = new(0);
    private readonly StringBuilder _stderr = new();
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Task _reader;
    private int _nextId;

    private LspClient(Process process, Func<string, JsonNode?, JsonNode?> onRequest)
    {
        _process = process;
        _onRequest = onRequest;
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
            }
        };
        _process.BeginErrorReadLine();
        _reader = Task.Run(ReadLoop);
    }

    /// <summary>What the server wrote to standard error so far, for failure messages.</summary>
    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>Starts the server; <paramref name="onRequest"/> answers its requests (method, params → result).</summary>
    public static LspClient Start(string fileName, IEnumerable<string> arguments, Func<string, JsonNode?, JsonNode?> onRequest)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        return new LspClient(process, onRequest);
    }

    public async Task<JsonNode?> RequestAsync(string method, object parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = ToNode(parameters) });
        var finished = await Task.WhenAny(answer.Task, Task.Delay(Timeout));
        if (finished != answer.Task)
        {
            throw new TimeoutException($"no answer to {method} within {Timeout.TotalSeconds} s; server stderr:\n{Stderr}");
        }

        return await answer.Task;
    }

    public Task NotifyAsync(string method, object parameters) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = ToNode(parameters) });

    /// <summary>Waits until the diagnostics last published for <paramref name="uri"/> satisfy <paramref name="until"/>.</summary>
    public async Task<JsonArray> WaitForDiagnosticsAsync(string uri, Func<JsonArray, bool> until)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            if (_diagnostics.TryGetValue(uri, out var current) && until(current))
            {
                return current;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _diagnosticsChanged.WaitAsync(left))
            {
                var last = _diagnostics.TryGetValue(uri, out var seen) ? seen.ToJsonString() : "none";
                throw new TimeoutException($"diagnostics for {uri} never met the condition within {Timeout.TotalSeconds} s; last published: {last}; server stderr:\n{Stderr}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                await RequestAsync("shutdown", new { }).WaitAsync(TimeSpan.FromSeconds(5));
                await NotifyAsync("exit", new { });
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5));
            }
        }
        catch (Exception e) when (e is TimeoutException or IOException or InvalidOperationException)
        {
            // A server that will not stop is killed below; the test has its answers already.
        }
        finally
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.Dispose();
        }
    }

    private static JsonNode? ToNode(object value) => value as JsonNode ?? JsonSerializer.SerializeToNode(value);

    private async Task SendAsync(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _writeLock.WaitAsync();
        try
        {
            var stdin = _process.StandardInput.BaseStream;
            await stdin.WriteAsync(header);
            await stdin.WriteAsync(body);
            await stdin.FlushAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ReadLoop()
    {
        var stdout = _process.StandardOutput.BaseStream;
        try
        {
            while (await ReadMessage(stdout) is { } message)
            {
                await Dispatch(message);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or JsonException)
        {
            // The server went away or wrote garbage; pending requests fail below with what it said.
        }

        foreach (var pending in _pending.Values)
        {
            pending.TrySetException(new IOException("the server closed its output; stderr:\n" + Stderr));
        }
    }

    private static async Task<JsonNode?> ReadMessage(Stream stream)
    {
        var length = -1;
        while (true)
        {
            var line = await ReadHeaderLine(stream);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        if (length < 0)
        {
            throw new JsonException("a message without Content-Length");
        }

        var body = new byte[length];
        await stream.ReadExactlyAsync(body);
        return JsonNode.Parse(body);
    }

    private static async Task<string?> ReadHeaderLine(Stream stream)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(one) == 0)
            {
                return null;
            }

            if (one[0] == '\n')
            {
                return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
            }

            bytes.Add(one[0]);
        }
    }

    private async Task Dispatch(JsonNode message)
    {
        var method = (string?)message["method"];
        var id = message["id"];
        if (method is not null && id is not null)
        {
            var result = _onRequest(method, message["params"]);
            await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = result });
        }
        else if (id is not null)
        {
            if (_pending.TryRemove((int)id, out var answer))
            {
                if (message["error"] is { } error)
                {
                    answer.SetException(new InvalidOperationException("the server answered with an error: " + error.ToJsonString()));
                }
                else
                {
                    answer.SetResult(message["result"]);
                }
            }
        }
        else if (method == "textDocument/publishDiagnostics" && message["params"] is { } parameters)
        {
            _diagnostics[(string)parameters["uri"]!] = parameters["diagnostics"]!.AsArray();
            _diagnosticsChanged.Release();
        }
    }
}
