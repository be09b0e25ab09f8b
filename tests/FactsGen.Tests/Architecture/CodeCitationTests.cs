using System.IO;
using System.Text.RegularExpressions;
using FactsGen.Tests.Infrastructure;

namespace FactsGen.Tests.Architecture;

/// <summary>
/// Code comments cite the user-facing format reference, <c>docs/fact-files.md §N</c>, and the tool
/// pages under <c>docs/tools/</c>: documents the repository has, with the numbers their headings carry.
/// </summary>
public class CodeCitationTests
{
    private static readonly string[] CodeFolders = ["generator", "tests", "bench"];

    // Split so that this file does not cite what it looks for.
    private static readonly string OldSpec = "spec " + "§";

    private static readonly Regex DocsCitation = new(@"docs/fact-files\.md (?<refs>§\d+(?:(?:–| and |, )§\d+)*)", RegexOptions.CultureInvariant);

    private static readonly Regex ToolPageCitation = new(@"docs/tools/(?<page>[a-z-]+)\.md", RegexOptions.CultureInvariant);

    [Fact]
    public void NoCommentCitesTheSpecTheRepositoryDoesNotHave()
    {
        var stale = CodeLines().Where(l => l.Text.Contains(OldSpec, StringComparison.Ordinal)).Select(l => l.Where).ToList();
        Assert.True(stale.Count == 0, $"cite docs/fact-files.md §N instead of '{OldSpec}N':{Environment.NewLine}" + string.Join(Environment.NewLine, stale));
    }

    [Fact]
    public void EveryCitedSectionOfTheFormatReferenceExists()
    {
        var sections = Sections(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "fact-files.md")));
        Assert.True(sections.Count >= 10, "docs/fact-files.md has only " + sections.Count + " numbered sections");

        var citations = CodeLines()
            .SelectMany(l => DocsCitation.Matches(l.Text).SelectMany(m => Regex.Matches(m.Groups["refs"].Value, @"§(\d+)").Select(n => (l.Where, Section: int.Parse(n.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)))))
            .ToList();
        Assert.True(citations.Count > 100, $"only {citations.Count} citations of docs/fact-files.md found in the code");

        var missing = citations.Where(c => !sections.Contains(c.Section)).Select(c => $"{c.Where}: §{c.Section}").ToList();
        Assert.True(missing.Count == 0, "docs/fact-files.md has no such section:" + Environment.NewLine + string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void EveryCitedToolPageExists()
    {
        var cited = CodeLines().SelectMany(l => ToolPageCitation.Matches(l.Text).Select(m => (l.Where, Page: m.Groups["page"].Value))).ToList();
        Assert.NotEmpty(cited);

        var missing = cited.Where(c => !File.Exists(Path.Combine(RepoPaths.Root, "docs", "tools", c.Page + ".md"))).Select(c => $"{c.Where}: docs/tools/{c.Page}.md").ToList();
        Assert.True(missing.Count == 0, "no such page:" + Environment.NewLine + string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void TheSectionReaderTakesOnlyNumberedSecondLevelHeadings()
    {
        var page = "# Title\n## 1. One\ntext ## 7. not a heading\n### 2. a sub-heading\n## 12. Twelve\n## Unnumbered\n";
        Assert.Equal([1, 12], Sections(page).OrderBy(n => n));
    }

    /// <summary>The numbers of the page's "## N. Title" headings.</summary>
    private static HashSet<int> Sections(string page) =>
        Regex.Matches(page, @"^## (\d+)\. ", RegexOptions.Multiline)
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToHashSet();

    private static IEnumerable<(string Where, string Text)> CodeLines() =>
        CodeFolders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), "*.cs", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(RepoPaths.Root, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => part is "obj" or "bin") && !path.Contains(".verified.", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .SelectMany(path => File.ReadLines(Path.Combine(RepoPaths.Root, path)).Select((text, i) => ($"{path}:{i + 1}", text)));
}
