using System.Globalization;
using System.Text;
using FactsGen.FuzzTests.Fuzzing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactsGen.FuzzTests;

/// <summary>
/// Errors an editor can act on (issue 3 §4), checked on the real fact base: one mistake of each kind
/// gives exactly one diagnostic in the whole base (no cascade onto the records that reference the
/// broken one, none onto citations of a missing article file, none after a syntax error), at a span
/// that covers the offending node, with a message that says what is wrong and how to fix it
/// (did-you-mean for unknown sections, fields, enum values, references and articles; the closest
/// passage for a misquote). The fuzz oracle checks the "how to fix" and span rules on every input too.
/// </summary>
public class EditorErrorTests
{
    public static TheoryData<string> Mistakes() => new(Cases.Keys);

    /// <summary>Each case: which file to edit, the edit, and what the one diagnostic must be.</summary>
    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["syntax error mid-file"] = new("facts/actors.yaml", "    name: \"Victoria Nuland\"", "    name: \"Victoria Nuland", "FG0001", "\"", ["YAML syntax error", "close its quote mark"]),
        // A section no kind refers to (events refer to sanctions: misspelling those also leaves the references unresolved).
        ["unknown section"] = new("facts/statements.yaml", "\nstatements:", "\nstatments:", "FG0002", "statments", ["Unknown section 'statments'; did you mean 'statements'?"]),
        ["invalid kind declaration"] = new("facts/kinds.yaml", "        type: ref events", "        type: ref evnts", "FG0016", "ref evnts", ["Invalid kind declaration: 'ref evnts' names no kind; did you mean 'events'?"]),
        ["unknown field"] = new("facts/actors.yaml", "    role: \"US Deputy Secretary of State\"", "    rol: \"US Deputy Secretary of State\"", "FG0003", "rol", ["Unknown field 'rol' in actor 'victoria-nuland'; did you mean 'role'?", "Known fields: id, name, kind"]),
        ["missing field"] = new("facts/actors.yaml", "  - id: wagner\n    name: \"Wagner Group\"\n", "  - id: wagner\n", "FG0004", "id", ["Actor 'wagner' is missing required field 'name'; add 'name: …'"]),
        ["bad enum value of a referenced actor"] = new("facts/actors.yaml", "  - id: wagner\n    name: \"Wagner Group\"\n    kind: armed-group", "  - id: wagner\n    name: \"Wagner Group\"\n    kind: armed group", "FG0005", "armed group", ["'armed group' is not an actor kind; did you mean 'armed-group'?", "Use one of: person, state"]),
        ["bad country"] = new("facts/actors.yaml", "  - id: wagner\n    name: \"Wagner Group\"\n    kind: armed-group\n    role: \"Russian mercenary group\"\n    country: RU", "  - id: wagner\n    name: \"Wagner Group\"\n    kind: armed-group\n    role: \"Russian mercenary group\"\n    country: ru", "FG0005", "ru", ["'ru' must be upper case: write 'RU'"]),
        ["bad date"] = new("facts/articles.yaml", "published: 2023-08-09", "published: 2023-02-30", "FG0005", "2023-02-30", ["February 2023 has no day 30; write a day from 01 to 28"]),
        ["duplicate id"] = new("facts/deployments.yaml", "  - id: france-niger", "  - id: us-niger", "FG0006", "us-niger", ["Duplicate deployment id 'us-niger': it is first declared at deployments.yaml(", "rename or remove one"]),
        ["unknown reference"] = new("facts/deployments.yaml", "    actor: france\n", "    actor: frnace\n", "FG0007", "frnace", ["'actor' refers to actor 'frnace', which does not exist; did you mean 'france'?"]),
        ["unknown reference, nothing near"] = new("facts/deployments.yaml", "    actor: france\n", "    actor: atlantis\n", "FG0007", "atlantis", ["refers to actor 'atlantis', which does not exist; declare an actor with this id, or fix the reference"]),
        ["reserved name"] = new("facts/deployments.yaml", "  - id: france-niger", "  - id: all", "FG0008", "all", ["Deployment id 'all' becomes the C# name 'All'", "rename the id"]),
        ["duplicate key"] = new("facts/deployments.yaml", "    actor: france\n", "    actor: france\n    actor: france\n", "FG0009", "actor", ["Duplicate key 'actor' in one mapping", "keep only one"]),
        ["no citations"] = new("facts/deployments.yaml", "    sources:\n      - {article: blinken-wagner-niger-coup, line: 5, quote: \"France also has 1,500 military personnel in the newly military-controlled country\"}", "    sources: []", "FG0010", "sources", ["Deployment 'france-niger' has no citations; add 'sources:'"]),
        ["unknown article"] = new("facts/deployments.yaml", "{article: blinken-wagner-niger-coup, line: 5, quote: \"France", "{article: blinken-wagner-niger-cop, line: 5, quote: \"France", "FG0011", "blinken-wagner-niger-cop", ["unknown article 'blinken-wagner-niger-cop'; did you mean 'blinken-wagner-niger-coup'?"]),
        ["line out of range"] = new("facts/deployments.yaml", "line: 5, quote: \"France", "line: 500, quote: \"France", "FG0012", "500", ["Line 500 is out of range: article 'blinken-wagner-niger-coup' has", "cite a line from 1 to"]),
        ["quote on another line"] = new("facts/deployments.yaml", "line: 5, quote: \"France", "line: 4, quote: \"France", "FG0013", "4", ["Quote not found on line 4 of article 'blinken-wagner-niger-coup'; it is on line 5: write 'line: 5'"]),
        ["misquote with a typo of the source"] = new("facts/actors.yaml", "talks with coup leaders in NIger'", "talks with coup leaders in Niger'", "FG0013", "'US Deputy Secretary of State Victoria Nuland held \"difficult and frank\" talks with coup leaders in Niger'", ["the closest passage is on line 11: \"US Deputy Secretary of State Victoria Nuland held \"difficult and frank\" talks with coup leaders in NIger\" (check case, spelling and punctuation)"]),
        ["article file missing"] = new("facts/articles.yaml", "file: articles/000_2f8952a31158ad31.txt", "file: articles/000_2f8952a31158ad3.txt", "FG0014", "articles/000_2f8952a31158ad3.txt", ["names file 'articles/000_2f8952a31158ad3.txt', which is not in the fact base", "did you mean '000_2f8952a31158ad31.txt'?"]),
        ["unknown type in a kind declaration"] = new("facts/kinds.yaml", "      - name: location\n        type: string", "      - name: location\n        type: strng", "FG0016", "strng", ["Invalid kind declaration: unknown type 'strng'; did you mean 'string'?"]),
        ["alias bomb"] = new("facts/actors.yaml", "    aliases: [\"Wagner\", \"the mercenary group\"]\n", "    aliases: [&a [a, a, a, a, a, a, a, a, a, a], &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a], &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b], &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c], &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d], [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]]\n", "FG0015", "*d", ["Refused: aliases that expand to more than 100,000 nodes; split the file or simplify it"]),
        ["value in none of its quotes"] = new("facts/deployments.yaml", "    strength: 1500\n", "    strength: 1600\n", "FG0017", "1600", ["'strength: 1600' is in none of this record's quotes: none mentions 1600", "or list the field under 'inferred' with the reason"]),
        ["two claims with one value"] = new("facts/deployments.yaml", "    strength: 1500\n", "    strength:\n      claims:\n        - {value: 1500, sources: [{article: blinken-wagner-niger-coup, line: 5, quote: \"France also has 1,500\"}]}\n        - {value: 1500, sources: [{article: blinken-wagner-niger-coup, line: 5, quote: \"1,500 military personnel\"}]}\n", "FG0018", "1500", ["Invalid claims: claim 2 of 'strength' has the same value as claim 1", "move its sources there and remove this one"]),
        ["stated over a hedging quote"] = new("facts/deployments.yaml", "    certainty: estimated\n", "    certainty: stated\n", "FG0101", "stated", ["a quote says 'estimated': certainty 'stated' overstates it; write 'certainty: estimated'"]),
        ["inferred but quoted"] = new("facts/deployments.yaml", "    strength: 1500\n", "    strength: 1500\n    inferred: {strength: \"the article says so\"}\n", "FG0102", "strength", ["'strength' is listed under 'inferred', but this record's quotes say it", "remove it from 'inferred'"]),
        ["uncited article"] = new("facts/articles.yaml", "articles:\n", "articles:\n  - id: spare\n    file: articles/000_2f8952a31158ad31.txt\n", "FG0100", "spare", ["Article 'spare' is declared but never cited; cite it or remove it"]),
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void OneMistakeGivesOneActionableDiagnosticAtTheNode(string mistake)
    {
        var c = Cases[mistake];
        var file = FactBase.Real.Files.Single(f => f.Path == c.File);
        var text = file.Text;
        var at = text.IndexOf(c.Find, StringComparison.Ordinal);
        Assert.True(at >= 0 && text.IndexOf(c.Find, at + 1, StringComparison.Ordinal) < 0, $"'{c.Find}' is not once in {c.File}");
        var edited = text.Substring(0, at) + c.Replace + text.Substring(at + c.Find.Length);
        var factBase = FactBase.Real.With(FactFile.FromText(c.File, edited));

        var problem = FuzzLoop.RunOne(factBase, out var run);
        Assert.True(problem is null, problem);
        var diagnostics = run!.Diagnostics;

        // One root cause, one diagnostic, in the whole fact base.
        Assert.True(diagnostics.Count == 1, $"{mistake}: expected one diagnostic, got:\n{run.DiagnosticsText}");
        var diagnostic = diagnostics[0];
        Assert.Equal(c.Id, diagnostic.Id);
        Assert.Equal(FactBase.ProjectDir + c.File, diagnostic.Location.GetLineSpan().Path);

        // The span is the offending node, and the line and column the editor shows are where it starts.
        var source = SourceText.From(edited);
        var span = diagnostic.Location.SourceSpan;
        if (c.Id == "FG0001")
        {
            // A syntax error starts at the token that is wrong (here the quote never closed).
            Assert.StartsWith(c.Span, source.ToString(span), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(c.Span, source.ToString(span));
        }

        Assert.Equal(source.Lines.GetLinePositionSpan(span), diagnostic.Location.GetLineSpan().Span);

        // What is wrong, and how to fix it.
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        foreach (var part in c.Message)
        {
            Assert.Contains(part, message, StringComparison.Ordinal);
        }
    }

    /// <summary>All the cases cover every FG id but the internal fault.</summary>
    [Fact]
    public void EveryDiagnosticIdIsCovered()
    {
        var ids = FactsGen.Diagnostics.DiagnosticDescriptors.All.Select(d => d.Id).Where(id => id != "FG9999");
        Assert.Empty(ids.Except(Cases.Values.Select(c => c.Id)));
    }

    /// <summary>
    /// A record broken in each possible way is still declared: the many deployments and sanctions that
    /// reference 'wagner' and 'niger' report nothing, only the one mistake does.
    /// </summary>
    [Theory]
    [InlineData("    kind: armed-group\n", "    kind: 42\n")]
    [InlineData("    kind: armed-group\n", "    kind: [armed-group]\n")]
    [InlineData("    kind: armed-group\n", "    kind: armed-group\n    colour: red\n")]
    [InlineData("    kind: armed-group\n", "    kind: armed-group\n    kind: person\n")]
    [InlineData("    kind: armed-group\n", "")]
    [InlineData("    affiliated-with: [russia]\n    sources:\n      - {article: blinken-wagner-niger-coup, line: 1, quote: \"accused", "    affiliated-with: [russia]\n    sources:\n      - {article: blinken-wagner-niger-coup, line: one, quote: \"accused")]
    public void ABrokenRecordDoesNotCascade(string find, string replace)
    {
        var text = FactBase.Real.Files.Single(f => f.Path == "facts/actors.yaml").Text;
        var wagner = text.IndexOf("  - id: wagner\n", StringComparison.Ordinal);
        var at = text.IndexOf(find, wagner, StringComparison.Ordinal);
        var edited = text.Substring(0, at) + replace + text.Substring(at + find.Length);
        var run = GeneratorOracle.Run(FactBase.Real.With(FactFile.FromText("facts/actors.yaml", edited)).ToAdditionalTexts());
        Assert.True(run.Diagnostics.Count == 1, $"expected one diagnostic, got:\n{run.DiagnosticsText}");
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "FG0007");
    }

