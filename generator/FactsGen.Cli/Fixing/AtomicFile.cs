using System;
using System.IO;

namespace FactsGen.Cli.Fixing;

/// <summary>
/// Replaces a file so that a crash or a full disk leaves either the old file or the new one, never
/// half of it: the bytes go to a temporary file in the same folder (same file system, so the rename
/// is atomic), are flushed to disk, and the temporary file is renamed over the original.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, byte[] bytes)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temp = Path.Combine(folder, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".factsgen.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows() && File.Exists(path))
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(path));
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
