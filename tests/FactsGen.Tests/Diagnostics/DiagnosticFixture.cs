using System.Globalization;
using FactsGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactsGen.Tests.Diagnostics;

/// <summary>
/// A tiny valid fact base (one article of three lines, two actors citing it) plus the one fact file
/// a test writes, <see cref="TestPath"/>. Every run asserts that the generator did not crash and that
/// the generated code compiles with zero errors and zero warnings, whatever the input: bad input must
/// never produce broken C#.
/// </summary>
internal static class DiagnosticFixture
{
    public const string ArticlePath = "/project/facts/articles/a.txt";
    public const string BasePath = "/project/facts/base.yaml";
    public const string TestPath = "/project/facts/test.yaml";
    public const string OtherPath = "/project/facts/zz-other.yaml";

    /// <summary>Three lines, no trailing line break.</summary>
    public const string Article =
        "Wagner fighters are in Mali, the article says.\n" +
        "The US has around 1,000 military forces in Niger.\n" +
        "Blinken spoke to the BBC on Tuesday.";

    /// <summary>Declares article <c>a</c> and actors <c>wagner</c> and <c>united-states</c>; on its own it has no diagnostics.</summary>
    public const string BaseYaml = """
        articles:
          - id: a
            file: articles/a.txt
        actors:
          - id: wagner
            name: Wagner
            kind: armed-group
            sources:
              - {article: a, line: 1, quote: "Wagner fighters"}
          - id: united-states
            name: United States
            kind: state
            aliases: [US]
            sources:
              - {article: a, line: 2, quote: "The US has around 1,000"}
        """;

    /// <summary>A valid actor record to mutate: replace a line of it to make one mistake.</summary>
    public const string ValidActor = """
        actors:
          - id: blinken
            name: Blinken
            kind: person
            country: US
            sources:
              - {article: a, line: 3, quote: "Blinken spoke to the BBC"}
        """;

    /// <summary>
    /// Runs the generator over one article with the given text, declared in <see cref="TestPath"/> as
    /// <c>a</c> and cited once on line 10, columns 28 (line number) and 38 (quote), as in <see cref="ValidActor"/>.
    /// </summary>
    public static FactRun RunArticle(string article, string line, string quote) =>
        RunExactly((ArticlePath, article), (TestPath, $$"""
            articles:
              - id: a
                file: articles/a.txt
            actors:
              - id: blinken
                name: Antony Blinken
                kind: person
                inferred: {name: "these tests cite any line; only the quote check is under test"}
                sources:
                  - {article: a, line: {{line}}, quote: {{quote}}}
            """));

    /// <summary>Runs the generator over the base, the article and <paramref name="testYaml"/> at <see cref="TestPath"/>.</summary>
    public static FactRun Run(string testYaml) => RunFiles((TestPath, testYaml));

    /// <summary>Runs the generator over the base, the article and the given extra files.</summary>
    public static FactRun RunFiles(params (string Path, string Text)[] files) =>
        RunExactly([(ArticlePath, Article), (BasePath, BaseYaml), .. files]);

    /// <summary>Runs the generator over exactly the given files (no base, no article).</summary>
    public static FactRun RunExactly(params (string Path, string Text)[] files) =>
        Check(GeneratorHarness.Run(files), files);

    public static FactRun RunAdditionalTexts(IReadOnlyList<AdditionalText> texts, params (string Path, string Text)[] files) =>
        Check(GeneratorHarness.Run(texts), files);

    private static FactRun Check(GeneratorRun run, (string Path, string Text)[] files)
    {
        // The generator never crashes (a CS8785 would be listed here) and reports only its own ids.
        Assert.All(run.Diagnostics, d => Assert.StartsWith("FG", d.Id, StringComparison.Ordinal));

        // Bad input never produces broken C#: zero errors, zero warnings, nullable on, docs checked.
        Assert.Empty(run.CompilationProblems);
        return new FactRun(run, files.GroupBy(f => f.Path).ToDictionary(g => g.Key, g => g.Last().Text));
    }

