using System.Diagnostics;
using FactsGen.Cli.Report;
using FactsGen.Cli.Tests.Report.Infrastructure;
using FactsGen.Synthetic;

namespace FactsGen.Cli.Tests.Report;

/// <summary>A large fact base (the benchmarks' synthetic one): every citation still marked, every kind paged.</summary>
public class LargeFactBaseTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void TenThousandFacts_AllCitationsMarked()
    {
        using var project = new TempFolder("large");
        var synthetic = SyntheticFactBase.Create(facts: 10_000, files: 40);
        synthetic.WriteTo(project.Path);
        var folder = Path.Combine(project.Path, "facts");

        var stopwatch = Stopwatch.StartNew();
        using var site = new TestSite(folder);
        var elapsed = stopwatch.Elapsed;

        Assert.Empty(site.Analysis.Diagnostics.Where(d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        var citations = site.Analysis.AcceptedRecords().Sum(p =>
            p.Record.Fields.Where(f => f is not null).Sum(f => f!.Citations.Count));
        var marked = site.Result.Files.Where(f => f.StartsWith("article-", StringComparison.Ordinal))
            .Sum(f => Pages.Parse(site.Read(f)).QuerySelectorAll("mark.q").SelectMany(m => m.GetAttribute("data-cites")!.Split(' ')).Distinct().Count());
        Assert.Equal(citations, marked);
        output.WriteLine($"{site.Analysis.AcceptedRecords().Count()} facts, {citations} citations, {site.Result.Files.Count} files: {elapsed.TotalSeconds:0.0} s to analyze and write");
        Assert.All(site.Analysis.Kinds, k => Assert.Contains(PageNames.Kind(k.Section), site.Result.Files));

        // Not a benchmark (the machine is shared); a guard against a quadratic slip, which would take minutes.
        Assert.True(elapsed < TimeSpan.FromSeconds(60), $"analysis and site took {elapsed.TotalSeconds:0.0} s");
    }
}
