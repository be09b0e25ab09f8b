using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FactsGen.TestSupport.Lsp;

/// <summary>
/// A minimal Language Server Protocol client, written without StreamJsonRpc so it checks a server's
/// wire format on its own terms: JSON-RPC 2.0 messages with <c>Content-Length</c> framing, as editors
/// send them, over an <see cref="ILspConnection"/>. It keeps the diagnostics last published per
/// document and every notification, and answers the server's own requests through a callback.
/// Every wait has a timeout, so a silent server fails the test instead of hanging it.
/// </summary>
public sealed class LspClient : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>The notifications whose edits factsgen's checks count (factsgen/checked).</summary>
    private static readonly HashSet<string> DocumentNotifications = new(StringComparer.Ordinal)
    {
        "textDocument/didOpen", "textDocument/didChange", "textDocument/didClose", "workspace/didChangeWatchedFiles",
    };

    private readonly ILspConnection _connection;
    private readonly Func<string, JsonNode?, JsonNode?>? _onRequest;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly Dictionary<string, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly Dictionary<string, JsonArray> _diagnostics = new(StringComparer.Ordinal);
    private readonly List<JsonObject> _notifications = new();
    private readonly Task _reading;
    private TaskCompletionSource _received = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextId;
    private long _documentNotifications;
    private bool _waitsForChecks;
    private long _checkedChanges = -1;

    /// <param name="onRequest">Answers the server's requests (method, params → result); without it they are only recorded.</param>
    public LspClient(ILspConnection connection, Func<string, JsonNode?, JsonNode?>? onRequest = null)
    {
        _connection = connection;
        _onRequest = onRequest;
        _reading = Task.Run(ReadLoopAsync);
    }

    /// <summary>What the server logged so far.</summary>
    public string Stderr => _connection.Log;

    public bool HasExited => _connection.HasExited;

    public static string Uri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    /// <summary>
    /// factsgen's initialize (with the workspace folder and options) and initialized; returns the
    /// server's capabilities. From then on, requests about documents wait for factsgen/checked.
    /// </summary>
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
        var result = response["result"] as JsonObject ?? throw new InvalidOperationException("initialize failed: " + response.ToJsonString() + "\n" + Stderr);
        await NotifyAsync("initialized", new { });
        _waitsForChecks = true;
        return result["capabilities"] as JsonObject ?? throw new InvalidOperationException("initialize gave no capabilities: " + response.ToJsonString());
    }

    /// <summary>shutdown, exit; returns the server's exit code.</summary>
    public async Task<int> ShutdownAsync()
    {
        var response = await RequestAsync("shutdown", null);
        if (!response.ContainsKey("result"))
        {
            throw new InvalidOperationException("shutdown failed: " + response.ToJsonString());
        }

        await NotifyAsync("exit", null);
        return await ExitCodeAsync();
    }

    /// <summary>
    /// Sends a request and waits for its response (the whole message: result or error). factsgen's
    /// server answers from its last finished check, so after <see cref="InitializeAsync"/> a request
    /// about documents first waits, as an editor that wants to read its own edits would, until a check
    /// covers every edit sent so far; <paramref name="afterCheck"/> false sends it at once.
    /// </summary>
    public async Task<JsonObject> RequestAsync(string method, object? parameters, bool afterCheck = true)
    {
        if (afterCheck && _waitsForChecks && method.StartsWith("textDocument/", StringComparison.Ordinal))
        {
            await CheckedAsync();
        }

        var id = Interlocked.Increment(ref _nextId);
        var waiter = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_pending)
        {
            _pending[id.ToString(CultureInfo.InvariantCulture)] = waiter;
        }

        await SendAsync(Message(method, parameters, id));
        try
        {
            return await waiter.Task.WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"no answer to {method} within {Timeout.TotalSeconds} s; server log:\n{Stderr}");
        }
    }

    /// <summary>The result of a request that must succeed.</summary>
    public async Task<JsonNode?> ResultAsync(string method, object? parameters)
    {
        var response = await RequestAsync(method, parameters);
        if (response.ContainsKey("error"))
        {
            throw new InvalidOperationException($"{method} failed: {response.ToJsonString()}\n{Stderr}");
        }

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
        await WaitAsync(
            () => _checkedChanges >= sent,
            () => $"no check covered the {sent} document notifications sent (last checked: {_checkedChanges})");
    }

    /// <summary>Sends bytes as one message's content, framed, whatever they hold.</summary>
    public async Task SendRawAsync(byte[] content)
    {
        await _sending.WaitAsync();
        try
        {
            var header = Encoding.ASCII.GetBytes($"Content-Length: {content.Length}\r\n\r\n");
            await _connection.ToServer.WriteAsync(header);
            await _connection.ToServer.WriteAsync(content);
            await _connection.ToServer.FlushAsync();
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

    /// <summary>Waits until the latest diagnostics published for a file satisfy <paramref name="condition"/>; returns them.</summary>
    public Task<JsonArray> DiagnosticsAsync(string path, Func<JsonArray, bool> condition) => DiagnosticsOfUriAsync(Uri(path), condition);

    /// <summary>As <see cref="DiagnosticsAsync"/>, for a document named by its URI.</summary>
    public async Task<JsonArray> DiagnosticsOfUriAsync(string uri, Func<JsonArray, bool> condition)
    {
        JsonArray? found = null;
        await WaitAsync(
            () => _diagnostics.TryGetValue(uri, out found) && condition(found),
            () => $"diagnostics for {uri} never met the condition; latest: {(_diagnostics.TryGetValue(uri, out var l) ? l.ToJsonString() : "(none published)")}");
        return found!;
    }

    /// <summary>Whether any diagnostics were ever published for a file.</summary>
    public bool WasPublished(string path)
    {
        lock (_diagnostics)
        {
            return _diagnostics.ContainsKey(Uri(path));
        }
    }

    /// <summary>The notifications (and requests) of one method the server sent so far.</summary>
    public IReadOnlyList<JsonObject> Notifications(string method)
    {
        lock (_diagnostics)
        {
            return _notifications.Where(n => (string?)n["method"] == method).ToList();
        }
    }

    /// <summary>Waits for the server to end (after <c>exit</c>); its exit code.</summary>
    public async Task<int> ExitCodeAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        return await _connection.ExitCodeAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        try
        {
            await _reading.WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
            // A connection whose output never ends; the test has its answers already.
        }

        _sending.Dispose();
    }

    /// <summary>Waits, under the lock that guards what was received, until <paramref name="done"/> holds.</summary>
    private async Task WaitAsync(Func<bool> done, Func<string> failure)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            Task received;
            lock (_diagnostics)
            {
                if (done())
                {
                    return;
                }

                received = _received.Task;
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || await Task.WhenAny(received, Task.Delay(left)) != received)
            {
                lock (_diagnostics)
                {
                    throw new TimeoutException($"{failure()}\nserver log:\n{Stderr}");
                }
            }
        }
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
            message["params"] = parameters as JsonNode ?? JsonSerializer.SerializeToNode(parameters);
        }

        return message;
    }

    private Task SendAsync(JsonObject message) => SendRawAsync(Encoding.UTF8.GetBytes(message.ToJsonString()));

    private async Task ReadLoopAsync()
    {
        try
        {
            while (true)
            {
                var length = await ReadHeaderAsync(_connection.FromServer);
                if (length < 0)
                {
                    break;
                }

                var content = new byte[length];
                await _connection.FromServer.ReadExactlyAsync(content);
                await DispatchAsync(JsonNode.Parse(content)!.AsObject());
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or JsonException or InvalidOperationException)
        {
            // The server went away or wrote garbage; pending requests fail below with what it logged.
        }

        lock (_pending)
        {
            foreach (var waiter in _pending.Values)
            {
                waiter.TrySetException(new IOException("the server closed its output; server log:\n" + Stderr));
            }
        }
    }

    private async Task DispatchAsync(JsonObject message)
    {
        var method = (string?)message["method"];
        if (message.ContainsKey("id") && method is null)
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

        if (method is not null && message["id"] is { } requestId && _onRequest is not null)
        {
            var result = _onRequest(method, message["params"]);
            await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = requestId.DeepClone(), ["result"] = result });
        }

        lock (_diagnostics)
        {
            _notifications.Add(message);
            if (method == "factsgen/checked")
            {
                _checkedChanges = Math.Max(_checkedChanges, (long)message["params"]!["changes"]!);
            }

            if (method == "textDocument/publishDiagnostics")
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
                if (length < 0)
                {
                    throw new JsonException("a message without Content-Length");
                }

                return length;
            }

            var text = line.ToString();
            if (text.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(text["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
            }

            line.Clear();
        }
    }
}
