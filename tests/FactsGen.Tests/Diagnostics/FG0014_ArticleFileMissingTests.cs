using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>FG0014: article file not among the AdditionalFiles, at the 'file' value.</summary>
public class FG0014_ArticleFileMissingTests
{
    private const string Yaml = """
        articles:
          - id: b
            file: articles/b.txt
        actors:
          - id: blinken
            name: Blinken
            kind: person
            sources:
              - {article: b, line: 3, quote: "Blinken spoke to the BBC"}
        """;

    [Fact]
    public void SuggestsTheNearestFile()
    {
        var run = Run(Yaml);

        run.Single()
            .AssertAt(run, "FG0014", 3, 11, "articles/b.txt")
            .AssertMessage("Article 'b' names file 'articles/b.txt', which is not in the fact base (resolved to '/project/facts/articles/b.txt'); did you mean 'a.txt'?");
    }

    [Fact]
    public void PathIsRelativeToTheDeclaringFile()
    {
        // From facts/sub/, 'articles/a.txt' is facts/sub/articles/a.txt, which is not there.
        var run = RunFiles(("/project/facts/sub/test.yaml", Yaml.With("articles/b.txt", "articles/a.txt")));

        run.Single()
            .AssertAt(run, "FG0014", 3, 11, "articles/a.txt", path: "/project/facts/sub/test.yaml")
            .AssertMessage("(resolved to '/project/facts/sub/articles/a.txt'); did you mean 'a.txt'?");
    }

    [Fact]
    public void WithNoArticleFilesAtAllSaysHowToAddOne()
    {
        var run = RunExactly((TestPath, Yaml));

        run.Single()
            .AssertAt(run, "FG0014", 3, 11, "articles/b.txt")
            .AssertMessage("fix 'file:' (relative to this YAML file) or put the article in the fact base folder");
    }
}
