using FactsGen.Model;
using FactsGen.PackageTests.Infrastructure;
using FactsGen.Tooling.Files;

namespace FactsGen.PackageTests;

/// <summary>
/// Which files make a fact base is one rule: what FactsGen.targets hands a build as AdditionalFiles is
/// what <c>factsgen</c> and the language server collect (<see cref="FactBaseFolder.Collect"/>, on
/// <see cref="FilePaths.IsInFactBase"/>): build output, node_modules and dot folders are skipped by both.
/// </summary>
public sealed class TargetsGlobTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("factsgen-glob-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void TargetsGlob_AndTheToolsCollect_TheSameFiles_SkippingBinObjNodeModulesAndDotFolders()
    {
        string[] files =
        [
            "a.yaml", "b.yml", "articles/c.txt", "sub/objects/d.yaml", "sub/binder/e.yaml", ".f.yaml",
            "bin/Debug/g.yaml", "obj/h.yml", "sub/bin/i.yaml", "sub/obj/j.txt", "Bin/k.yaml",
            "node_modules/pkg/l.txt", ".git/m.yaml", "sub/.hidden/n.txt", "notes.md",
        ];
        var facts = Path.Combine(_root, "facts");
        foreach (var file in files)
        {
            var path = Path.Combine(facts, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "x");
        }

        var targets = Path.Combine(RepoPaths.Generator, "build", "FactsGen.targets");
        File.WriteAllText(Path.Combine(_root, "glob.proj"), $"<Project><Import Project=\"{targets}\" /></Project>");
        var run = ProcessRunner.DotNet(_root, null, "msbuild", "glob.proj", "-getItem:AdditionalFiles", "-nologo");
        Assert.True(run.ExitCode == 0, run.ToString());

        var globbed = System.Text.Json.JsonDocument.Parse(run.Output[run.Output.IndexOf('{', StringComparison.Ordinal)..]).RootElement
            .GetProperty("Items").GetProperty("AdditionalFiles").EnumerateArray()
            .Select(i => Path.GetRelativePath(facts, Path.Combine(_root, i.GetProperty("Identity").GetString()!)).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var collected = FactBaseFolder.Collect(facts).Select(p => Path.GetRelativePath(facts, p).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

        Assert.Equal([".f.yaml", "a.yaml", "articles/c.txt", "b.yml", "sub/binder/e.yaml", "sub/objects/d.yaml"], globbed);
        Assert.Equal(globbed, collected);
        Assert.All(files, f => Assert.Equal(globbed.Contains(f), FilePaths.IsInFactBase(f)));
    }
}
