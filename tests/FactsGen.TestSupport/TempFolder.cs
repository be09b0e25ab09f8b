using System.Text;

namespace FactsGen.TestSupport;

/// <summary>
/// A fresh folder under the system temp folder, deleted on dispose (kept when FACTSGEN_KEEP_TEMP=1,
/// to look at what a failed test left).
/// </summary>
public sealed class TempFolder : IDisposable
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="purpose">A word in the folder's name, to tell whose folder it is.</param>
    public TempFolder(string purpose)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "factsgen-" + purpose + "-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine(new[] { Path }.Concat(parts).ToArray());

    /// <summary>The names of the files directly in the folder, in ordinal order, for exact assertions.</summary>
    public string[] FileNames() =>
        Directory.GetFiles(Path).Select(f => System.IO.Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Writes a file (UTF-8, no BOM unless the text starts with one), creating its folder.</summary>
    public string Write(string relativePath, string text)
    {
        var full = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, Utf8);
        return full;
    }

    /// <summary>A byte-for-byte copy of <paramref name="from"/> (and below) as <paramref name="relativePath"/>; gives its full path.</summary>
    public string CopyFrom(string from, string relativePath)
    {
        var to = Combine(relativePath);
        CopyDirectory(from, to);
        return to;
    }

    /// <summary>Copies every file below <paramref name="from"/> to the same place below <paramref name="to"/>.</summary>
    public static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("FACTSGEN_KEEP_TEMP") == "1")
        {
            return;
        }

        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A child process that has not let go of a file yet: the OS cleans temp.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
