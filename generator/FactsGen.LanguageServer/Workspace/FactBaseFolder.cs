using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactsGen.LanguageServer.Engine;

namespace FactsGen.LanguageServer.Workspace;

/// <summary>
/// Which files make up a fact base folder: the rules of <c>factsgen check</c> (and FactsGen.targets):
/// every <c>*.yaml</c>, <c>*.yml</c> and <c>*.txt</c> below it, skipping <c>bin</c>, <c>obj</c>,
/// <c>node_modules</c> and folders whose name starts with a dot.
/// </summary>
internal static class FactBaseFolder
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules" };

    /// <summary>The fact base of a workspace folder: <c>facts/</c> when it has one, else the folder itself.</summary>
    public static string Default(string workspaceFolder)
    {
        var facts = Path.Combine(workspaceFolder, "facts");
        return Directory.Exists(facts) ? facts : workspaceFolder;
    }

    /// <summary>Whether a file belongs to the fact base in <paramref name="folder"/> (whether or not it exists yet).</summary>
    public static bool Includes(string folder, string path)
    {
        if (!(EngineSteps.IsFactFile(path) || EngineSteps.IsArticle(path)))
        {
            return false;
        }

        var relative = Path.GetRelativePath(folder, path);
        if (relative == path || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return false;
        }

        var parts = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return parts.Take(parts.Length - 1).All(p => !p.StartsWith(".", StringComparison.Ordinal) && !SkippedFolders.Contains(p));
    }

    /// <summary>The files of the fact base on disk, full paths, in ordinal order.</summary>
    public static IEnumerable<string> Collect(string folder)
    {
        var found = new List<string>();
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
                else if (EngineSteps.IsFactFile(entry) || EngineSteps.IsArticle(entry))
                {
                    found.Add(entry);
                }
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>A file's text from disk as the compiler reads AdditionalFiles (UTF-8, a BOM honoured); null when it cannot be read.</summary>
    public static string? Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
