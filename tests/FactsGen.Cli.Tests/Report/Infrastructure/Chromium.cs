
namespace FactsGen.Cli.Tests.Report.Infrastructure;

/// <summary>
/// Debian's headless Chromium: where it is, the switches every run uses, and a screenshot (one run
/// with <c>--screenshot</c>). The DOM of pages comes from <see cref="DevToolsBrowser"/>, one browser
/// kept for a test class: a browser start costs about 1.5 s of CPU, and the site tests read dozens of
/// pages. No network: every switch that would reach out is off, and the
/// pages are <c>file://</c> URLs. A machine without Chromium fails these tests (CI installs it with
/// .ci/setup/chromium.sh); it never skips them.
/// </summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The browser to run: <c>FACTSGEN_CHROMIUM</c> if set, else Debian's.</summary>
    public static string Executable => Environment.GetEnvironmentVariable("FACTSGEN_CHROMIUM") is { Length: > 0 } path ? path : DefaultPath;

    /// <summary>Writes a PNG of the page at the given window size.</summary>
    public static void Screenshot(string file, string png, int width, int height)
    {
        Run(new[]
        {
            "--hide-scrollbars",
            "--force-device-scale-factor=1",
            "--window-size=" + width + "," + height,
            "--screenshot=" + png,
            new Uri(file).AbsoluteUri,
        });
        Assert.True(File.Exists(png), "Chromium wrote no screenshot at " + png);
    }

    /// <summary>The switches of every run: headless, no sandbox (CI runs as root, where Chromium's sandbox refuses to start), nothing that reaches the network.</summary>
    internal static string[] Switches(string profile) =>
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile,
    ];

    internal static void AssertInstalled() =>
        Assert.True(
            File.Exists(Executable),
            $"Chromium is not installed at {Executable}: the review site's browser tests need it. Install it with `bash .ci/setup/chromium.sh` (apt-get install chromium), or set FACTSGEN_CHROMIUM.");

    private static string Run(IEnumerable<string> arguments)
    {
        AssertInstalled();
        using var profile = new TempFolder("chromium-profile");
        var run = ProcessRunner.Run(Executable, profile.Path, null, Timeout, Switches(profile.Path).Concat(arguments).ToArray());
        Assert.True(run.ExitCode == 0, $"Chromium exited with {run.ExitCode}: {run.Stderr}");
        return run.Stdout;
    }
}
