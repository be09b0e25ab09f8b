using System.IO;
using FactsGen.Cli.Commands;

namespace FactsGen.Cli;

/// <summary>Where a command reads and writes: its output streams, the folder it runs in, and progress (terminal only).</summary>
internal sealed record CliContext(TextWriter Stdout, TextWriter Stderr, string CurrentDirectory, ProgressReporter? Progress)
{
    /// <summary>A path as the user gave it, made full against the current folder.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, CurrentDirectory);

    /// <summary>Relative to the current folder when inside it (as editors and CI logs show paths), else full.</summary>
    public string DisplayPath(string path) => CheckOutput.DisplayPath(path, CurrentDirectory);
}
