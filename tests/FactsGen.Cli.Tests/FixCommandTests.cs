using System.Text;
using System.Text.RegularExpressions;
using FactsGen.Cli;
using FactsGen.Cli.Tests.Infrastructure;

namespace FactsGen.Cli.Tests;

/// <summary>
/// <c>factsgen fix</c> as an editor meets it: an article gains a line, check fails, fix re-anchors
/// every citation, changing nothing but line numbers, and a second run changes nothing.
/// </summary>
public sealed class FixCommandTests : IDisposable
{
    private static readonly Regex FixedLine = new(@"^(?<path>.+)\((?<line>\d+),(?<column>\d+)\): fixed FG0013: line (?<old>\d+) -> (?<new>\d+)$");
    private static readonly Regex LineValue = new(@"(?<=\bline: )\d+");

    private readonly Scratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void EditorsNote_CheckFails_FixRepairsEveryCitation_OnlyLineNumbersChange_SecondRunChangesNothing()
    {
        _scratch.CopyRealFacts();
        var before = _scratch.FactFileBytes();
        _scratch.AddEditorsNoteToFirstArticle();

        var check = _scratch.Run("check", "facts");
        Assert.Equal(CliApp.Errors, check.ExitCode);
        var broken = check.Lines.Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(broken);
        Assert.All(broken, l => Assert.Contains(": error FG0013: ", l, StringComparison.Ordinal));

        var fix = _scratch.Run("fix", "facts");

        Assert.Equal(CliApp.Clean, fix.ExitCode);
        Assert.Equal(string.Empty, fix.Stderr);
        var fixes = fix.Lines.Take(fix.Lines.Count - 1).Select(l => FixedLine.Match(l)).ToList();
        Assert.All(fixes, m => Assert.True(m.Success));
        Assert.Equal(broken.Count, fixes.Count);
        Assert.All(fixes, m => Assert.Equal(int.Parse(m.Groups["old"].Value) + 1, int.Parse(m.Groups["new"].Value)));
        var files = fixes.Select(m => m.Groups["path"].Value).Distinct().Count();
        Assert.Equal($"factsgen: fixed {fixes.Count} citations in {files} files, 0 not fixed; the fact base checks clean", fix.Lines[^1]);

        // Each fix line names the line value it rewrote, where check reported the FG0013.
        var reported = broken.Select(l => l.Substring(0, l.IndexOf(": error", StringComparison.Ordinal))).ToList();
        Assert.Equal(reported, fixes.Select(m => $"{m.Groups["path"].Value}({m.Groups["line"].Value},{m.Groups["column"].Value})").ToList());

        var after = _scratch.FactFileBytes();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        var changed = 0;
        foreach (var (file, original) in before)
        {
            var (o, n) = (Encoding.UTF8.GetString(original), Encoding.UTF8.GetString(after[file]));
            Assert.Equal(LineValue.Replace(o, "#"), LineValue.Replace(n, "#"));
            changed += o.Split('\n').Zip(n.Split('\n')).Count(p => p.First != p.Second);
        }

        Assert.True(changed > 0 && changed <= fixes.Count);
        Assert.Equal(CliApp.Clean, _scratch.Run("check", "facts").ExitCode);
        Assert.Empty(Directory.EnumerateFiles(_scratch.Facts, "*.tmp", SearchOption.AllDirectories));

        var again = _scratch.Run("fix", "facts");
        Assert.Equal(CliApp.Clean, again.ExitCode);
        Assert.Equal(["factsgen: fixed 0 citations in 0 files, 0 not fixed; the fact base checks clean"], again.Lines);
        Assert.All(after, p => Assert.Equal(p.Value, _scratch.Bytes(p.Key)));
    }

