using AngleSharp.Dom;
using FactsGen.Cli.Report;
using FactsGen.Cli.Tests.Report.Infrastructure;

namespace FactsGen.Cli.Tests.Report;

/// <summary>
/// An article that gained an editor's note at the top, and a line number past the end: the site
/// still opens, flags each broken citation where the fact is shown, marks only what is really on
/// its line, lists the diagnostics and counts coverage from the marks alone.
/// </summary>
public class BrokenCitationsTests
{
    private const string Article = "blinken-wagner-niger-coup";

    [Fact]
    public void AnInsertedLine_FlagsTheShiftedCitations_AndMarksNothingFalse()
    {
        using var folder = new TempFolder("broken-facts");
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Facts, "*", SearchOption.AllDirectories))
        {
            folder.Write(Path.GetRelativePath(RepoPaths.Facts, file), File.ReadAllText(file));
        }

        var articlePath = folder.Combine("articles", "000_2f8952a31158ad31.txt");
        File.WriteAllText(articlePath, "Editor's note: this article was updated.\n" + File.ReadAllText(articlePath));
        var deployments = folder.Combine("deployments.yaml");
        File.WriteAllText(deployments, File.ReadAllText(deployments).Replace("{article: blinken-wagner-niger-coup, line: 6,", "{article: blinken-wagner-niger-coup, line: 99,", StringComparison.Ordinal));

        using var site = new TestSite(folder.Path);
        Assert.Contains(site.Analysis.Diagnostics, d => d.Id == "FG0013");
        Assert.Contains(site.Analysis.Diagnostics, d => d.Id == "FG0012");

        var index = Pages.ParseStrict(site.Read(PageNames.Index));
        Assert.Equal(site.Analysis.Diagnostics.Length, index.QuerySelectorAll("#diagnostics tbody tr").Length);

        // Only line 1 (the note) is new; nothing cites the shifted lines where they now are.
        var article = Pages.ParseStrict(site.Read(PageNames.Article(Article)));
        Assert.True(article.GetElementById("L1")!.ClassList.Contains("uncited"));
        var marks = article.QuerySelectorAll("mark.q").ToList();
        foreach (var mark in marks)
        {
            var line = int.Parse(mark.Closest(".line")!.Id![1..], System.Globalization.CultureInfo.InvariantCulture);
            var (section, id, n) = Split(mark.GetAttribute("data-cites")!.Split(' ')[0]);
            var kind = site.Analysis.Kinds.Single(k => k.Section == section);
            var record = site.Analysis.AcceptedRecords().Single(p => p.Record.Id == id && site.Analysis.KindOf(p.Record) == kind).Record;
            var citations = record.Fields[kind.Fields.ToList().IndexOf(kind.SourcesField!)]!.Citations
                .Concat(record.Fields.Where(f => f is not null).SelectMany(f => f!.Claims).SelectMany(c => c.Sources)) // claims' citations, numbered on
                .ToList();
            var citation = citations[n - 1];
            Assert.Equal(citation.Line, line); // a mark is only ever on the line its citation names
        }

        var flagged = site.Analysis.Kinds.SelectMany(k => Flagged(site, k.Section)).ToList();
        Assert.Contains(flagged, f => f.Problem == "the article has no such line" && f.Where == Article + ", line 99");
        Assert.Contains(flagged, f => f.Problem == "the quote is not on this line");
        var notOnLine = site.Analysis.Diagnostics.Count(d => d.Id == "FG0013");
        Assert.Equal(notOnLine, flagged.Count(f => f.Problem == "the quote is not on this line"));

        // Coverage counts the marks, not the citations that miss.
        var row = index.QuerySelectorAll("tr.article-row").Single(r => r.GetAttribute("data-article") == Article);
        var markedLines = article.QuerySelectorAll(".line").Count(l => l.QuerySelector("mark") is not null);
        Assert.StartsWith(markedLines + "/", row.QuerySelector(".fraction")!.TextContent, StringComparison.Ordinal);
    }

    private static IEnumerable<(string Where, string Problem)> Flagged(TestSite site, string section) =>
        Pages.Parse(site.Read(PageNames.Kind(section))).QuerySelectorAll("li.broken")
            .Select(li => (li.QuerySelector(".at")!.TextContent, li.QuerySelector(".problem")!.TextContent));

    private static (string Section, string Id, int Number) Split(string key)
    {
        var parts = key.Split(':');
        return (parts[0], parts[1], int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
    }
}
