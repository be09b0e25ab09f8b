using System.Text;
using FactsGen.Cli;

namespace FactsGen.Cli.Tests.Infrastructure;

/// <summary>What one in-process run of the command line printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> Lines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// A temp folder for one test: copies of the real fact base or small fact bases written by the
/// test, and the command line run in it as a user would type it.
/// </summary>
public sealed class Scratch : IDisposable
{
    public static readonly UTF8Encoding Utf8 = TempFolder.Utf8;

    private readonly TempFolder _folder = new("tools-tests");

    public string Root => _folder.Path;

    public string Facts => Path.Combine(Root, "facts");

    public string PathOf(string relative) => Path.Combine(Facts, relative);

    /// <summary>A byte-for-byte copy of the repository's facts/ under <see cref="Facts"/>.</summary>
    public Scratch CopyRealFacts()
    {
        TempFolder.CopyDirectory(RepoPaths.Facts, Facts);
        return this;
    }

    public void Write(string relative, string text) => WriteBytes(relative, Utf8.GetBytes(text));

    /// <summary>Writes a file under <paramref name="folder"/> of the scratch root (a second fact base, say).</summary>
    public void WriteAt(string folder, string relative, string text)
    {
        var path = Path.Combine(Root, folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8);
    }

    /// <summary>A copy of <see cref="Facts"/> as the folder <paramref name="folder"/> of the scratch root (the "old" side of a diff).</summary>
    public string CopyFactsTo(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(Facts, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Root, folder, Path.GetRelativePath(Facts, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return Path.Combine(Root, folder);
    }

    public void WriteBytes(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public byte[] Bytes(string relative) => File.ReadAllBytes(PathOf(relative));

    /// <summary>The real first article, with an editor's note inserted as its new line 1 (every citation of it moves down one line).</summary>
    public string AddEditorsNoteToFirstArticle()
    {
        var article = Directory.GetFiles(Path.Combine(Facts, "articles"), "000_*.txt").Single();
        var bytes = File.ReadAllBytes(article);
        File.WriteAllBytes(article, Utf8.GetBytes("Editor's note: this article was corrected on 10 August 2023.\n").Concat(bytes).ToArray());
        return article;
    }

    /// <summary>Every fact file's bytes, by path relative to <see cref="Facts"/>.</summary>
    public Dictionary<string, byte[]> FactFileBytes() =>
        Directory.EnumerateFiles(Facts, "*.y*ml", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(Facts, p), File.ReadAllBytes);

    public CliRun Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exit = CliApp.Run(args, stdout, stderr, Root);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    public void Dispose() => _folder.Dispose();
}