    /// <summary>Replaces exactly one occurrence of <paramref name="oldText"/>.</summary>
    public static string With(this string yaml, string oldText, string newText)
    {
        var at = yaml.IndexOf(oldText, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{oldText}' is not in the YAML");
        Assert.True(yaml.IndexOf(oldText, at + 1, StringComparison.Ordinal) < 0, $"'{oldText}' is in the YAML more than once");
        return yaml.Substring(0, at) + newText + yaml.Substring(at + oldText.Length);
    }

    /// <summary>
    /// Asserts a diagnostic's id, severity, file, 1-based start line and column, and that its span is
    /// exactly <paramref name="spanText"/> (the offending node, no more, no less), with the line span
    /// and the text span agreeing.
    /// </summary>
    public static Diagnostic AssertAt(
        this Diagnostic diagnostic,
        FactRun run,
        string id,
        int line,
        int column,
        string spanText,
        string path = TestPath,
        DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(severity, diagnostic.DefaultSeverity);

        // The harness compiles with warnings as errors, which applies to generator warnings too.
        Assert.Equal(severity == DiagnosticSeverity.Warning ? DiagnosticSeverity.Error : severity, diagnostic.Severity);
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
        var lineSpan = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, lineSpan.Path);
        Assert.Equal((line, column), (lineSpan.StartLinePosition.Line + 1, lineSpan.StartLinePosition.Character + 1));

        var source = SourceText.From(run.Files[path]);
        var span = diagnostic.Location.SourceSpan;
        Assert.True(span.End <= source.Length, $"span {span} runs past the end of {path} ({source.Length} chars)");
        Assert.Equal(spanText, source.ToString(span));
        Assert.Equal(source.Lines.GetLinePositionSpan(span), lineSpan.Span);
        return diagnostic;
    }

    /// <summary>Asserts the message contains each part (the fix it names, the value at fault, ...).</summary>
    public static Diagnostic AssertMessage(this Diagnostic diagnostic, params string[] parts)
    {
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        foreach (var part in parts)
        {
            Assert.Contains(part, message, StringComparison.Ordinal);
        }

        return diagnostic;
    }

    /// <summary>Asserts the message does not contain <paramref name="part"/>.</summary>
    public static Diagnostic AssertMessageLacks(this Diagnostic diagnostic, string part)
    {
        Assert.DoesNotContain(part, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return diagnostic;
    }
}

/// <summary>A generator run together with the files it read, to check spans against their text.</summary>
internal sealed record FactRun(GeneratorRun Run, IReadOnlyDictionary<string, string> Files)
{
    public IReadOnlyList<Diagnostic> Diagnostics => Run.Diagnostics;

    /// <summary>The only diagnostic of the run (fails, listing them, if there are none or several).</summary>
    public Diagnostic Single()
    {
        Assert.True(Diagnostics.Count == 1, $"expected exactly one diagnostic, got {Diagnostics.Count}:\n{string.Join("\n", Diagnostics)}");
        return Diagnostics[0];
    }

    /// <summary>The only diagnostic with this id (fails if there are none or several).</summary>
    public Diagnostic Single(string id)
    {
        var matches = Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matches.Count == 1, $"expected exactly one {id}, got {matches.Count}:\n{string.Join("\n", Diagnostics)}");
        return matches[0];
    }

    /// <summary>Asserts the run has exactly these ids, in place order.</summary>
    public void AssertIds(params string[] ids) =>
        Assert.True(ids.SequenceEqual(Diagnostics.Select(d => d.Id)), $"expected [{string.Join(", ", ids)}], got:\n{string.Join("\n", Diagnostics)}");

    /// <summary>Whether the generated sources declare a catalog property with this name.</summary>
    public bool Emits(string catalog, string member) =>
        Run.Result.Results.Single().GeneratedSources.Any(s =>
            s.SourceText.ToString().Contains($"public static partial class {catalog}", StringComparison.Ordinal) &&
            s.SourceText.ToString().Contains($" {member} => ", StringComparison.Ordinal));
}
