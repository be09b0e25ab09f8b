using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FactsGen.Checking;

namespace FactsGen.Cli.Report;

/// <summary>What <see cref="ReportSite.Write"/> wrote: the output folder and the names of the files in it, in the order written.</summary>
internal sealed record ReportResult(string OutputDirectory, IReadOnlyList<string> Files);

/// <summary>
/// <c>factsgen report &lt;folder&gt; -o &lt;dir&gt;</c> (docs/tools/report.md): a static review site that opens from
/// the file system with no server and no network. <c>index.html</c> (facts per kind, article
/// coverage, diagnostics), one page per article and one per kind, <c>style.css</c> and
/// <c>filter.js</c>. The same analysis gives the same bytes.
/// </summary>
internal static class ReportSite
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes the site for <paramref name="analysis"/> into <paramref name="outputDirectory"/>
    /// (created if missing; files of the same names are replaced, others left alone). Article texts
    /// are read again from the paths the analysis names; an article that changed since is an
    /// <see cref="IOException"/>. <paramref name="factsFolder"/> is the folder the analysis was
    /// read from: the index names it and shows diagnostics' paths relative to it.
    /// </summary>
    public static ReportResult Write(FactBaseAnalysis analysis, string factsFolder, string outputDirectory, IProgress<ReportProgress>? progress = null)
    {
        // File.ReadAllText drops a BOM, as the compiler does when it reads AdditionalFiles.
        var model = ReviewModel.Build(analysis, factsFolder, File.ReadAllText);
        var pages = Pages(model).ToList();
        Directory.CreateDirectory(outputDirectory);
        var written = new List<string>(pages.Count);
        foreach (var (name, render) in pages)
        {
            File.WriteAllText(Path.Combine(outputDirectory, name), render().ReplaceLineEndings("\n"), Utf8);
            written.Add(name);
            progress?.Report(new ReportProgress(written.Count, pages.Count, name));
        }

        return new ReportResult(outputDirectory, written);
    }

    /// <summary>Each file's name and how to render it, rendered one at a time so a big fact base is not held as text all at once.</summary>
    internal static IEnumerable<(string Name, Func<string> Render)> Pages(ReviewModel model)
    {
        yield return (PageNames.Style, () => SiteStyle.Text);
        yield return (PageNames.Script, () => SiteScript.Text);
        yield return (PageNames.Index, () => IndexPage.Render(model));

        // An id that two articles share (FG0006) gets one page, of the first.
        foreach (var article in model.Articles.GroupBy(a => a.PageName).Select(g => g.First()))
        {
            yield return (article.PageName, () => ArticlePage.Render(model, article));
        }

        foreach (var kind in model.Kinds)
        {
            yield return (PageNames.Kind(kind.Section), () => KindPage.Render(model, kind));
        }
    }
}
