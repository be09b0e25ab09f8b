using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactsGen.LanguageServer.Tests.Infrastructure;

/// <summary>
/// A minimal LSP client, written without StreamJsonRpc so it checks the server's wire format on
/// its own terms: starts the built <c>factsgen lsp</c> as a process and frames each message with
/// <c>Content-Length</c> on its stdin/stdout. Every wait has a timeout, so a silent server fails
/// the test instead of hanging it.
/// </summary>
public sealed class LspClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly Stream _input;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly Dictionary<string, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly Dictionary<string, JsonArray> _diagnostics = new(StringComparer.Ordinal);
    private readonly List<JsonObject> _notifications = new();
    private readonly StringBuilder _stderr = new();
    private readonly Task _reading;
    private TaskCompletionSource _received = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextId;
    private long _documentNotifications;
    private bool _initialized;
    private long _checkedChanges = -1;

    /// <summary>The notifications whose edits the server's checks count (factsgen/checked).</summary>
    private static readonly HashSet<string> DocumentNotifications = new(StringComparer.Ordinal)
    {
        "textDocument/didOpen", "textDocument/didChange", "textDocument/didClose", "workspace/didChangeWatchedFiles",
    };

    private LspClient(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        _reading = Task.Run(ReadLoopAsync);
    }

    /// <summary>What the server wrote to standard error so far (its log).</summary>
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

    public static LspClient Start(string workingDirectory)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "factsgen.dll");
        Assert.True(File.Exists(tool), tool + " is not next to the tests");
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("exec");
        info.ArgumentList.Add(tool);
        info.ArgumentList.Add("lsp");
        return new LspClient(Process.Start(info)!);
    }

    /// <summary>initialize (with the workspace folder and options) and initialized; returns the server's capabilities.</summary>
    public async Task<JsonObject> InitializeAsync(string root, object? initializationOptions = null)
    {
        var response = await RequestAsync("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri = Uri(root),
            workspaceFolders = new[] { new { uri = Uri(root), name = Path.GetFileName(root) } },
            capabilities = new { },
            initializationOptions,
        });
        var result = Assert.IsType<JsonObject>(response["result"]);
        await NotifyAsync("initialized", new { });
        _initialized = true;
        return Assert.IsType<JsonObject>(result["capabilities"]);
    }

    /// <summary>shutdown, exit; returns the process's exit code.</summary>
    public async Task<int> ShutdownAsync()
    {
        var response = await RequestAsync("shutdown", null);
        Assert.True(response.ContainsKey("result"), response.ToJsonString());
        await NotifyAsync("exit", null);
        return await ExitCodeAsync();
    }

    public static string Uri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    /// <summary>
    /// Sends a request and waits for its response (the whole message: result or error). The server
    /// answers from its last finished check, so a request about documents first waits, as an editor
    /// that wants to read its own edits would, until a check covers every edit sent so far;
    /// <paramref name="afterCheck"/> false sends it at once.
    /// </summary>
    public async Task<JsonObject> RequestAsync(string method, object? parameters, bool afterCheck = true)
    {
        if (afterCheck && _initialized && method.StartsWith("textDocument/", StringComparison.Ordinal))
        {
            await CheckedAsync();
        }

        var id = Interlocked.Increment(ref _nextId);
        var waiter = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_pending)
        {
            _pending[id.ToString(System.Globalization.CultureInfo.InvariantCulture)] = waiter;
        }

        await SendAsync(Message(method, parameters, id));
        return await waiter.Task.WaitAsync(Timeout);
    }

    /// <summary>The result of a request that must succeed.</summary>
    public async Task<JsonNode?> ResultAsync(string method, object? parameters)
    {
        var response = await RequestAsync(method, parameters);
        Assert.False(response.ContainsKey("error"), $"{method} failed: {response.ToJsonString()}\n{Stderr}");
        return response["result"];
    }

    public Task NotifyAsync(string method, object? parameters)
    {
        if (DocumentNotifications.Contains(method))
        {
            Interlocked.Increment(ref _documentNotifications);
        }

        return SendAsync(Message(method, parameters, null));
    }

    /// <summary>Waits for a factsgen/checked that covers every document notification sent so far (and the first check).</summary>
    public async Task CheckedAsync()
    {
        var sent = Interlocked.Read(ref _documentNotifications);
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            Task received;
            lock (_diagnostics)
            {
                if (_checkedChanges >= sent)
                {
                    return;
                }

                received = _received.Task;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || await Task.WhenAny(received, Task.Delay(left)) != received)
            {
                throw new TimeoutException($"no check covered the {sent} document notifications sent (last checked: {_checkedChanges})\nserver log:\n{Stderr}");
            }
        }
    }

    /// <summary>Sends bytes as one message's content, framed, whatever they hold.</summary>
    public async Task SendRawAsync(byte[] content)
    {
        await _sending.WaitAsync();
        try
        {
            var header = Encoding.ASCII.GetBytes($"Content-Length: {content.Length}\r\n\r\n");
            await _input.WriteAsync(header);
            await _input.WriteAsync(content);
            await _input.FlushAsync();
        }
        finally
        {
            _sending.Release();
        }
    }

    /// <summary>The next response to a request with a null id (a parse error), waited for.</summary>
    public Task<JsonObject> NullIdResponseAsync()
    {
        TaskCompletionSource<JsonObject> waiter;
        lock (_pending)
        {
            if (!_pending.TryGetValue("null", out waiter!))
            {
                waiter = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
                _pending["null"] = waiter;
            }
        }

        return waiter.Task.WaitAsync(Timeout);
    }

    /// <summary>Waits until the latest diagnostics published for a document satisfy <paramref name="condition"/>; returns them.</summary>
    public async Task<JsonArray> DiagnosticsAsync(string path, Func<JsonArray, bool> condition)
    {
        var uri = Uri(path);
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            Task received;
            lock (_diagnostics)
            {
                if (_diagnostics.TryGetValue(uri, out var latest) && condition(latest))
                {
                    return latest;
                }

                received = _received.Task;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || await Task.WhenAny(received, Task.Delay(left)) != received)
            {
                lock (_diagnostics)
                {
                    var latest = _diagnostics.TryGetValue(uri, out var l) ? l.ToJsonString() : "(none published)";
                    throw new TimeoutException($"diagnostics for {uri} never met the condition; latest: {latest}\nserver log:\n{Stderr}");
                }
            }
        }
    }

    /// <summary>Whether any diagnostics were ever published for a document.</summary>
    public bool WasPublished(string path)
    {
        lock (_diagnostics)
        {
            return _diagnostics.ContainsKey(Uri(path));
        }
    }

    /// <summary>The notifications of one method received so far.</summary>
    public IReadOnlyList<JsonObject> Notifications(string method)
    {
        lock (_diagnostics)
        {
            return _notifications.Where(n => (string?)n["method"] == method).ToList();
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Waits for the process to end (after <c>exit</c>); its exit code.</summary>
    public async Task<int> ExitCodeAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static JsonObject Message(string method, object? parameters, int? id)
    {
        var message = new JsonObject { ["jsonrpc"] = "2.0" };
        if (id is not null)
        {
            message["id"] = id.Value;
        }

        message["method"] = method;
        if (parameters is not null)
        {
            message["params"] = JsonSerializer.SerializeToNode(parameters);
        }

        return message;
    }

    private Task SendAsync(JsonObject message) => SendRawAsync(Encoding.UTF8.GetBytes(message.ToJsonString()));

    private async Task ReadLoopAsync()
    {
        var output = _process.StandardOutput.BaseStream;
        while (true)
        {
            var length = await ReadHeaderAsync(output);
            if (length < 0)
            {
                return;
            }

            var content = new byte[length];
            await output.ReadExactlyAsync(content);
            var message = JsonNode.Parse(content)!.AsObject();
            Dispatch(message);
        }
    }

    private void Dispatch(JsonObject message)
    {
        if (message.ContainsKey("id") && !message.ContainsKey("method"))
        {
            var id = message["id"]?.ToJsonString().Trim('"') ?? "null";
            TaskCompletionSource<JsonObject>? waiter;
            lock (_pending)
            {
                if (!_pending.Remove(id, out waiter) && id == "null")
                {
                    waiter = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
                    _pending["null"] = waiter; // arrived before anyone waited
                }
            }

            waiter?.TrySetResult(message);
            return;
        }

        lock (_diagnostics)
        {
            _notifications.Add(message);
            if ((string?)message["method"] == "factsgen/checked")
            {
                _checkedChanges = Math.Max(_checkedChanges, (long)message["params"]!["changes"]!);
            }

            if ((string?)message["method"] == "textDocument/publishDiagnostics")
            {
                _diagnostics[(string)message["params"]!["uri"]!] = message["params"]!["diagnostics"]!.AsArray();
            }

            var received = _received;
            _received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            received.TrySetResult();
        }
    }

    /// <summary>Reads "Name: value" lines up to the blank line; the Content-Length, or -1 at the end of the stream.</summary>
    private static async Task<int> ReadHeaderAsync(Stream stream)
    {
        var length = -1;
        var line = new StringBuilder();
        var buffer = new byte[1];
        while (true)
        {
            if (await stream.ReadAsync(buffer) == 0)
            {
                return -1;
            }

            if (buffer[0] != '\n')
            {
                if (buffer[0] != '\r')
                {
                    line.Append((char)buffer[0]);
                }

                continue;
            }

            if (line.Length == 0)
            {
                return length;
            }

            var text = line.ToString();
            if (text.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(text["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }

            line.Clear();
        }
    }
}
