using System.Text.Json;
using FactsGen.Cli;
using FactsGen.Cli.Tests.Infrastructure;

namespace FactsGen.Cli.Tests;

/// <summary>
/// <c>factsgen diff</c> (docs/tools/diff.md) on real edits: an article correction followed by <c>fix</c> is
/// re-anchoring only; a rename, a field change, a rewritten quote, a kind change, claims and
/// <c>inferred</c> show as such; new diagnostics are listed; each format; exit codes; <c>--git</c>.
/// </summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly Scratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void ArticleCorrectedThenFixed_ShowsOnlyReanchoredCitationsAndTheArticle()
    {
        _scratch.CopyRealFacts();
        _scratch.CopyFactsTo("old");
        _scratch.AddEditorsNoteToFirstArticle();
        var fix = _scratch.Run("fix", "facts");
        Assert.Equal(CliApp.Clean, fix.ExitCode);
        var fixes = fix.Lines.Count(l => l.Contains("): fixed FG", StringComparison.Ordinal));

        var run = _scratch.Run("diff", "old", "facts", "--format", "json");

        Assert.Equal(CliApp.Errors, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var root = json.RootElement;
        var records = root.GetProperty("records").EnumerateArray().ToList();
        Assert.NotEmpty(records);
        Assert.All(records, r =>
        {
            Assert.Equal("changed", r.GetProperty("status").GetString());
            Assert.Empty(r.GetProperty("fields").EnumerateArray());
            Assert.Empty(r.GetProperty("claims").EnumerateArray());
            Assert.Empty(r.GetProperty("inferred").EnumerateArray());
            Assert.All(r.GetProperty("citations").EnumerateArray(), c =>
            {
                Assert.Equal("re-anchored", c.GetProperty("status").GetString());
                Assert.Equal(c.GetProperty("oldLine").GetInt32() + 1, c.GetProperty("newLine").GetInt32());
                Assert.Equal(c.GetProperty("oldQuote").GetString(), c.GetProperty("newQuote").GetString());
            });
        });
        Assert.Equal(fixes, records.Sum(r => r.GetProperty("citations").GetArrayLength()));
        Assert.Equal(fixes, root.GetProperty("counts").GetProperty("citationsReanchored").GetInt32());

        var article = Assert.Single(root.GetProperty("articles").EnumerateArray());
        var line = Assert.Single(article.GetProperty("lines").EnumerateArray());
        Assert.Equal("added", line.GetProperty("change").GetString());
        Assert.Equal(1, line.GetProperty("line").GetInt32());
        Assert.Equal("Editor's note: this article was corrected on 10 August 2023.", line.GetProperty("text").GetString());
        Assert.Empty(article.GetProperty("citedBy").EnumerateArray());
        Assert.Empty(root.GetProperty("kinds").EnumerateArray());
        Assert.Empty(root.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public void RenameFieldChangeQuoteRewriteKindChangeClaimsAndInferred_ShowAsSuch()
    {
        DiffBase.Write(_scratch, "old");
        DiffBase.Write(_scratch, "facts");
        Edit("facts.yaml", "  - id: niger\n", "  - id: niger-state\n");
        Edit("facts.yaml", "kind: armed-group", "kind: organization");
        Edit("facts.yaml", "quote: \"coup in Niger\"", "quote: \"a coup in Niger\"");
        Edit("kinds.yaml", "        required: true\n", "        required: true\n      - name: date\n        type: date\n");
        Edit("deployments.yaml", "          rank: preferred\n", string.Empty);
        Edit("deployments.yaml", "- value: ~3000\n", "- value: ~3000\n          rank: preferred\n");
        Edit("deployments.yaml", "location: \"the article says Africa\"", "location: \"the article names only Africa\"");

        var run = _scratch.Run("diff", "old", "facts");

        Assert.Equal(CliApp.Errors, run.ExitCode);
        Assert.Equal(
            [
                "factsgen diff old facts: 1 record renamed, 3 records changed, 1 citation changed, 1 declared kind changed",
                "",
                "actors",
                "  > niger -> niger-state (renamed) (facts.yaml:10)",
                "  ~ wagner (facts.yaml:5)",
                "      kind: armed-group -> organization",
                "",
                "deployments",
                "  ~ wagner-africa (deployments.yaml:2)",
                "      strength claim ~5000: re-ranked preferred -> normal",
                "      strength claim ~3000: re-ranked normal -> preferred",
                "      inferred location: \"the article says Africa\" -> \"the article names only Africa\"",
                "",
                "events",
                "  ~ coup (facts.yaml:17)",
                "      citation changed: a line 3 \"coup in Niger\" -> line 3 \"a coup in Niger\"",
                "",
                "declared kinds",
                "  ~ events",
                "      fields.date: (absent) -> {name: date, type: date}",
            ],
            run.Stdout.Split('\n').SkipLast(1));
    }

    [Fact]
    public void EveryLineMovedDownByOne_ClaimsCitationsIncluded_IsReanchoringOnly()
    {
        DiffBase.Write(_scratch, "old");
        DiffBase.Write(_scratch, "facts");
        Edit("articles/a.txt", "Line one", "A new first line.\nLine one");
        foreach (var file in new[] { "facts.yaml", "deployments.yaml" })
        {
            var path = _scratch.PathOf(file);
            File.WriteAllText(path, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(path), @"line: (\d+)", m => $"line: {int.Parse(m.Groups[1].Value) + 1}"), Scratch.Utf8);
        }

        var run = _scratch.Run("diff", "old", "facts");

        Assert.Equal(CliApp.Errors, run.ExitCode);
        Assert.Equal("factsgen diff old facts: 4 records changed, 6 citations re-anchored, 1 article text changed", run.Lines[0]);
        Assert.Contains("      strength claim ~5000: citation re-anchored: a line 4 -> 5 \"around 5,000 Wagner troops\"", run.Lines);
        Assert.Contains("      strength claim ~3000: citation re-anchored: a line 5 -> 6 \"3,000 Wagner troops\"", run.Lines);
        Assert.DoesNotContain(run.Lines, l => l.Contains(" claim ~", StringComparison.Ordinal) && !l.Contains("citation re-anchored", StringComparison.Ordinal));
        Assert.Contains("      +1: \"A new first line.\"", run.Lines);
    }

    [Fact]
    public void QuoteMovedToALineThatDoesNotHoldIt_IsChangedNotReanchored()
    {
        DiffBase.Write(_scratch, "old");
        DiffBase.Write(_scratch, "facts");
        Edit("facts.yaml", "{article: a, line: 1, quote: \"about Wagner\"}", "{article: a, line: 2, quote: \"about Wagner\"}");
        Edit("facts.yaml", "{article: a, line: 3, quote: \"coup in Niger\"}", "{article: a, line: 5, quote: \"coup in Niger\"}");
        Edit("articles/a.txt", "Others say 3,000", "There was a coup in Niger. Others say 3,000");

        var run = _scratch.Run("diff", "old", "facts");

        Assert.Contains("      citation changed: a line 1 \"about Wagner\" -> line 2 \"about Wagner\"", run.Lines);
        Assert.Contains("      citation re-anchored: a line 3 -> 5 \"coup in Niger\"", run.Lines);
        Assert.Contains("      cited by events coup at new line 5", run.Lines);
        Assert.Contains("      cited by deployments wagner-africa at old line 5", run.Lines);
    }

    [Fact]
    public void NewDiagnostics_AreThoseTheOldBaseDidNotHave()
    {
        DiffBase.Write(_scratch, "old");
        DiffBase.Write(_scratch, "facts");
        Edit("facts.yaml", "    kind: armed-group\n", "    kind: armed-group\n    affiliated-with: [nobody]\n");
        var before = _scratch.Run("check", "old").Lines.Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();

        var run = _scratch.Run("diff", "old", "facts", "--format", "json");

        using var json = JsonDocument.Parse(run.Stdout);
        var diagnostic = Assert.Single(json.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("FG0007", diagnostic.GetProperty("id").GetString());
        Assert.Equal("facts.yaml", diagnostic.GetProperty("path").GetString());
        Assert.Equal(8, diagnostic.GetProperty("line").GetInt32());
        Assert.Contains("'nobody'", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(before, l => l.Contains("FG0007", StringComparison.Ordinal));
        var field = Assert.Single(Assert.Single(json.RootElement.GetProperty("records").EnumerateArray()).GetProperty("fields").EnumerateArray());
        Assert.Equal(("affiliated-with", JsonValueKind.Null, "[nobody]"), (field.GetProperty("name").GetString(), field.GetProperty("old").ValueKind, field.GetProperty("new").GetString()));
    }

    [Fact]
    public void AddedAndRemovedRecordsAndCitations()
    {
        DiffBase.Write(_scratch, "old");
        DiffBase.Write(_scratch, "facts");
        Edit("facts.yaml", "events:\n", "  - id: russia\n    name: Russia\n    kind: state\n    sources:\n      - {article: a, line: 1, quote: \"Line one\"}\nevents:\n");
        Edit("facts.yaml", "      - {article: a, line: 2, quote: \"Niger is a state\"}\n", "      - {article: a, line: 2, quote: \"Niger is a state\"}\n      - {article: a, line: 3, quote: \"coup in Niger\"}\n");
        Edit("deployments.yaml", "deployments:\n", "deployments: []\n") ;
        Edit("deployments.yaml", "  - id: wagner-africa", "old:\n  - id: wagner-africa");

        var run = _scratch.Run("diff", "old", "facts");

        Assert.Contains("  + russia (facts.yaml:17)", run.Lines);
        Assert.Contains("  - wagner-africa (deployments.yaml:2)", run.Lines);
        Assert.Contains("      citation added: a line 3 \"coup in Niger\"", run.Lines);
    }

    [Fact]
    public void Markdown_CountsFirst_ThenASectionPerKind()
    {
        DiffBase.Write(_scratch, "old");
        DiffBase.Write(_scratch, "facts");
        Edit("facts.yaml", "kind: armed-group", "kind: organization");
        Edit("facts.yaml", "quote: \"coup in Niger\"", "quote: \"`a` coup in Niger\"");

        var run = _scratch.Run("diff", "old", "facts", "--format", "markdown");

        Assert.Equal(CliApp.Errors, run.ExitCode);
        var lines = run.Stdout.Split('\n');
        Assert.Equal("### Fact changes: `old` → `facts`", lines[0]);
        var table = Array.IndexOf(lines, "| change | count |");
        var actors = Array.IndexOf(lines, "#### actors");
        var events = Array.IndexOf(lines, "#### events");
        Assert.True(table > 0 && table < actors && actors < events, run.Stdout);
        Assert.Contains("| records changed | 2 |", lines);
        Assert.Contains("| citations changed | 1 |", lines);
        Assert.Contains("  - `kind`: `armed-group` → `organization`", lines);

        // A backtick in a quote cannot end its code span.
        Assert.Contains("  - citation changed: `a` line 3 `coup in Niger` → line 3 `` `a` coup in Niger ``", lines);
    }

    [Fact]
    public void NoChange_Exit0_InEveryFormat()
    {
        DiffBase.Write(_scratch, "old");
        DiffBase.Write(_scratch, "facts");
        Edit("facts.yaml", "articles:\n", "# a comment changes no fact\narticles:\n");

        Assert.Equal(["factsgen diff old facts: no change"], _scratch.Run("diff", "old", "facts").Lines);
        var markdown = _scratch.Run("diff", "old", "facts", "--format", "markdown");
        Assert.Equal(CliApp.Clean, markdown.ExitCode);
        Assert.Contains("No change to the facts.", markdown.Lines);
        var json = _scratch.Run("diff", "old", "facts", "--format", "json");
        Assert.Equal(CliApp.Clean, json.ExitCode);
        using var document = JsonDocument.Parse(json.Stdout);
        Assert.False(document.RootElement.GetProperty("changed").GetBoolean());
    }

    [Fact]
    public void Output_IsDeterministic_AndUncoloredWhenNotATerminal()
    {
        DiffBase.Write(_scratch, "old");
        DiffBase.Write(_scratch, "facts");
        Edit("facts.yaml", "  - id: niger\n", "  - id: niger-state\n");
        Edit("facts.yaml", "kind: armed-group", "kind: organization");

        foreach (var format in new[] { "text", "markdown", "json" })
        {
            var first = _scratch.Run("diff", "old", "facts", "--format", format);
            Assert.Equal(first.Stdout, _scratch.Run("diff", "old", "facts", "--format", format).Stdout);
            Assert.DoesNotContain('\u001b', first.Stdout);
        }
    }

    [Theory]
    [InlineData(new[] { "diff", "old" }, "give two folders")]
    [InlineData(new[] { "diff", "old", "missing" }, "folder 'missing' does not exist")]
    [InlineData(new[] { "diff", "--git", "HEAD", "old", "facts" }, "with --git, give at most one folder")]
    [InlineData(new[] { "diff", "old", "facts", "--format", "html" }, "html")]
    public void Trouble_Exit2(string[] args, string message)
    {
        DiffBase.Write(_scratch, "old");
        DiffBase.Write(_scratch, "facts");

        var run = _scratch.Run(args);

        Assert.Equal(CliApp.Usage, run.ExitCode);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Git_ComparesTheFolderAsOfARevisionWithTheWorkingTree()
    {
        _scratch.CopyRealFacts();
        Git("init", "-q");
        Git("add", ".");
        Git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "facts");
        Assert.Equal(CliApp.Clean, _scratch.Run("diff", "--git", "HEAD").ExitCode);

        _scratch.AddEditorsNoteToFirstArticle();
        Assert.Equal(CliApp.Clean, _scratch.Run("fix", "facts").ExitCode);
        var run = _scratch.Run("diff", "--git", "HEAD", "--format", "markdown");

        Assert.Equal(CliApp.Errors, run.ExitCode);
        Assert.Equal("### Fact changes: `HEAD:facts` → `facts`", run.Lines[0]);
        var counts = run.Lines.Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(1).Select(l => l.Split(" | ")[0].TrimStart('|', ' ')).ToList();
        Assert.Equal(["records changed", "citations re-anchored", "article texts changed"], counts);
        Assert.All(run.Lines.Where(l => l.StartsWith("- **changed**", StringComparison.Ordinal) && !l.Contains("articles/", StringComparison.Ordinal)), l => Assert.EndsWith(": citations re-anchored only", l, StringComparison.Ordinal));

        var bad = _scratch.Run("diff", "--git", "no-such-revision");
        Assert.Equal(CliApp.Usage, bad.ExitCode);
        Assert.Contains("no-such-revision", bad.Stderr, StringComparison.Ordinal);
    }

    private void Edit(string relative, string from, string to)
    {
        var path = _scratch.PathOf(relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        File.WriteAllText(path, text[..at] + to + text[(at + from.Length)..], Scratch.Utf8);
    }

    private void Git(params string[] args)
    {
        var result = ProcessRunner.Run("git", _scratch.Root, null, ProcessRunner.DefaultTimeout, args);
        Assert.True(result.ExitCode == 0, result.ToString());
    }
}
