using System.Diagnostics;

namespace FactsGen.Editors.Tests;

/// <summary>A program run to its end (or killed at a deadline), with what it printed.</summary>
public sealed record ChildProcess(int ExitCode, string Stdout, string Stderr)
{
    public static async Task<ChildProcess> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"{Path.GetFileName(fileName)} {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds} s:\n{await stdout}\n{await stderr}");
        }

        return new ChildProcess(process.ExitCode, await stdout, await stderr);
    }
}
