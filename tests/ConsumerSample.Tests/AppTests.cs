using System;
using System.Linq;

namespace ConsumerSample.Tests;

public class AppTests
{
    [Fact]
    public void No_option_prints_the_briefing()
    {
        var result = TestSupport.Run();

        Assert.Equal(App.Success, result.ExitCode);
        Assert.Equal(Briefing.Text(), result.Output);
        Assert.Equal(string.Empty, result.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_prints_usage_on_stdout(string option)
    {
        var result = TestSupport.Run(option);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(App.Usage, result.Output);
        Assert.Equal(string.Empty, result.Error);
        Assert.StartsWith("Usage: ", result.Output);
        Assert.Contains("--json", result.Output);
        Assert.Contains("--article ID", result.Output);
        Assert.Contains("blinken-wagner-niger-coup", result.Output);
    }

    /// <summary>The help describes the briefing the app prints today: its timeline, statements and involvement.</summary>
    [Fact]
    public void Help_describes_the_current_output()
    {
        var help = TestSupport.Run("--help").Output;
        var briefing = Briefing.Text();

        foreach (var part in new[] { "timeline", "said what", "involved", "[article-id:line]", "events, statements" })
        {
            Assert.Contains(part, help, StringComparison.Ordinal);
        }

        // What the help promises is in the briefing: each section it names has its heading there.
        Assert.Contains(Timeline.EventLines().First(), briefing, StringComparison.Ordinal);
        Assert.Contains(Timeline.StatementLines().First(), briefing, StringComparison.Ordinal);
        Assert.Contains(Timeline.InvolvementLines().First(), briefing, StringComparison.Ordinal);
        Assert.Contains("--json", help, StringComparison.Ordinal);
        Assert.Contains("--article ID", help, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("json")]
    [InlineData("-j")]
    [InlineData("--JSON")]
    public void An_unknown_option_prints_usage_on_stderr_and_exits_2(string option)
    {
        var result = TestSupport.Run(option);

        Assert.Equal(App.UsageError, result.ExitCode);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains($"Unknown option '{option}'.", result.Error);
        Assert.Contains(App.Usage, result.Error);
    }

    [Theory]
    [InlineData("--json", "--help")]
    [InlineData("--json", "--json")]
    [InlineData("--article", "blinken-wagner-niger-coup", "--json")]
    public void Several_options_are_a_usage_error(params string[] args)
    {
        var result = TestSupport.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains(App.Usage, result.Error);
    }

    [Fact]
    public void An_unknown_option_after_another_is_named()
    {
        var result = TestSupport.Run("--article", "blinken-wagner-niger-coup", "--bogus");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("Unknown option '--bogus'.", result.Error);
    }
}