    /// <summary>
    /// The closest passage is found across the article, not only on the cited line, and names its line:
    /// line 2 says "the coup leaders in Niger", line 11 "talks with coup leaders in NIger" (the source's typo).
    /// The misquote still names Nuland and the US, so the values it supports (docs/fact-files.md §12) stay supported.
    /// </summary>
    [Fact]
    public void ClosestPassageNamesItsLineWhenTheCitedLineIsWrongToo()
    {
        var text = FactBase.Real.Files.Single(f => f.Path == "facts/actors.yaml").Text;
        var edited = text.Replace("{article: blinken-wagner-niger-coup, line: 11, quote: 'US Deputy Secretary of State Victoria Nuland held \"difficult and frank\" talks with coup leaders in NIger'}", "{article: blinken-wagner-niger-coup, line: 2, quote: 'US Deputy Secretary of State Victoria Nuland held \"difficult and frank\" talks with coup leaders in Niger'}", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);
        var run = GeneratorOracle.Run(FactBase.Real.With(FactFile.FromText("facts/actors.yaml", edited)).ToAdditionalTexts());
        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("Quote not found on line 2 of article 'blinken-wagner-niger-coup'; the closest passage is on line 11: \"US Deputy Secretary of State Victoria Nuland held \"difficult and frank\" talks with coup leaders in NIger\" (check case, spelling and punctuation)", diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    private sealed record Case(string File, string Find, string Replace, string Id, string Span, string[] Message);
}
