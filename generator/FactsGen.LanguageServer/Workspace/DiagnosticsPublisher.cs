using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactsGen.LanguageServer.Features;
using FactsGen.LanguageServer.Protocol;

namespace FactsGen.LanguageServer.Workspace;

/// <summary>
/// Publishes the fact bases' diagnostics after edits settle (debounced: typing does not re-check at
/// every key), per file, only where they changed; a file whose problems are all fixed gets an empty
/// list, so the editor clears its squiggles.
/// </summary>
internal sealed class DiagnosticsPublisher : IDisposable
{
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(200);

    private readonly ServerWorkspace _workspace;
    private readonly Func<PublishDiagnosticsParams, Task> _publish;
    private readonly Action<string> _logError;
    private readonly SemaphoreSlim _publishing = new(1, 1);
    private readonly Dictionary<string, Diagnostic[]> _published = new(StringComparer.Ordinal);
    private readonly Timer _timer;

    public DiagnosticsPublisher(ServerWorkspace workspace, Func<PublishDiagnosticsParams, Task> publish, Action<string> logError)
    {
        _workspace = workspace;
        _publish = publish;
        _logError = logError;
        _timer = new Timer(_ => _ = PublishAsync(), null, Timeout.Infinite, Timeout.Infinite);
    }

    /// <summary>Checks and publishes once no edit has come for <see cref="Delay"/>.</summary>
    public void Schedule() => _timer.Change(Delay, Timeout.InfiniteTimeSpan);

    /// <summary>Checks now and publishes what changed since the last publication.</summary>
    public async Task PublishAsync()
    {
        await _publishing.WaitAsync().ConfigureAwait(false);
        try
        {
            var current = new Dictionary<string, Diagnostic[]>(StringComparer.Ordinal);
            foreach (var snapshot in _workspace.RefreshAll())
            {
                var byFile = snapshot.Diagnostics.GroupBy(d => d.Location?.FilePath ?? string.Empty).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
                foreach (var path in snapshot.FactFiles.Keys.Concat(snapshot.Articles.Keys).Concat(byFile.Keys.Where(k => k.Length > 0)).Distinct(StringComparer.Ordinal))
                {
                    var text = snapshot.FactFiles.TryGetValue(path, out var fact) ? fact.Text : snapshot.Articles.TryGetValue(path, out var article) ? article.Text : null;
                    var diagnostics = byFile.TryGetValue(path, out var list) ? list.Select(d => DiagnosticConverter.ToLsp(d, text)).ToArray() : Array.Empty<Diagnostic>();
                    var uri = _workspace.UriOf(path);
                    var known = _published.TryGetValue(uri, out var before);

                    // A file is first published when it has problems or the client has it open.
                    if (known ? !before!.SequenceEqual(diagnostics) : diagnostics.Length > 0 || _workspace.IsOpen(path))
                    {
                        await _publish(new PublishDiagnosticsParams(uri, diagnostics)).ConfigureAwait(false);
                        known = true;
                    }

                    if (known)
                    {
                        current[uri] = diagnostics;
                    }
                }

                // A diagnostic with no place (an internal fault of the whole index) goes on no file: it is logged.
                if (byFile.TryGetValue(string.Empty, out var unplaced))
                {
                    foreach (var diagnostic in unplaced)
                    {
                        _logError($"{diagnostic.Id}: {diagnostic.Message}");
                    }
                }
            }

            // Files that left every fact base (deleted) keep no squiggles.
            foreach (var uri in _published.Keys.Where(u => !current.ContainsKey(u) && _published[u].Length > 0).ToList())
            {
                await _publish(new PublishDiagnosticsParams(uri, Array.Empty<Diagnostic>())).ConfigureAwait(false);
            }

            _published.Clear();
            foreach (var (uri, diagnostics) in current)
            {
                _published[uri] = diagnostics;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logError("checking the fact base failed: " + e);
        }
        finally
        {
            _publishing.Release();
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        _publishing.Dispose();
    }
}
