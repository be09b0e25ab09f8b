using System.Diagnostics;
using System.Globalization;
using System.Threading.Tasks;
using FactsGen.Synthetic;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;

namespace FactsGen.Bench;

/// <summary>
/// The language server as an editor meets it: <c>factsgen lsp</c> started as a process on a written
/// synthetic fact base, driven over stdio by StreamJsonRpc as the client. Every figure is a wall-clock
/// time seen by the client (debounce included), or the server process's resident memory.
/// </summary>
internal static class LanguageServerBench
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static void Run(Report report, SyntheticFactBase facts, string directory, bool quick)
    {
        facts.WriteTo(directory);
        var root = Path.Combine(directory, "facts");
        var files = facts.FactFiles.Select(f => Path.Combine(directory, f.Path)).ToList();
        var edited = files[files.Count / 2];
        var other = files[files.Count / 3];

        // A kind edit re-checks every file; the base declares its kinds in kinds.yaml when it has one,
        // else the bench adds a file that declares one, so that the edit changes the schema all the same.
        var kindsPath = Path.Combine(root, "kinds.yaml");
        var declared = File.Exists(kindsPath);
        if (!declared)
        {
            kindsPath = Path.Combine(root, "bench-kinds.yaml");
            File.WriteAllText(kindsPath, "kinds:\n  - id: bench-notes\n    record: BenchNote\n    doc: \"A note.\"\n    fields:\n      - {name: text, type: string, required: true}\n");
        }

        using var server = Server.Start(root);

        // A request sent right after initialized, on a cold base.
        var initialized = Stopwatch.StartNew();
        server.Initialize(root);
        var editedText = File.ReadAllText(edited);
        var otherText = File.ReadAllText(other);
        server.Open(other, otherText);
        var first = Stopwatch.StartNew();
        server.Hover(other, HoverPosition(otherText));
        var firstRequestMs = first.Elapsed.TotalMilliseconds;
        server.WaitChecked();
        var coldMs = initialized.Elapsed.TotalMilliseconds;
        report.Info($"lsp: {facts.Facts} facts in {files.Count} files; first check (initialized to factsgen/checked) {coldMs:F0} ms; server RSS {server.RssMb():F0} MB");
        report.Figure("lsp request-after-initialized ms", firstRequestMs, "F0", "<= 150");

        // One file changed (a value), against the cold check: didChange to the factsgen/checked that covers it.
        server.Open(edited, editedText);
        server.WaitChecked();
        var changeTimes = new List<double>();
        var diagnosticsTimes = new List<double>();
        var rounds = quick ? 15 : 40;
        var version = 1;
        for (var i = 0; i < rounds; i++)
        {
            // Alternately break and fix a value, so each change shows in the published diagnostics.
            var broken = i % 2 == 0;
            var text = broken ? Break(editedText) : editedText;
            var published = server.NextDiagnostics(edited);
            var sw = Stopwatch.StartNew();
            server.Change(edited, text, ++version);
            var diagnostics = published.WaitAsync(Timeout).GetAwaiter().GetResult();
            diagnosticsTimes.Add(sw.Elapsed.TotalMilliseconds);
            if (diagnostics.Count == 0 == broken)
            {
                throw new InvalidOperationException("lsp: the published diagnostics do not show the change");
            }

            server.WaitChecked();
            changeTimes.Add(sw.Elapsed.TotalMilliseconds);
        }

        var change = new Sample("lsp-change", changeTimes);
        var publish = new Sample("lsp didChange->publishDiagnostics", diagnosticsTimes);
        report.Sample(change);
        report.Sample(publish);
        report.Figure("ratio lsp-change/cold", change.Median / coldMs, "F3", "<= 0.1");
        report.Figure("lsp didChange->publish p50 ms", Percentile(diagnosticsTimes, 0.50), "F0", null);
        report.Figure("lsp didChange->publish p95 ms", Percentile(diagnosticsTimes, 0.95), "F0", "<= 300");

        // A hover sent right after a kind edit, while every file is being re-checked.
        var kindsText = File.ReadAllText(kindsPath);
        server.Open(kindsPath, kindsText);
        server.WaitChecked();
        var hoverTimes = new List<double>();
        var kindVersion = 1;
        for (var i = 0; i < (quick ? 5 : 10); i++)
        {
            server.Change(kindsPath, EditKindDoc(kindsText, i), ++kindVersion);
            var sw = Stopwatch.StartNew();
            server.Hover(other, HoverPosition(otherText));
            hoverTimes.Add(sw.Elapsed.TotalMilliseconds);
            server.WaitChecked();
        }

        var hover = new Sample("lsp hover-during-kind-recheck", hoverTimes);
        report.Sample(hover);
        report.Figure("lsp hover-during-kind-recheck ms", hover.Max, "F0", "<= 150");

        // Memory: after warm-up, then after 1,000 edits (a check waited for every 10 edits, as typing pauses).
        server.WaitChecked();
        var warm = server.RssMb();
        for (var i = 0; i < 1_000; i++)
        {
            server.Change(edited, i % 2 == 0 ? Break(editedText) : editedText, ++version);
            if (i % 10 == 9)
            {
                server.WaitChecked();
            }
        }

        server.WaitChecked();
        var after = server.RssMb();
        report.Info($"lsp rss: {warm:F0} MB after warm-up, {after:F0} MB after 1,000 edits");
        report.Figure("ratio lsp rss-after-1000-edits/warm", after / warm, "F2", "<= 1.25");
        server.Shutdown();
    }

    /// <summary>A value made invalid: the first certainty (or country) misspelt, as a typo would.</summary>
    private static string Break(string text)
    {
        foreach (var key in new[] { "certainty: ", "kind: " })
        {
            var at = text.IndexOf("\n    " + key, StringComparison.Ordinal);
            if (at >= 0)
            {
                var start = at + 5 + key.Length;
                return text[..start] + "zz" + text[start..];
            }
        }

        throw new InvalidOperationException("no enum value to break in the edited file");
    }

    /// <summary>A kind's doc changed: the schema differs, so every file is parsed again.</summary>
    private static string EditKindDoc(string kinds, int round)
    {
        var at = kinds.IndexOf("doc: \"", StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException("no doc to edit in the kinds file");
        }

        var start = at + "doc: \"".Length;
        return kinds[..start] + "Edit " + round.ToString(CultureInfo.InvariantCulture) + ". " + kinds[start..];
    }

    /// <summary>On the first citation's quote key of a file: the hover shows the article line.</summary>
    private static (int Line, int Character) HoverPosition(string text)
    {
        var at = text.IndexOf("{article:", StringComparison.Ordinal);
        var line = text[..at].Count(c => c == '\n');
        return (line, at - text.LastIndexOf('\n', at) - 1 + 2);
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }

    /// <summary>The server process and its client.</summary>
    private sealed class Server : IDisposable
    {
        private readonly Process _process;
        private readonly JsonRpc _rpc;
        private readonly ClientTarget _target = new();
        private long _sent;

        private Server(Process process)
        {
            _process = process;
            _process.ErrorDataReceived += (_, _) => { };
            _process.BeginErrorReadLine();
            var handler = new HeaderDelimitedMessageHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, new JsonMessageFormatter());
            _rpc = new JsonRpc(handler);
            _rpc.AddLocalRpcTarget(_target, new JsonRpcTargetOptions { AllowNonPublicInvocation = false });
            _rpc.StartListening();
        }

        public static Server Start(string workingDirectory)
        {
            var tool = Path.Combine(AppContext.BaseDirectory, "factsgen.dll");
            var info = new ProcessStartInfo("dotnet")
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
            return new Server(Process.Start(info)!);
        }

        public void Initialize(string root)
        {
            var uri = new Uri(root).AbsoluteUri;
            Wait(_rpc.InvokeWithParameterObjectAsync<JToken>("initialize", new { processId = Environment.ProcessId, rootUri = uri, workspaceFolders = new[] { new { uri, name = "bench" } }, capabilities = new { } }));
            Wait(_rpc.NotifyWithParameterObjectAsync("initialized", new { }));
        }

        public void Open(string path, string text) =>
            Notify("textDocument/didOpen", new { textDocument = new { uri = new Uri(path).AbsoluteUri, languageId = "yaml", version = 1, text } });

        public void Change(string path, string text, int version) =>
            Notify("textDocument/didChange", new { textDocument = new { uri = new Uri(path).AbsoluteUri, version }, contentChanges = new[] { new { text } } });

        public JToken? Hover(string path, (int Line, int Character) at) =>
            Wait(_rpc.InvokeWithParameterObjectAsync<JToken?>("textDocument/hover", new { textDocument = new { uri = new Uri(path).AbsoluteUri }, position = new { line = at.Line, character = at.Character } }));

        /// <summary>The next diagnostics published for a file.</summary>
        public Task<JArray> NextDiagnostics(string path) => _target.NextDiagnostics(new Uri(path).AbsoluteUri);

        /// <summary>Waits for a factsgen/checked covering every document notification sent.</summary>
        public void WaitChecked() => _target.WaitChecked(_sent).WaitAsync(Timeout).GetAwaiter().GetResult();

        public double RssMb()
        {
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    return double.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
                }
            }

            return double.NaN;
        }

        public void Shutdown()
        {
            Wait(_rpc.InvokeWithParameterObjectAsync<JToken?>("shutdown", null));
            _ = _rpc.NotifyWithParameterObjectAsync("exit", null);
            _process.WaitForExit(10_000);
        }

        public void Dispose()
        {
            _rpc.Dispose();
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.Dispose();
        }

        private void Notify(string method, object parameters)
        {
            Interlocked.Increment(ref _sent);
            Wait(_rpc.NotifyWithParameterObjectAsync(method, parameters));
        }

        private static T Wait<T>(Task<T> task) => task.WaitAsync(Timeout).GetAwaiter().GetResult();

        private static void Wait(Task task) => task.WaitAsync(Timeout).GetAwaiter().GetResult();
    }

    /// <summary>The notifications the client takes from the server.</summary>
    private sealed class ClientTarget
    {
        private readonly object _gate = new();
        private readonly Dictionary<string, TaskCompletionSource<JArray>> _diagnostics = new(StringComparer.Ordinal);
        private readonly List<(long Changes, TaskCompletionSource Done)> _checkedWaiters = new();
        private long _checked = -1;

        public Task<JArray> NextDiagnostics(string uri)
        {
            lock (_gate)
            {
                var waiter = new TaskCompletionSource<JArray>(TaskCreationOptions.RunContinuationsAsynchronously);
                _diagnostics[uri] = waiter;
                return waiter.Task;
            }
        }

        public Task WaitChecked(long changes)
        {
            lock (_gate)
            {
                if (_checked >= changes)
                {
                    return Task.CompletedTask;
                }

                var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _checkedWaiters.Add((changes, done));
                return done.Task;
            }
        }

        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void PublishDiagnostics(JToken parameters)
        {
            lock (_gate)
            {
                if (_diagnostics.Remove((string)parameters["uri"]!, out var waiter))
                {
                    waiter.TrySetResult((JArray)parameters["diagnostics"]!);
                }
            }
        }

        [JsonRpcMethod("factsgen/checked", UseSingleObjectParameterDeserialization = true)]
        public void Checked(JToken parameters)
        {
            lock (_gate)
            {
                _checked = Math.Max(_checked, (long)parameters["changes"]!);
                foreach (var waiter in _checkedWaiters.Where(w => w.Changes <= _checked).ToList())
                {
                    _checkedWaiters.Remove(waiter);
                    waiter.Done.TrySetResult();
                }
            }
        }

        [JsonRpcMethod("window/logMessage", UseSingleObjectParameterDeserialization = true)]
        public void LogMessage(JToken parameters)
        {
        }
    }
}