    [Fact]
    public void AClaimsCitation_WithAWrongLine_IsReAnchored_AndNothingElseChanges()
    {
        _scratch.CopyRealFacts();
        var events = _scratch.PathOf("events.yaml");
        var original = File.ReadAllText(events);
        const string Claim = "{article: blinken-wagner-niger-coup, line: 1, quote: \"a military coup last week\"}";
        Assert.Equal(1, Regex.Count(original, Regex.Escape(Claim)));
        Assert.Contains("claims:", original[..original.IndexOf(Claim, StringComparison.Ordinal)], StringComparison.Ordinal);
        var broken = original.Replace(Claim, Claim.Replace("line: 1,", "line: 4,", StringComparison.Ordinal), StringComparison.Ordinal);
        File.WriteAllText(events, broken);
        var check = _scratch.Run("check", "facts");
        var error = Assert.Single(check.Lines, l => l.Contains(": error ", StringComparison.Ordinal));
        Assert.Contains(": error FG0013: ", error, StringComparison.Ordinal);
        var lineNumber = broken[..broken.IndexOf("line: 4, quote: \"a military coup last week\"", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.StartsWith($"facts/events.yaml({lineNumber},", error, StringComparison.Ordinal);

        var fix = _scratch.Run("fix", "facts");

        Assert.Equal(CliApp.Clean, fix.ExitCode);
        var fixedLine = FixedLine.Match(fix.Lines[0]);
        Assert.True(fixedLine.Success, fix.Lines[0]);
        Assert.Equal(("facts/events.yaml", lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), "4", "1"), (fixedLine.Groups["path"].Value, fixedLine.Groups["line"].Value, fixedLine.Groups["old"].Value, fixedLine.Groups["new"].Value));
        Assert.Equal("factsgen: fixed 1 citation in 1 file, 0 not fixed; the fact base checks clean", fix.Lines[^1]);
        Assert.Equal(original, File.ReadAllText(events));
        Assert.Equal(CliApp.Clean, _scratch.Run("check", "facts").ExitCode);
    }

    [Fact]
    public void CrlfAndBom_AreKeptByteForByte()
    {
        _scratch.CopyRealFacts();
        var actors = _scratch.PathOf("actors.yaml");
        var crlf = "\uFEFF" + File.ReadAllText(actors).Replace("\n", "\r\n");
        File.WriteAllBytes(actors, Encoding.UTF8.GetBytes(crlf));
        var original = File.ReadAllBytes(actors);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, original.Take(3));
        _scratch.AddEditorsNoteToFirstArticle();

        var fix = _scratch.Run("fix", "facts");

        Assert.Equal(CliApp.Clean, fix.ExitCode);
        Assert.Contains(fix.Lines, l => l.StartsWith(Path.Combine("facts", "actors.yaml") + "(", StringComparison.Ordinal));
        var bytes = File.ReadAllBytes(actors);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotMatch(@"[^\r]\n", text);
        Assert.Equal(LineValue.Replace(Encoding.UTF8.GetString(original), "#"), LineValue.Replace(text, "#"));
        Assert.NotEqual(original, bytes);
    }

    [Fact]
    public void BlockAndFlowCitations_AreFixed_AmbiguousAndMissingQuotesAreReportedNotFixed()
    {
        MiniBase.Write(_scratch);
        var original = _scratch.Bytes("facts.yaml");

        var fix = _scratch.Run("fix", "facts");

        Assert.Equal(CliApp.Errors, fix.ExitCode);
        var path = Path.Combine("facts", "facts.yaml");
        Assert.Equal(
            [
                $"{path}(11,15): fixed FG0013: line 3 -> 1",
                $"{path}(13,28): fixed FG0013: line 1 -> 2",
                $"{path}(15,15): fixed FG0012: line 99 -> 4",
                $"{path}(21,28): error FG0013: not fixed: the quote is on lines 3 and 4 of article 'a'; cite the one you mean, or quote more words",
                $"{path}(22,38): error FG0013: not fixed: the quote is on no line of article 'a'; the closest passage is on line 1: \"Line one is about Wagner\" (correct the quote, then run fix again)",
                "factsgen: fixed 3 citations in 1 file, 2 not fixed; 2 errors remain",
            ],
            fix.Lines);

        var text = Encoding.UTF8.GetString(_scratch.Bytes("facts.yaml"));
        Assert.Equal(MiniBase.Yaml.Replace("line: 3      # wrong", "line: 1      # wrong").Replace("a, line: 1, quote: '\"quoted", "a, line: 2, quote: '\"quoted").Replace("line: 99", "line: 4"), text);
        Assert.NotEqual(original, _scratch.Bytes("facts.yaml"));

        var again = _scratch.Run("fix", "facts");
        Assert.Equal(CliApp.Errors, again.ExitCode);
        Assert.Equal(2, again.Lines.Count(l => l.Contains("not fixed:", StringComparison.Ordinal)));
        Assert.DoesNotContain(again.Lines, l => l.Contains("): fixed ", StringComparison.Ordinal));
        Assert.Equal(text, Encoding.UTF8.GetString(_scratch.Bytes("facts.yaml")));
    }

