using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace FactsGen.Cli.Tests.Report.Infrastructure;

/// <summary>
/// One headless Chromium for a test class (an xunit class fixture: closed, and its profile deleted,
/// when the class is done), driven over the Chrome DevTools Protocol on a WebSocket
/// (<c>--remote-debugging-port=0</c>: the browser picks a free port and writes it to
/// <c>DevToolsActivePort</c> in its profile). Each page gets a new tab: navigate, wait for the load
/// event of that navigation (matched by its loader id, so a load of the tab's first blank page cannot
/// be taken for it; its scripts have run then), read <c>document.documentElement.outerHTML</c>, close
/// the tab. That is what <c>--dump-dom</c> prints, without starting a browser per page.
/// </summary>
public sealed class DevToolsBrowser : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly TempFolder _profile;
    private readonly ClientWebSocket _socket;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _replies = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _loads = new(); // by loader id
    private readonly SemaphoreSlim _send = new(1, 1);
    private int _nextId;

    public DevToolsBrowser()
    {
        Chromium.AssertInstalled();
        (_process, _profile, _socket) = Start();
        _ = Task.Run(ReceiveLoop);
    }

    /// <summary>The serialized DOM of the page once loaded and its scripts run.</summary>
    public string DumpDom(string file) => DumpDomOf(new Uri(file).AbsoluteUri);

    /// <summary>As <see cref="DumpDom"/>, for a URL (a page with a query string).</summary>
    public string DumpDomOf(string url)
    {
        var target = Call("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, null)["targetId"]!.GetValue<string>();
        try
        {
            var session = Call("Target.attachToTarget", new JsonObject { ["targetId"] = target, ["flatten"] = true }, null)["sessionId"]!.GetValue<string>();
            Call("Page.enable", new JsonObject(), session);
            Call("Page.setLifecycleEventsEnabled", new JsonObject { ["enabled"] = true }, session);
            var navigation = Call("Page.navigate", new JsonObject { ["url"] = url }, session);
            if (navigation["errorText"] is { } error)
            {
                throw new InvalidOperationException($"Chromium could not open {url}: {error}");
            }

            var loader = navigation["loaderId"]!.GetValue<string>();
            if (!Load(loader).Task.Wait(Timeout))
            {
                throw new TimeoutException($"{url} did not finish loading within {Timeout.TotalSeconds:0} s");
            }

            _loads.TryRemove(loader, out _);
            var result = Call("Runtime.evaluate", new JsonObject { ["expression"] = "document.documentElement.outerHTML", ["returnByValue"] = true }, session);
            return result["result"]!["value"]!.GetValue<string>();
        }
        finally
        {
            Call("Target.closeTarget", new JsonObject { ["targetId"] = target }, null);
        }
    }

    /// <summary>Completed when the navigation with this loader id has fired its load event (whichever of the two comes first).</summary>
    private TaskCompletionSource Load(string loader) =>
        _loads.GetOrAdd(loader, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public void Dispose()
    {
        try
        {
            _socket.Dispose();
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // It has exited already.
        }

        _process.Dispose();

        // The browser's helper processes may still be writing to the profile for a moment after the kill.
        for (var attempt = 0; attempt < 20 && Directory.Exists(_profile.Path); attempt++)
        {
            _profile.Dispose();
            Thread.Sleep(attempt == 0 ? 0 : 100);
        }
    }

    private static (Process, TempFolder, ClientWebSocket) Start()
    {
        var profile = new TempFolder("chromium-profile");
        var info = ProcessRunner.StartInfo(Chromium.Executable, profile.Path, null, [.. Chromium.Switches(profile.Path), "--remote-debugging-port=0", "about:blank"]);
        var process = Process.Start(info)!;
        process.StandardInput.Close();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // The browser writes "port\n/devtools/browser/<id>" once it listens.
        var portFile = Path.Combine(profile.Path, "DevToolsActivePort");
        var stopwatch = Stopwatch.StartNew();
        string[] lines = [];
        while (lines.Length < 2)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Chromium exited with {process.ExitCode} before it listened for DevTools");
            }

            if (stopwatch.Elapsed > Timeout)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"Chromium did not write {portFile} within {Timeout.TotalSeconds:0} s");
            }

            Thread.Sleep(20);
            lines = File.Exists(portFile) ? File.ReadAllLines(portFile).Where(l => l.Length > 0).ToArray() : [];
        }

        var socket = new ClientWebSocket();
        socket.ConnectAsync(new Uri($"ws://127.0.0.1:{lines[0]}{lines[1]}"), CancellationToken.None).Wait(Timeout);
        return (process, profile, socket);
    }

    private JsonObject Call(string method, JsonObject parameters, string? session)
    {
        var id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _replies[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        if (session is not null)
        {
            message["sessionId"] = session;
        }

        _send.Wait();
        try
        {
            _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None).GetAwaiter().GetResult();
        }
        finally
        {
            _send.Release();
        }

        if (!reply.Task.Wait(Timeout))
        {
            throw new TimeoutException($"Chromium did not answer {method} within {Timeout.TotalSeconds:0} s");
        }

        var answer = reply.Task.Result;
        if (answer["error"] is { } error)
        {
            throw new InvalidOperationException($"Chromium refused {method}: {error.ToJsonString()}");
        }

        return answer["result"]!.AsObject();
    }

    private async Task ReceiveLoop()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var received = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }

                var json = JsonNode.Parse(message.ToArray())!.AsObject();
                message.SetLength(0);
                if (json["id"] is { } id && _replies.TryRemove(id.GetValue<int>(), out var reply))
                {
                    reply.TrySetResult(json);
                }
                else if (json["method"]?.GetValue<string>() == "Page.lifecycleEvent" && json["params"] is JsonObject lifecycle
                    && lifecycle["name"]?.GetValue<string>() == "load" && lifecycle["loaderId"]?.GetValue<string>() is { } loader)
                {
                    Load(loader).TrySetResult();
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or JsonException)
        {
            foreach (var pending in _replies.Values)
            {
                pending.TrySetException(e);
            }
        }
    }
}
