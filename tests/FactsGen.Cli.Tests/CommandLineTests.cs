using FactsGen.Cli;
using FactsGen.Cli.Tests.Infrastructure;

namespace FactsGen.Cli.Tests;

/// <summary>The command line every tool shares: help per command, version, completion, usage errors, progress.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly Scratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Theory]
    [InlineData("check", "check [<folder>] [options]", "--format <text|json>")]
    [InlineData("schema", "schema [<folder>] [options]", "-o, --output <file>")]
    [InlineData("report", "report <folder> [options]", "-o, --output <dir> (REQUIRED)")]
    [InlineData("lsp", "lsp [options]", "-?, -h, --help")]
    [InlineData("fix", "fix <folder> [options]", "-n, --dry-run")]
    [InlineData("export", "export <folder> [options]", "-f, --format <json|annotations> (REQUIRED)")]
    public void EachCommand_HasItsOwnHelp(string command, string usage, string option)
    {
        foreach (var help in new[] { "--help", "-h", "-?" })
        {
            var run = _scratch.Run(command, help);

            Assert.Equal(CliApp.Clean, run.ExitCode);
            Assert.Equal(string.Empty, run.Stderr);
            Assert.Contains(usage, run.Stdout, StringComparison.Ordinal);
            Assert.Contains(option, run.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Schema_OfAFolder_HasTheKindsItDeclares()
    {
        _scratch.CopyRealFacts();

        var ofFolder = _scratch.Run("schema", "facts");
        var builtIn = _scratch.Run("schema");

        Assert.Equal(CliApp.Clean, ofFolder.ExitCode);
        Assert.Contains("\"events\":", ofFolder.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"statements\":", ofFolder.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"coup\"", ofFolder.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\"events\":", builtIn.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WritesTheSite_WithAPagePerKindDeclaredOrBuiltIn()
    {
        _scratch.CopyRealFacts();

        var run = _scratch.Run("report", "facts", "-o", "site");

        Assert.Equal(CliApp.Clean, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        foreach (var page in new[] { "index.html", "kind-actors.html", "kind-events.html", "kind-statements.html", "style.css" })
        {
            Assert.True(File.Exists(Path.Combine(_scratch.Root, "site", page)), page);
        }

        Assert.StartsWith("factsgen: wrote ", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OfABrokenBase_IsWrittenAndExitsOne()
    {
        _scratch.CopyRealFacts();
        _scratch.AddEditorsNoteToFirstArticle();

        var run = _scratch.Run("report", "facts", "-o", "site");

        Assert.Equal(CliApp.Errors, run.ExitCode);
        Assert.Contains("error(s)", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("FG0013", File.ReadAllText(Path.Combine(_scratch.Root, "site", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Version_IsTheToolsVersion()
    {
        var run = _scratch.Run("--version");

        Assert.Equal(CliApp.Clean, run.ExitCode);
        Assert.Equal(CliApp.Version + "\n", run.Stdout);
        Assert.Matches(@"^\d+\.\d+\.\d+", CliApp.Version);
    }

    public static TheoryData<string[], string> UsageErrors() => new()
    {
        { ["fix", "facts", "--bogus"], "Usage: factsgen fix <folder> [options]" },
        { ["fix"], "Usage: factsgen fix <folder> [options]" },
        { ["fix", "nowhere"], "factsgen: folder 'nowhere' does not exist" },
        { ["export", "facts"], "Usage: factsgen export <folder> [options]" },
        { ["export", "facts", "--format", "xml"], "Usage: factsgen export <folder> [options]" },
        { ["export", "facts", "--format", "json", "-o"], "Usage: factsgen export <folder> [options]" },
        { ["export", "facts", "--format", "json", "-o", "facts"], "factsgen: 'facts' is a folder; give the file to write" },
        { ["--bogus"], "Usage: factsgen <command> [options]" },
        { ["exprot"], "Usage: factsgen <command> [options]" },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public void UsageErrors_ExitTwo_SayWhatAndHow_OnStderrOnly(string[] args, string expected)
    {
        _scratch.CopyRealFacts();

        var run = _scratch.Run(args);

        Assert.Equal(CliApp.Usage, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.StartsWith("factsgen: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Help: factsgen", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("export facts --f", "--format")]
    [InlineData("export facts --format ", "annotations")]
    [InlineData("ex", "export")]
    [InlineData("fix facts --", "--dry-run")]
    public void Completion_TheSuggestDirective_ListsCommandsOptionsAndValues(string line, string expected)
    {
        _scratch.CopyRealFacts();

        var run = _scratch.Run($"[suggest:{line.Length}]", line);

        Assert.Equal(CliApp.Clean, run.ExitCode);
        Assert.Contains(expected, run.Lines);
    }

    [Fact]
    public void Progress_IsOneLineOverwrittenOnTheTerminal_AndErasedAfter()
    {
        _scratch.CopyRealFacts();
        var terminal = new StringWriter();
        var stdout = new StringWriter { NewLine = "\n" };
        var quiet = _scratch.Run("check", "facts");

        var exit = CliApp.Run(["check", "facts"], stdout, TextWriter.Null, _scratch.Root, new ProgressReporter(terminal, TimeSpan.Zero));

        Assert.True(exit == CliApp.Clean, stdout.ToString());
        Assert.Equal(quiet.Stdout.Split('(')[0], stdout.ToString().Split('(')[0]);
        var shown = terminal.ToString();
        Assert.StartsWith("\rfactsgen: reading 0/", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", shown, StringComparison.Ordinal);
        Assert.Matches(@"\r {21,}\r$", shown);
    }
}
