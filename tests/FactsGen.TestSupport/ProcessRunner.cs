using System.Diagnostics;
using System.Text;

namespace FactsGen.TestSupport;

/// <summary>A program run to its end: its exit code, what it printed on each stream and on both, in order.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, string Stdout, string Stderr, string Output, TimeSpan Elapsed)
{
    public override string ToString() => $"$ {CommandLine}\n(exit {ExitCode}, {Elapsed.TotalSeconds:0.0} s)\n{Output}";
}

/// <summary>
/// Runs a program as a user would, in a clean environment: no MSBuild or VSTest variables inherited
/// from the <c>dotnet test</c> that runs us, no build servers left behind (they would hold our output
/// pipes open). Standard input is closed at once. A program that outlives its timeout is killed, with
/// its whole process tree, and the run throws <see cref="TimeoutException"/> with what it printed.
/// </summary>
public static class ProcessRunner
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The dotnet host running these tests (so the same SDK installation builds and runs what a test starts).</summary>
    public static string DotNetHost { get; } = FindHost();

    /// <summary>The built <c>factsgen.dll</c> next to the tests (test projects that reference FactsGen.Cli get it).</summary>
    public static string BuiltTool
    {
        get
        {
            var tool = Path.Combine(AppContext.BaseDirectory, "factsgen.dll");
            return File.Exists(tool) ? tool : throw new FileNotFoundException(tool + " is not next to the tests", tool);
        }
    }

    public static ProcessResult DotNet(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args) =>
        Run(DotNetHost, workingDirectory, environment, DefaultTimeout, args);

    public static ProcessResult Run(string fileName, string workingDirectory, IReadOnlyDictionary<string, string?>? environment, TimeSpan timeout, params string[] args) =>
        RunAsync(fileName, workingDirectory, environment, timeout, args).GetAwaiter().GetResult();

    public static async Task<ProcessResult> RunAsync(string fileName, string workingDirectory, IReadOnlyDictionary<string, string?>? environment, TimeSpan timeout, params string[] args)
    {
        var info = StartInfo(fileName, workingDirectory, environment, args);
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var output = new StringBuilder();
        var commandLine = Path.GetFileName(fileName) + " " + string.Join(" ", args);
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(output, stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, stderr, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using (var deadline = new CancellationTokenSource(timeout))
        {
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                Kill(process);
                throw new TimeoutException($"'{commandLine}' did not finish within {timeout.TotalSeconds:0} s:\n{Snapshot(output, output)}");
            }
        }

        process.WaitForExit(); // drain the output handlers
        return new ProcessResult(commandLine, process.ExitCode, Snapshot(output, stdout), Snapshot(output, stderr), Snapshot(output, output), stopwatch.Elapsed);
    }

    /// <summary>The start info <see cref="Run"/> uses, for a program a test talks to while it runs (a language server).</summary>
    public static ProcessStartInfo StartInfo(string fileName, string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var key in info.Environment.Keys.ToList())
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                info.Environment.Remove(key);
            }
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        info.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        info.Environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                info.Environment.Remove(key);
            }
            else
            {
                info.Environment[key] = value;
            }
        }

        return info;
    }

    /// <summary>Kills a process and its children; one that ended just now is left alone.</summary>
    public static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It ended just now.
        }
    }

    private static void Append(StringBuilder output, StringBuilder stream, string? line)
    {
        if (line is null)
        {
            return;
        }

        // One lock (the combined output's) for both streams, so their interleaving is kept.
        lock (output)
        {
            output.AppendLine(line);
            stream.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder gate, StringBuilder text)
    {
        lock (gate)
        {
            return text.ToString();
        }
    }

    private static string FindHost()
    {
        var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk))
        {
            return fromSdk;
        }

        var self = Environment.ProcessPath;
        if (self is not null && Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return self;
        }

        return "dotnet";
    }
}
