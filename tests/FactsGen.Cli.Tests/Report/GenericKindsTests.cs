namespace FactsGen.Cli.Tests.Report;

/// <summary>
/// The site must show kinds that a fact base declares exactly as the built-in ones, so its code
/// walks the analysis's kind descriptors and never names a kind, a section or the kind enum.
/// </summary>
public class GenericKindsTests
{
    [Fact]
    public void TheSiteCode_NamesNoKind()
    {
        var folder = Path.Combine(RepoPaths.Root, "generator", "FactsGen.Cli", "Report");
        var sources = Directory.EnumerateFiles(folder, "*.cs").ToList();
        Assert.True(sources.Count > 10);
        foreach (var source in sources)
        {
            var text = File.ReadAllText(source);
            foreach (var name in new[] { "FactKind", "\"articles\"", "\"actors\"", "\"deployments\"", "\"sanctions\"", "\"sources\"" })
            {
                Assert.False(text.Contains(name, StringComparison.Ordinal), $"{Path.GetFileName(source)} names {name}");
            }
        }
    }
}
