using System.Collections.Immutable;
using System.Text.Json;
using FactsGen.Cli;
using FactsGen.Schema;
using FactsGen.Tooling.Schema;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace FactsGen.Cli.Tests;

/// <summary>
/// <c>factsgen check</c> on the real fact base and on broken copies of it, in a temp folder: exit codes,
/// the compiler's line format, JSON, and that its diagnostics are the generator's, id for id.
/// </summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly TempFolder _temp = new("cli-tests");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void RealFactBase_IsClean_ExitZero()
    {
        var run = Run(RepoPaths.Root, "check", "facts");

        Assert.Equal(CliApp.Clean, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        var lines = Lines(run.Stdout);
        Assert.Single(lines);
        Assert.Matches(@"^factsgen: \d+ fact files, 2 articles: no problems \(\d+ ms\)$", lines[0]);
    }

    [Fact]
    public void NoFolder_ChecksTheFactsFolder()
    {
        var broken = CopyFacts();
        Break(Path.Combine(broken, "deployments.yaml"), "certainty: estimated", "certainty: estimatd", "estimatd");

        var given = Run(_temp.Path, "check", "facts");
        var defaulted = Run(_temp.Path, "check");

        Assert.Equal(CliApp.Errors, defaulted.ExitCode);
        Assert.Equal(Lines(given.Stdout).SkipLast(1), Lines(defaulted.Stdout).SkipLast(1));
        Assert.Contains("error FG0005", defaulted.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void NoFolder_AndNoFactsFolder_IsAUsageError()
    {
        var run = Run(_temp.Path, "check");

        Assert.Equal(CliApp.Usage, run.ExitCode);
        Assert.Contains("folder 'facts' does not exist", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingArticleFile_IsReportedWithoutSpeakingOfABuild()
    {
        var facts = CopyFacts();
        Directory.Delete(Path.Combine(facts, "articles"), recursive: true);

        var run = Run(_temp.Path, "check", "facts");

        var missing = Lines(run.Stdout).Where(l => l.Contains("error FG0014", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(missing);
        Assert.All(missing, l => Assert.DoesNotContain("AdditionalFiles", l, StringComparison.Ordinal));
        Assert.All(missing, l => Assert.Contains("which is not in the fact base", l, StringComparison.Ordinal));
    }

    [Fact]
    public void BrokenCopy_ReportsTheFgIdFileLineAndColumn_ExitOne()
    {
        var facts = CopyFacts();
        var (line, column) = Break(Path.Combine(facts, "deployments.yaml"), "certainty: estimated", "certainty: estimatd", "estimatd");

        var run = Run(_temp.Path, "check", "facts");

        Assert.Equal(CliApp.Errors, run.ExitCode);
        var expected = $"{Path.Combine("facts", "deployments.yaml")}({line},{column}): error FG0005: Invalid 'certainty': 'estimatd' is not a certainty; did you mean 'estimated'?";
        Assert.Contains(Lines(run.Stdout), l => l.StartsWith(expected, StringComparison.Ordinal));
        Assert.EndsWith("1 error, 0 warnings", Lines(run.Stdout).Last().Split(" (")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void QuoteOnAnotherLine_IsFG0013_AtTheLineNumber()
    {
        var facts = CopyFacts();
        var path = Path.Combine(facts, "deployments.yaml");
        var (line, column) = Break(path, "line: 9, quote: \"It is estimated", "line: 7, quote: \"It is estimated", "7, quote");

        var run = Run(_temp.Path, "check", "facts");

        Assert.Equal(CliApp.Errors, run.ExitCode);
        Assert.Contains(
            $"{Path.Combine("facts", "deployments.yaml")}({line},{column}): error FG0013: Quote not found on line 7 of article 'blinken-bbc-wagner-niger-sanctions'; it is on line 9: write 'line: 9'",
            Lines(run.Stdout));
    }

    [Fact]
    public void WarningsOnly_ArePrinted_ButExitZero()
    {
        var facts = CopyFacts();
        File.WriteAllText(Path.Combine(facts, "articles", "extra.txt"), "An article nobody cites.\n");
        File.WriteAllText(Path.Combine(facts, "extra.yaml"), "articles:\n  - id: extra\n    file: articles/extra.txt\n");

        var run = Run(_temp.Path, "check", "facts");

        Assert.Equal(CliApp.Clean, run.ExitCode);
        Assert.Contains($"{Path.Combine("facts", "extra.yaml")}(2,9): warning FG0100: Article 'extra' is declared but never cited; cite it or remove it", Lines(run.Stdout));
    }

    [Fact]
    public void FolderOutsideTheCurrentDirectory_PrintsFullPaths()
    {
        var facts = CopyFacts();
        Break(Path.Combine(facts, "actors.yaml"), "id: antony-blinken\n", "id: Antony-Blinken\n", "Antony-Blinken");

        var run = Run(RepoPaths.Root, "check", facts);

        Assert.Equal(CliApp.Errors, run.ExitCode);
        Assert.Contains(Lines(run.Stdout), l => l.StartsWith(Path.Combine(facts, "actors.yaml") + "(", StringComparison.Ordinal) && l.Contains(": error FG0005: ", StringComparison.Ordinal));
    }

    [Fact]
    public void JsonFormat_IsOneJsonObject_WithTheDiagnostics()
    {
        var facts = CopyFacts();
        var (line, column) = Break(Path.Combine(facts, "deployments.yaml"), "certainty: estimated", "certainty: estimatd", "estimatd");

        foreach (var args in new[] { new[] { "check", "facts", "--format", "json" }, new[] { "check", "--format=json", "facts" } })
        {
            var run = Run(_temp.Path, args);

            Assert.Equal(CliApp.Errors, run.ExitCode);
            using var json = JsonDocument.Parse(run.Stdout);
            var root = json.RootElement;
            Assert.Equal(1, root.GetProperty("version").GetInt32());
            Assert.Equal(1, root.GetProperty("errors").GetInt32());
            Assert.Equal(0, root.GetProperty("warnings").GetInt32());
            Assert.Equal(2, root.GetProperty("articles").GetInt32());
            var diagnostic = Assert.Single(root.GetProperty("diagnostics").EnumerateArray());
            Assert.Equal("FG0005", diagnostic.GetProperty("id").GetString());
            Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
            Assert.Equal("Invalid value", diagnostic.GetProperty("title").GetString());
            Assert.StartsWith("Invalid 'certainty': 'estimatd'", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
            Assert.Equal(Path.Combine("facts", "deployments.yaml"), diagnostic.GetProperty("file").GetString());
            Assert.Equal(Path.Combine(facts, "deployments.yaml"), diagnostic.GetProperty("fullPath").GetString());
            Assert.Equal(line, diagnostic.GetProperty("line").GetInt32());
            Assert.Equal(column, diagnostic.GetProperty("column").GetInt32());
            Assert.Equal(line, diagnostic.GetProperty("endLine").GetInt32());
            Assert.Equal(column + "estimatd".Length, diagnostic.GetProperty("endColumn").GetInt32());
        }

        var clean = Run(RepoPaths.Root, "check", "facts", "--format", "json");
        Assert.Equal(CliApp.Clean, clean.ExitCode);
        using var cleanJson = JsonDocument.Parse(clean.Stdout);
        Assert.Equal(0, cleanJson.RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    public static TheoryData<string[]> UsageErrors() => new()
    {
        Array.Empty<string>(),
        new[] { "frobnicate" },
        new[] { "check", "no-such-folder" },
        new[] { "check", "facts/actors.yaml" },
        new[] { "check", "facts", "generator" },
        new[] { "check", "facts", "--format" },
        new[] { "check", "facts", "--format", "xml" },
        new[] { "check", "facts", "--verbose" },
        new[] { "schema", "--bogus" },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public void UsageErrors_ExitTwo_WithAMessageOnStderr(string[] args)
    {
        var run = Run(RepoPaths.Root, args);

        Assert.Equal(CliApp.Usage, run.ExitCode);
        Assert.StartsWith("factsgen: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Usage:", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void HelpAndVersion_ExitZero()
    {
        var help = Run(RepoPaths.Root, "--help");
        Assert.Equal(CliApp.Clean, help.ExitCode);
        foreach (var command in new[] { "check <folder>", "schema", "fix <folder>", "export <folder>" })
        {
            Assert.Contains(command, help.Stdout, StringComparison.Ordinal);
        }

        var version = Run(RepoPaths.Root, "--version");
        Assert.Equal(CliApp.Clean, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Stdout);
    }

    [Fact]
    public void Schema_PrintsOrWritesTheSchemaOfTheDescriptors()
    {
        var printed = Run(RepoPaths.Root, "schema");
        Assert.Equal(CliApp.Clean, printed.ExitCode);
        Assert.Equal(JsonSchemaWriter.Write(FactKinds.All, FactKinds.Enums), printed.Stdout);

        var written = Run(_temp.Path, "schema", "--output", "out");
        Directory.CreateDirectory(_temp.Combine("dir"));
        var intoFolder = Run(_temp.Path, "schema", "-o", "dir");
        Assert.Equal(CliApp.Clean, written.ExitCode);
        Assert.Equal(CliApp.Clean, intoFolder.ExitCode);
        Assert.Equal(JsonSchemaWriter.Write(FactKinds.All, FactKinds.Enums), File.ReadAllText(_temp.Combine("out")));
        Assert.Equal(JsonSchemaWriter.Write(FactKinds.All, FactKinds.Enums), File.ReadAllText(_temp.Combine("dir", JsonSchemaWriter.FileName)));
    }

    /// <summary>No second implementation: on a fact base broken in many ways, the checker says exactly what the generator says.</summary>
    [Fact]
    public void Diagnostics_AreTheGenerators_IdForIdAndMessageForMessage()
    {
        var facts = CopyFacts();
        Break(Path.Combine(facts, "deployments.yaml"), "certainty: estimated", "certainty: estimatd", "estimatd");
        Break(Path.Combine(facts, "deployments.yaml"), "line: 9, quote: \"It is estimated", "line: 7, quote: \"It is estimated", "7");
        Break(Path.Combine(facts, "sanctions.yaml"), "imposed-by: nigeria", "imposed-by: nigera", "nigera");
        Break(Path.Combine(facts, "actors.yaml"), "    role: \"US Secretary of State\"", "    rol: \"US Secretary of State\"", "rol");
        Break(Path.Combine(facts, "actors.yaml"), "line: 7, quote: \"Blinken was quoted as saying\"", "line: 7, quote: \"Blinken was quoted as stating\"", "\"Blinken was quoted as stating\"");
        File.WriteAllText(Path.Combine(facts, "more.yml"), "actors:\n  - {id: niger, name: Niger again, kind: state, sources: [{article: nope, line: 1, quote: q}]}\n  - {id: x, name: X, kind: state, sources: [{article: blinken-wagner-niger-coup, line: 999, quote: q}]}\n");
        File.WriteAllText(Path.Combine(facts, "articles", "uncited.txt"), "text\n");
        File.AppendAllText(Path.Combine(facts, "articles.yaml"), "  - {id: uncited, file: articles/uncited.txt}\n  - {id: gone, file: articles/gone.txt}\n");
        CheckerSaysWhatTheGeneratorSays(facts, ["FG0003", "FG0005", "FG0006", "FG0007", "FG0011", "FG0012", "FG0013", "FG0014", "FG0100"]);

        // A file that cannot be read to its end (FG0001) holds back what could be its echo elsewhere
        // (FG0007, FG0011, FG0100: the unread part may declare those ids and cite those articles).
        File.AppendAllText(Path.Combine(facts, "more.yml"), "foo: [\n");
        var ids = CheckerSaysWhatTheGeneratorSays(facts, ["FG0001", "FG0003", "FG0005", "FG0006", "FG0012", "FG0013", "FG0014"]);
        Assert.DoesNotContain(ids, d => d.StartsWith("FG0007 ", StringComparison.Ordinal) || d.StartsWith("FG0011 ", StringComparison.Ordinal) || d.StartsWith("FG0100 ", StringComparison.Ordinal));
    }

    private List<string> CheckerSaysWhatTheGeneratorSays(string facts, string[] expectedIds)
    {
        var run = Run(_temp.Path, "check", "facts", "--format", "json");
        using var json = JsonDocument.Parse(run.Stdout);
        var fromChecker = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{d.GetProperty("id").GetString()} {d.GetProperty("fullPath").GetString()}({d.GetProperty("line").GetInt32()},{d.GetProperty("column").GetInt32()}): {d.GetProperty("message").GetString()}")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
        var fromGenerator = GeneratorDiagnostics(facts)
            .Select(d => $"{d.Id} {d.Location.GetLineSpan().Path}({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1}): {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(CliApp.Errors, run.ExitCode);
        Assert.Equal(fromGenerator, fromChecker);
        foreach (var id in expectedIds)
        {
            Assert.Contains(fromChecker, d => d.StartsWith(id + " ", StringComparison.Ordinal));
        }

        return fromChecker;
    }

    [Fact]
    public void RealFactBase_IsCheckedInOnePass_EachFileReadAndParsedOnce()
    {
        // What a check on save costs, counted rather than timed (a time bound fails on a busy
        // machine): one read and one parse per fact file, one read per article, however many citations.
        var facts = FactsGen.Tooling.Files.FactBaseFolder.Load(RepoPaths.Facts);
        var analysis = facts.Analyze();

        var onDisk = Directory.EnumerateFiles(RepoPaths.Facts, "*", SearchOption.AllDirectories).Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal)).ToList();
        Assert.Equal(onDisk.Order(StringComparer.Ordinal), facts.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.Equal(onDisk.Count(p => p.EndsWith(".yaml", StringComparison.Ordinal)), analysis.FactFiles.Count);
        Assert.Equal(onDisk.Count(p => p.EndsWith(".txt", StringComparison.Ordinal)), analysis.Articles.Count);
        Assert.Equal(CliApp.Clean, Run(RepoPaths.Root, "check", "facts").ExitCode);
    }

    /// <summary>The built tool, as a user runs it: a process, its exit code and its stdout.</summary>
    [Fact]
    public async System.Threading.Tasks.Task BuiltTool_RunsAsAProcess()
    {
        var facts = CopyFacts();
        var (line, column) = Break(Path.Combine(facts, "deployments.yaml"), "certainty: estimated", "certainty: estimatd", "estimatd");

        var run = await ProcessRunner.RunAsync(ProcessRunner.DotNetHost, _temp.Path, null, TimeSpan.FromMinutes(1), ProcessRunner.BuiltTool, "check", "facts");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        Assert.StartsWith($"{Path.Combine("facts", "deployments.yaml")}({line},{column}): error FG0005: ", run.Stdout, StringComparison.Ordinal);
    }

    private sealed record CliRun(int ExitCode, string Stdout, string Stderr);

    private static CliRun Run(string currentDirectory, params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var exit = CliApp.Run(args, stdout, stderr, currentDirectory);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    private static List<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();

    private string CopyFacts() => _temp.CopyFrom(RepoPaths.Facts, "facts");

    /// <summary>Replaces the one occurrence of <paramref name="from"/>; gives the 1-based line and column of <paramref name="at"/> in the new text.</summary>
    private static (int Line, int Column) Break(string path, string from, string to, string at)
    {
        var text = File.ReadAllText(path);
        var index = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(index >= 0 && text.IndexOf(from, index + 1, StringComparison.Ordinal) < 0, $"'{from}' is not in {Path.GetFileName(path)} exactly once");
        text = text.Substring(0, index) + to + text.Substring(index + from.Length);
        File.WriteAllText(path, text);
        var position = text.IndexOf(at, index, StringComparison.Ordinal);
        var line = text.Take(position).Count(c => c == '\n') + 1;
        var column = position - text.LastIndexOf('\n', position - 1);
        return (line, column);
    }

    /// <summary>The generator itself, run by Roslyn's driver over the same files as AdditionalFiles.</summary>
    private static ImmutableArray<Diagnostic> GeneratorDiagnostics(string folder)
    {
        var texts = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".yml", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal))
            .Select(p => (AdditionalText)new FileText(p))
            .ToImmutableArray();
        var compilation = CSharpCompilation.Create("Consumer", options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var driver = CSharpGeneratorDriver.Create(new[] { new FactsGenerator().AsSourceGenerator() }, texts);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);
        return diagnostics;
    }

    private sealed class FileText(string path) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) =>
            SourceText.From(File.ReadAllText(path), System.Text.Encoding.UTF8);
    }
}
