using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using FactsGen.Tests.Infrastructure;
using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>FG0100: article declared but never cited: a warning at the article's id.</summary>
public class FG0100_UncitedArticleTests
{
    [Fact]
    public void UncitedArticleIsAWarning()
    {
        var run = Run("articles:\n  - id: spare\n    file: articles/a.txt\n    title: Spare copy\n");

        run.Single()
            .AssertAt(run, "FG0100", 2, 9, "spare", severity: DiagnosticSeverity.Warning)
            .AssertMessage("Article 'spare' is declared but never cited; cite it or remove it");

        // A warning only: the article is still generated.
        Assert.True(run.Emits("Articles", "Spare"));
    }

    [Fact]
    public void IsReportedAsAWarningWithoutWarningsAsErrors()
    {
        var texts = new AdditionalText[]
        {
            new InMemoryAdditionalText(ArticlePath, Article),
            new InMemoryAdditionalText(TestPath, "articles:\n  - id: spare\n    file: articles/a.txt\n"),
        };

        GeneratorHarness.CreateDriver(texts).RunGeneratorsAndUpdateCompilation(CSharpCompilation.Create("Plain"), out _, out var diagnostics);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("FG0100", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.False(diagnostic.IsWarningAsError);
    }

    [Fact]
    public void ArticleCitedFromAnotherFileIsCited()
    {
        var run = RunFiles(
            (TestPath, "articles:\n  - id: spare\n    file: articles/a.txt\n"),
            (OtherPath, ValidActor.With("article: a,", "article: spare,")));

        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void ArticleWithAMissingFileIsStillCheckedForCitations()
    {
        var run = Run("articles:\n  - id: spare\n    file: articles/spare.txt\n");

        run.AssertIds("FG0100", "FG0014");
        run.Diagnostics[0].AssertAt(run, "FG0100", 2, 9, "spare", severity: DiagnosticSeverity.Warning);
        run.Diagnostics[1].AssertAt(run, "FG0014", 3, 11, "articles/spare.txt");
    }
}
