using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FactsGen.LanguageServer.Features;
using FactsGen.LanguageServer.Protocol;

namespace FactsGen.LanguageServer.Workspace;

/// <summary>
/// Checks the workspace off the message loop and publishes the diagnostics, per file, only where
/// they changed; a file whose problems are all fixed gets an empty list, so the editor clears its
/// squiggles. Each edit cancels the check in flight and starts the debounce again, so typing never
/// waits for a check and a check never works on text that is already old. Checks run one at a
/// time, each on every edit before it, so diagnostics are never published for a state older than
/// the one already published.
/// </summary>
internal sealed class DiagnosticsPublisher : IDisposable
{
    /// <summary>
    /// How long the text must stay unchanged before a check starts: longer than the gap between the
    /// keystrokes of a typing burst, so a burst is checked once at its end, and short, because it is
    /// most of what an editor waits for a squiggle (a one-file re-check takes about 20 ms at 10k facts,
    /// so a check that the next keystroke cancels wastes little).
    /// </summary>
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(75);

    private readonly ServerWorkspace _workspace;
    private readonly Func<PublishDiagnosticsParams, Task> _publish;
    private readonly Func<CheckedParams, Task> _checked;
    private readonly Action<string> _logError;
    private readonly SemaphoreSlim _publishing = new(1, 1);
    private readonly Dictionary<string, Diagnostic[]> _published = new(StringComparer.Ordinal);
    private readonly Timer _timer;
    private readonly object _gate = new();
    private CancellationTokenSource _inFlight = new();
    private bool _disposed;

    public DiagnosticsPublisher(ServerWorkspace workspace, Func<PublishDiagnosticsParams, Task> publish, Func<CheckedParams, Task> onChecked, Action<string> logError)
    {
        _workspace = workspace;
        _publish = publish;
        _checked = onChecked;
        _logError = logError;
        _timer = new Timer(_ => _ = PublishAsync(), null, Timeout.Infinite, Timeout.Infinite);
    }

    /// <summary>An edit: cancels the check in flight, and checks once no edit has come for <see cref="Delay"/>.</summary>
    public void Schedule() => Schedule(Delay);

    /// <summary>Cancels the check in flight and checks after <paramref name="delay"/> (zero: at once, off the caller's thread).</summary>
    public void Schedule(TimeSpan delay)
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _inFlight.Cancel();
            _timer.Change(delay, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Checks now and publishes what changed since the last publication, unless an edit cancels it first.</summary>
    public async Task PublishAsync()
    {
        CancellationToken cancellationToken;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _inFlight = new CancellationTokenSource();
            cancellationToken = _inFlight.Token;
        }

        try
        {
            await _publishing.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return; // an edit came: its own check follows
        }

        try
        {
            var check = await Task.Run(() => _workspace.RefreshAll(cancellationToken), cancellationToken).ConfigureAwait(false);
            var current = new Dictionary<string, Diagnostic[]>(StringComparer.Ordinal);
            foreach (var snapshot in check.Snapshots)
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
                        await _publish(new PublishDiagnosticsParams(uri, diagnostics, check.VersionOf(path))).ConfigureAwait(false);
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

            await _checked(new CheckedParams(check.Changes)).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // An edit cancelled the check; the one it scheduled publishes instead.
        }
        catch (Exception e)
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
        lock (_gate)
        {
            _disposed = true;
            _inFlight.Cancel();
            _timer.Dispose();
        }
    }
}
