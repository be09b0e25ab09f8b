using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>FG0012: cited line out of range, at the line number, naming the article's line count.</summary>
public class FG0012_LineOutOfRangeTests
{
    [Fact]
    public void NamesTheLineCount()
    {
        var run = Run(ValidActor.With("line: 3,", "line: 4,"));

        run.Single()
            .AssertAt(run, "FG0012", 7, 28, "4")
            .AssertMessage("Line 4 is out of range: article 'a' has 3 line(s)");
    }

    [Fact]
    public void HugeLineNumber()
    {
        var run = Run(ValidActor.With("line: 3,", "line: 2147483647,"));

        run.Single()
            .AssertAt(run, "FG0012", 7, 28, "2147483647")
            .AssertMessage("Line 2147483647 is out of range: article 'a' has 3 line(s)");
    }

    [Theory]
    [InlineData("one\r\ntwo\r\nthree", 3)]
    [InlineData("one\rtwo\rthree", 3)]
    [InlineData("one\ntwo\u2028still two\u0085still two\fstill two", 2)]
    public void CountsLinesAsAnEditorDoes(string article, int lines)
    {
        var run = RunArticle(article, (lines + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "one");

        run.Single()
            .AssertAt(run, "FG0012", 10, 28, (lines + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .AssertMessage($"article 'a' has {lines} line(s)");
    }
}
