using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using FactsGen.Checking;
using FactsGen.Diagnostics;
using FactsGen.Model;

namespace FactsGen.Cli;

/// <summary>What one check found: the generator's diagnostics and how many files it read.</summary>
internal sealed record CheckResult(
    string Folder,
    string CurrentDirectory,
    int FactFileCount,
    int ArticleCount,
    ImmutableArray<DiagnosticInfo> Diagnostics,
    TimeSpan Elapsed)
{
    public int ErrorCount => Diagnostics.Count(d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
}

/// <summary>
/// <c>factsgen check &lt;folder&gt;</c>: collects the fact base the way FactsGen.targets does
/// (<c>**/*.yaml</c>, <c>**/*.yml</c>, <c>**/*.txt</c>) and hands it to the generator's
/// <see cref="FactBaseChecker"/>.
/// </summary>
internal static class CheckCommand
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules" };

    public static CheckResult Run(string folder, string currentDirectory)
    {
        var stopwatch = Stopwatch.StartNew();
        var paths = Collect(folder).OrderBy(p => p, StringComparer.Ordinal).ToList();
        var files = new List<FactBaseFile>(paths.Count);
        var unreadable = new List<DiagnosticInfo>();
        foreach (var path in paths)
        {
            string text;
            try
            {
                // UTF-8, a BOM honoured: as the compiler reads AdditionalFiles.
                text = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // As the generator: an unreadable fact file is FG0001; an unreadable article reads as empty.
                if (FilePaths.IsFactFile(path))
                {
                    unreadable.Add(DiagnosticInfo.Create(DiagnosticDescriptors.YamlSyntax, LocationInfo.FileStart(path), "the file could not be read (" + e.Message + ")"));
                    continue;
                }

                text = string.Empty;
            }

            files.Add(new FactBaseFile(path, text));
        }

        var diagnostics = FactBaseChecker.Check(files).AddRange(unreadable).Sort(DiagnosticInfo.Compare);
        return new CheckResult(
            folder,
            currentDirectory,
            paths.Count(FilePaths.IsFactFile),
            paths.Count(FilePaths.IsArticle),
            diagnostics,
            stopwatch.Elapsed);
    }

    private static IEnumerable<string> Collect(string folder)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            IEnumerable<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(current).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var entry in entries)
            {
                var name = Path.GetFileName(entry);
                if (Directory.Exists(entry))
                {
                    if (!name.StartsWith(".", StringComparison.Ordinal) && !SkippedFolders.Contains(name))
                    {
                        pending.Push(entry);
                    }
                }
                else if (FilePaths.IsFactFile(entry) || FilePaths.IsArticle(entry))
                {
                    yield return entry;
                }
            }
        }
    }
}
