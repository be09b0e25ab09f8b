using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Formats.Tar;
using System.IO;

namespace FactsGen.Cli.Diffing;

/// <summary>
/// A fact base folder as of a git revision, read with the <c>git</c> program (<c>git archive</c> of
/// the folder's tree) into a temporary folder that is deleted on dispose. Only regular files are
/// written, and only inside that folder.
/// </summary>
internal sealed class GitRevision : IDisposable
{
    private GitRevision(string root) => Root = root;

    /// <summary>The temporary folder holding the fact base as of the revision.</summary>
    public string Root { get; }

    /// <summary>Extracts <paramref name="folder"/> (in a git work tree) as of <paramref name="revision"/>; throws <see cref="GitException"/> with git's own message.</summary>
    public static GitRevision Extract(string folder, string revision)
    {
        var prefix = Git(folder, ["rev-parse", "--show-prefix"], null).Trim();
        var top = Git(folder, ["rev-parse", "--show-toplevel"], null).Trim();
        var root = Path.Combine(Path.GetTempPath(), "factsgen-diff-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var extracted = new GitRevision(root);
        try
        {
            // From the top: in a subfolder, git archive would also limit the tree to that subfolder's path.
            Git(top, ["archive", "--format=tar", revision + ":" + prefix], stdout => Untar(stdout, root));
            return extracted;
        }
        catch
        {
            extracted.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }

    private static void Untar(Stream tar, string root)
    {
        var full = Path.GetFullPath(root) + Path.DirectorySeparatorChar;
        using var reader = new TarReader(tar, leaveOpen: true);
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null)
            {
                continue;
            }

            var target = Path.GetFullPath(Path.Combine(root, entry.Name));
            if (!target.StartsWith(full, StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var file = File.Create(target);
            entry.DataStream.CopyTo(file);
        }
    }

    /// <summary>Runs git in <paramref name="folder"/>; its standard output goes to <paramref name="read"/>, or is returned as text.</summary>
    private static string Git(string folder, string[] arguments, Action<Stream>? read)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new GitException("git could not be started");
        }
        catch (Win32Exception e)
        {
            throw new GitException("git could not be run (" + e.Message + "); --git needs the git program on the PATH");
        }

        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync();
            var text = string.Empty;
            if (read is null)
            {
                text = process.StandardOutput.ReadToEnd();
            }
            else
            {
                try
                {
                    read(process.StandardOutput.BaseStream);
                }
                catch (Exception e) when (e is InvalidDataException or FormatException or EndOfStreamException)
                {
                    // A failing git writes no archive; its message below says why.
                }

                process.StandardOutput.BaseStream.CopyTo(Stream.Null);
            }

            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new GitException($"git {string.Join(" ", arguments)} failed: {errors.Result.Trim()}");
            }

            return text;
        }
    }
}

/// <summary>git failed; the message says how.</summary>
internal sealed class GitException(string message) : Exception(message);
