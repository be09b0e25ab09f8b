using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>FG0001: YAML syntax error, located where the parser stopped.</summary>
public class FG0001_YamlSyntaxTests
{
    [Fact]
    public void UnterminatedQuotedValue()
    {
        var run = Run(ValidActor.With("name: Blinken", "name: \"Blinken"));

        // The scalar runs on to the next line, which is not indented enough for it: the parser's span
        // is the scalar up to there.
        run.Single()
            .AssertAt(run, "FG0001", 3, 11, "\"Blinken\n    ")
            .AssertMessage("YAML syntax error: While scanning a multi-line double-quoted scalar, found wrong indentation");
    }

    [Fact]
    public void MappingValueWhereNoneIsAllowed()
    {
        var run = Run(ValidActor.With("name: Blinken", "name: Antony: Blinken"));

        // The parser reports a point (an empty span) at the second colon.
        run.Single()
            .AssertAt(run, "FG0001", 3, 17, string.Empty)
            .AssertMessage("YAML syntax error: While scanning a plain scalar value, found invalid mapping");
    }

    [Fact]
    public void AliasToNoAnchorIsReportedAtTheAlias()
    {
        var run = Run(ValidActor.With("name: Blinken", "name: *blinken"));

        run.Single()
            .AssertAt(run, "FG0001", 3, 11, "*blinken")
            .AssertMessage("YAML syntax error: the alias *blinken refers to no anchor defined before it in this document");
    }

    [Fact]
    public void UnreadableFileIsReportedAtTheFileStart()
    {
        // The command-line compiler hands the generator a null text for a file it could not read.
        var run = RunAdditionalTexts([Text(ArticlePath, Article), Text(BasePath, BaseYaml), new NullText(TestPath)], (TestPath, string.Empty));

        run.Single()
            .AssertAt(run, "FG0001", 1, 1, string.Empty)
            .AssertMessage("the file could not be read");
    }

    [Fact]
    public void ErrorLateInAFileKeepsTheEarlierRecords()
    {
        var yaml = """
            actors:
              - id: early
                name: Wagner
                kind: person
                sources:
                  - {article: a, line: 1, quote: "Wagner fighters"}
              - id: late
                name: "Late
            """;
        var run = Run(yaml);

        run.Single()
            .AssertAt(run, "FG0001", 8, 11, "\"Late")
            .AssertMessage("YAML syntax error: While scanning a quoted scalar, found unexpected end of stream");

        // The complete record before the error is still generated; the cut one is not.
        Assert.True(run.Emits("Actors", "Early"));
        Assert.False(run.Emits("Actors", "Late"));
    }

    internal static AdditionalText Text(string path, string text) => new Infrastructure.InMemoryAdditionalText(path, text);

    private sealed class NullText(string path) : AdditionalText
    {
        public override string Path => path;

        public override SourceText? GetText(CancellationToken cancellationToken = default) => null;
    }
}
