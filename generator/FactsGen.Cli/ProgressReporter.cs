using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace FactsGen.Cli;

/// <summary>
/// One self-overwriting status line on a terminal's standard error (<c>reading 120/400</c>), for runs
/// long enough to wonder about. It writes nothing unless it was made for a terminal, so redirected
/// output and tests stay byte-for-byte what the commands print.
/// </summary>
internal sealed class ProgressReporter
{
    /// <summary>Runs shorter than this print no progress at all.</summary>
    private static readonly TimeSpan DefaultDelay = TimeSpan.FromMilliseconds(300);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _terminal;
    private readonly TimeSpan _delay;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan? _last;
    private int _width;

    internal ProgressReporter(TextWriter terminal, TimeSpan delay)
    {
        _terminal = terminal;
        _delay = delay;
    }

    /// <summary>A reporter on the console's standard error when that is a terminal; null when it is redirected.</summary>
    public static ProgressReporter? ForConsole() => Console.IsErrorRedirected ? null : new ProgressReporter(Console.Error, DefaultDelay);

    /// <summary>One stage's reports, as the engine takes them: (done, total).</summary>
    public Action<int, int> Stage(string stage) => (done, total) => Report(stage, done, total);

    public void Report(string stage, int done, int total)
    {
        var now = _clock.Elapsed;
        if (now < _delay || (_last is { } last && now - last < Interval))
        {
            return;
        }

        _last = now;
        var text = string.Format(CultureInfo.InvariantCulture, "factsgen: {0} {1}/{2}", stage, done, total);
        _terminal.Write("\r" + text.PadRight(_width));
        _width = Math.Max(_width, text.Length);
        _terminal.Flush();
    }

    /// <summary>Erases the status line, so what follows starts on a clean line.</summary>
    public void Clear()
    {
        if (_width == 0)
        {
            return;
        }

        _terminal.Write("\r" + new string(' ', _width) + "\r");
        _terminal.Flush();
        _width = 0;
    }
}
