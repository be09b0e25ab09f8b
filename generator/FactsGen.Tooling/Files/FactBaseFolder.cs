using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using FactsGen.Model;
using FactsGen.Tooling.Engine;

namespace FactsGen.Tooling.Files;

/// <summary>
/// A fact base folder on disk: which files make it up (the analyzer's rule,
/// <see cref="FilePaths.IsInFactBase"/>, which FactsGen.targets globs too) and their texts, read as the
/// compiler reads AdditionalFiles (UTF-8, a BOM honoured and dropped). A file that is there but cannot
/// be read is kept as unreadable, so the engine reports it as a build does (FG0001 for a fact file).
/// </summary>
public sealed class FactBaseFolder
{
    private FactBaseFolder(string root, IReadOnlyList<FactBaseFile> files, IReadOnlyList<string> unreadable)
    {
        Root = root;
        Files = files;
        Unreadable = unreadable;
    }

    /// <summary>The folder, as a full path.</summary>
    public string Root { get; }

    /// <summary>Every file read, in path order, with full paths (so article <c>file:</c> entries resolve).</summary>
    public IReadOnlyList<FactBaseFile> Files { get; }

    /// <summary>The files that are there but could not be read, in path order.</summary>
    public IReadOnlyList<string> Unreadable { get; }

    public int FactFileCount => Files.Count(f => FilePaths.IsFactFile(f.Path)) + Unreadable.Count(FilePaths.IsFactFile);

    public int ArticleCount => Files.Count(f => FilePaths.IsArticle(f.Path)) + Unreadable.Count(FilePaths.IsArticle);

    /// <summary>Collects and reads the fact base below <paramref name="root"/>; <paramref name="progress"/> gets (files read, files found).</summary>
    public static FactBaseFolder Load(string root, Action<int, int>? progress = null)
    {
        var paths = Collect(root).ToList();
        var files = new List<FactBaseFile>(paths.Count);
        var unreadable = new List<string>();
        for (var i = 0; i < paths.Count; i++)
        {
            progress?.Invoke(i, paths.Count);
            if (ReadText(paths[i]) is { } text)
            {
                files.Add(new FactBaseFile(paths[i], text));
            }
            else
            {
                unreadable.Add(paths[i]);
            }
        }

        return new FactBaseFolder(root, files, unreadable);
    }

    /// <summary>The same folder with some files' texts replaced (what a fix would write).</summary>
    public FactBaseFolder With(IReadOnlyDictionary<string, string> texts) =>
        new(Root, Files.Select(f => texts.TryGetValue(f.Path, out var text) ? f with { Text = text } : f).ToList(), Unreadable);

    /// <summary>The engine filled with these files and refreshed once: what <c>factsgen</c> prints from.</summary>
    public FactBaseSnapshot Analyze(CancellationToken cancellationToken = default) =>
        FactBaseState.CheckOnce(Root, Files, Unreadable, cancellationToken);

    /// <summary>The fact base of a workspace folder: <c>facts/</c> when it has one, else the folder itself.</summary>
    public static string Default(string workspaceFolder)
    {
        var facts = Path.Combine(workspaceFolder, "facts");
        return Directory.Exists(facts) ? facts : workspaceFolder;
    }

    /// <summary>Whether a file belongs to the fact base in <paramref name="folder"/> (whether or not it exists yet).</summary>
    public static bool Includes(string folder, string path)
    {
        var relative = Path.GetRelativePath(folder, path);
        if (relative == path || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return false;
        }

        return FilePaths.IsInFactBase(relative);
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
                if (Directory.Exists(entry))
                {
                    if (!FilePaths.IsSkippedFolder(Path.GetFileName(entry)))
                    {
                        pending.Push(entry);
                    }
                }
                else if (FilePaths.IsInFactBase(Path.GetFileName(entry)))
                {
                    found.Add(entry);
                }
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>A file's text from disk as the compiler reads AdditionalFiles (UTF-8, a BOM honoured); null when it cannot be read.</summary>
    public static string? ReadText(string path)
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

    /// <summary>
    /// Gives the engine a file's content as it now is on disk: its text, unreadable when it is there
    /// but cannot be read, or removed when it is gone.
    /// </summary>
    public static void ReadInto(FactBaseState state, string path)
    {
        if (ReadText(path) is { } text)
        {
            state.SetText(path, text);
        }
        else if (File.Exists(path))
        {
            state.SetUnreadable(path);
        }
        else
        {
            state.Remove(path);
        }
    }
}

/// <summary>A file of a fact base as read from disk: its full path and its text.</summary>
public sealed record FactBaseFile(string Path, string Text);
