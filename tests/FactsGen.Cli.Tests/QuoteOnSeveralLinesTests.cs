using FactsGen.Cli;
using FactsGen.Cli.Tests.Infrastructure;

namespace FactsGen.Cli.Tests;

/// <summary>
/// A quote that is on several lines of its article (MiniBase's "Repeated phrase", on lines 3 and 4,
/// cited on line 1): check names both lines and suggests neither, and fix refuses to choose.
/// </summary>
public sealed class QuoteOnSeveralLinesTests : IDisposable
{
    private readonly Scratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Check_NamesEveryLine_AndSuggestsNone()
    {
        MiniBase.Write(_scratch);

        var check = _scratch.Run("check", "facts");

        Assert.Equal(CliApp.Errors, check.ExitCode);
        var line = Assert.Single(check.Lines, l => l.StartsWith(Path.Combine("facts", "facts.yaml") + "(21,28): error FG0013: ", StringComparison.Ordinal));
        Assert.EndsWith("Quote not found on line 1 of article 'a'; it is on lines 3 and 4 of the article; cite the one you mean", line, StringComparison.Ordinal);
        Assert.DoesNotContain("write 'line:", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_ListsTheLines_AndChangesNothingThere()
    {
        MiniBase.Write(_scratch);

        var fix = _scratch.Run("fix", "facts");

        Assert.Contains(fix.Lines, l => l.EndsWith("(21,28): error FG0013: not fixed: the quote is on lines 3 and 4 of article 'a'; cite the one you mean, or quote more words", StringComparison.Ordinal));
        Assert.Contains("{article: a, line: 1, quote: \"Repeated phrase\"}", File.ReadAllText(_scratch.PathOf("facts.yaml")), StringComparison.Ordinal);
    }
}
