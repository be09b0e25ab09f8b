using System.IO;
using FactsGen.FuzzTests.Fuzzing;
using FactsGen.Tests.Infrastructure;

namespace FactsGen.FuzzTests;

/// <summary>Every fact base under Regressions/ (inputs the fuzzer once broke the generator with) passes the fuzz oracle.</summary>
public class RegressionTests
{
    public static string Folder => Path.Combine(RepoPaths.Root, "tests", "FactsGen.FuzzTests", "Regressions");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.EnumerateDirectories(Folder).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RegressionCasePasses(string name)
    {
        var factBase = FactBase.Load(Path.Combine(Folder, name));
        Assert.NotEmpty(factBase.Files);
        var problem = FuzzLoop.RunOne(factBase, out var run);
        Assert.True(problem is null, $"{name}: {problem}\n{run?.DiagnosticsText}");
    }

    [Fact]
    public void ThereAreRegressionCases() => Assert.NotEmpty(Cases());
}