    [Fact]
    public void DryRun_PrintsAUnifiedDiff_AndWritesNothing()
    {
        _scratch.CopyRealFacts();
        _scratch.AddEditorsNoteToFirstArticle();
        var before = _scratch.FactFileBytes();

        var dry = _scratch.Run("fix", "facts", "--dry-run");

        Assert.Equal(CliApp.Clean, dry.ExitCode);
        Assert.All(before, p => Assert.Equal(p.Value, _scratch.Bytes(p.Key)));
        Assert.Contains("--- a/facts/actors.yaml\n+++ b/facts/actors.yaml\n@@ -", dry.Stdout, StringComparison.Ordinal);
        Assert.Contains("\n-      - {article: blinken-wagner-niger-coup, line: 1, quote: \"United States Secretary of State Antony Blinken\"}\n", dry.Stdout, StringComparison.Ordinal);
        Assert.Contains("\n+      - {article: blinken-wagner-niger-coup, line: 2, quote: \"United States Secretary of State Antony Blinken\"}\n", dry.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("factsgen: would fix ", dry.Lines[^1], StringComparison.Ordinal);
        Assert.Equal(CliApp.Errors, _scratch.Run("check", "facts").ExitCode);

        // The diff is the one the real run makes.
        var fixedCount = dry.Lines.Count(l => l.Contains(": fixed FG0013: ", StringComparison.Ordinal));
        var real = _scratch.Run("fix", "facts");
        Assert.Equal(fixedCount, real.Lines.Count(l => l.Contains(": fixed FG0013: ", StringComparison.Ordinal)));
        var minus = dry.Stdout.Split('\n').Where(l => l.StartsWith("+  ", StringComparison.Ordinal)).Select(l => l.Substring(1)).ToList();
        var fixedText = string.Concat(Directory.EnumerateFiles(_scratch.Facts, "*.yaml").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        Assert.All(minus, l => Assert.Contains(l, fixedText, StringComparison.Ordinal));
    }

    [Fact]
    public void CleanBase_NothingToFix_ExitZero_FilesUntouched()
    {
        _scratch.CopyRealFacts();
        var before = _scratch.FactFileBytes().ToDictionary(p => p.Key, p => File.GetLastWriteTimeUtc(_scratch.PathOf(p.Key)));

        var fix = _scratch.Run("fix", "facts");

        Assert.Equal(CliApp.Clean, fix.ExitCode);
        Assert.Equal(["factsgen: fixed 0 citations in 0 files, 0 not fixed; the fact base checks clean"], fix.Lines);
        Assert.All(before, p => Assert.Equal(p.Value, File.GetLastWriteTimeUtc(_scratch.PathOf(p.Key))));
    }

    [Fact]
    public void OtherErrors_AreListed_AndMakeTheExitCodeOne()
    {
        _scratch.CopyRealFacts();
        _scratch.AddEditorsNoteToFirstArticle();
        var deployments = _scratch.PathOf("deployments.yaml");
        File.WriteAllText(deployments, File.ReadAllText(deployments).Replace("certainty: estimated", "certainty: estimatd"));

        var fix = _scratch.Run("fix", "facts");

        Assert.Equal(CliApp.Errors, fix.ExitCode);
        Assert.Contains(fix.Lines, l => l.Contains(": error FG0005: Invalid 'certainty'", StringComparison.Ordinal));
        Assert.EndsWith("0 not fixed; 1 error remains", fix.Lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(_scratch.Run("check", "facts").Lines, l => l.Contains("FG0013", StringComparison.Ordinal));
    }

    [Fact]
    public void AFactFileThatIsNotUtf8_IsNotRewritten()
    {
        MiniBase.Write(_scratch);
        var bytes = _scratch.Bytes("facts.yaml").ToList();
        var comment = Encoding.ASCII.GetBytes("# block style");
        var at = Enumerable.Range(0, bytes.Count).First(i => bytes.Skip(i).Take(comment.Length).SequenceEqual(comment));
        bytes.Insert(at + 2, 0xFF); // an invalid byte inside a comment: the file still parses
        _scratch.WriteBytes("facts.yaml", bytes.ToArray());

        var fix = _scratch.Run("fix", "facts");

        Assert.Equal(CliApp.Errors, fix.ExitCode);
        Assert.Contains(fix.Lines, l => l.EndsWith("error FG0013: not fixed: the file is not valid UTF-8, so it is not rewritten", StringComparison.Ordinal));
        Assert.Equal(bytes.ToArray(), _scratch.Bytes("facts.yaml"));
    }
}
