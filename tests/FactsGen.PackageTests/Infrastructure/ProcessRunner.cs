using System.Diagnostics;
using System.Text;

namespace FactsGen.PackageTests.Infrastructure;

public sealed record ProcessResult(string CommandLine, int ExitCode, string Output, TimeSpan Elapsed)
{
    public override string ToString() => $"$ {CommandLine}\n(exit {ExitCode}, {Elapsed.TotalSeconds:0.0} s)\n{Output}";
}

/// <summary>
/// Runs the dotnet CLI as a user would, in a clean environment: no MSBuild variables inherited from the
/// `dotnet test` that runs us, no build servers left behind (they would hold our output pipes open).
/// </summary>
public static class ProcessRunner
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The dotnet host running these tests (so the same SDK installation builds the consumer).</summary>
    public static string DotNetHost { get; } = FindHost();

    public static ProcessResult DotNet(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args) =>
        Run(DotNetHost, workingDirectory, environment, DefaultTimeout, args);

    public static ProcessResult Run(string fileName, string workingDirectory, IReadOnlyDictionary<string, string?>? environment, TimeSpan timeout, params string[] args)
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

        var output = new StringBuilder();
        var commandLine = Path.GetFileName(fileName) + " " + string.Join(" ", args);
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended just now.
            }

            throw new TimeoutException($"'{commandLine}' did not finish within {timeout.TotalMinutes} min:\n{Snapshot(output)}");
        }

        process.WaitForExit(); // drain the output handlers
        return new ProcessResult(commandLine, process.ExitCode, Snapshot(output), stopwatch.Elapsed);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
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
