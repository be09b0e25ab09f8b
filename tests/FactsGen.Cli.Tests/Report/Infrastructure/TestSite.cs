using FactsGen.Tooling.Engine;
using FactsGen.Tooling.Files;
using FactsGen.Cli.Report;
using FactsGen.Model;

namespace FactsGen.Cli.Tests.Report.Infrastructure;

/// <summary>A fact base folder analyzed and its review site written to a temp folder, as <c>factsgen report</c> does.</summary>
public sealed class TestSite : IDisposable
{
    private readonly TempFolder _output = new("site");

    internal TestSite(string factsFolder)
    {
        FactsFolder = factsFolder;
        Analysis = Analyze(factsFolder);
        Result = ReportSite.Write(Analysis, factsFolder, _output.Path);
    }

    public string FactsFolder { get; }

    internal FactBaseSnapshot Analysis { get; }

    internal ReportResult Result { get; }

    public string Output => _output.Path;

    public string PathOf(string page) => Path.Combine(Output, page);

    public string Read(string page) => File.ReadAllText(PathOf(page));

    /// <summary>Every fact file and article under the folder (as CheckCommand collects them), full paths.</summary>
    internal static FactBaseSnapshot Analyze(string factsFolder)
    {
        var files = Directory.EnumerateFiles(Path.GetFullPath(factsFolder), "*", SearchOption.AllDirectories)
            .Where(p => FilePaths.IsFactFile(p) || FilePaths.IsArticle(p))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new FactBaseFile(p, File.ReadAllText(p)))
            .ToList();
        return FactBaseState.CheckOnce(files);
    }

    public void Dispose() => _output.Dispose();
}

/// <summary>The site of the repository's own <c>facts/</c>, written once for a test class.</summary>
public sealed class RealFactsSite : IDisposable
{
    public TestSite Site { get; } = new(RepoPaths.Facts);

    public void Dispose() => Site.Dispose();
}
