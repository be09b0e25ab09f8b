using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>FG0011: citation names an unknown article, at the article id of the citation.</summary>
public class FG0011_UnknownArticleTests
{
    [Fact]
    public void SuggestsTheNearestArticle()
    {
        var run = Run(ValidActor.With("article: a,", "article: aa,"));

        run.Single()
            .AssertAt(run, "FG0011", 7, 19, "aa")
            .AssertMessage("Citation names unknown article 'aa'; did you mean 'a'?", "declare it under 'articles:' or fix the id");
    }

    [Fact]
    public void NoSuggestionWhenNothingIsNear()
    {
        // Also: the line (99) and quote are not checked against an article that does not exist.
        var run = Run(ValidActor.With("article: a, line: 3,", "article: reuters-2023, line: 99,"));

        run.Single()
            .AssertAt(run, "FG0011", 7, 19, "reuters-2023")
            .AssertMessage("Citation names unknown article 'reuters-2023';")
            .AssertMessageLacks("did you mean");
    }

    [Fact]
    public void ArticleIdThatIsNotASlugIsAnInvalidValue()
    {
        var run = Run(ValidActor.With("article: a,", "article: Reuters 2023,"));

        run.Single()
            .AssertAt(run, "FG0005", 7, 19, "Reuters 2023")
            .AssertMessage("Invalid citation 'article': 'Reuters 2023' is not a valid id");
    }
}
