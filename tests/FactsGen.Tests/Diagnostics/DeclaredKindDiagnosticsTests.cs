using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>
/// FG0002..FG0013 for records of declared kinds (docs/fact-files.md §6), exactly as for the built-in kinds: same
/// messages, at the same nodes, with the declared kind's noun, fields and ids.
/// </summary>
public class DeclaredKindDiagnosticsTests
{
    private const string KindsPath = "/project/facts/kinds.yaml";

    private const string Kinds = """
        kinds:
          - id: events
            record: Event
            fields:
              - name: kind
                type: enum
                values: [coup, visit, talks]
                required: true
              - name: date
                type: date
              - name: strength
                type: quantity
              - name: actors
                type: ref actors
                list: true
                reverse: Events
                in-quote: false
              - name: description
                type: string
                required: true
          - id: statements
            record: Statement
            fields:
              - name: speaker
                type: ref actors
                required: true
                in-quote: false
              - name: event
                type: ref events
              - name: text
                type: string
                required: true
        """;

    private const string Records = """
        events:
          - id: july-coup
            kind: coup
            date: 2023-07-26
            actors: [wagner, united-states]
            description: The coup
            sources:
              - {article: a, line: 1, quote: "Wagner fighters"}
        statements:
          - id: us-says
            speaker: united-states
            event: july-coup
            text: Around a thousand
            sources:
              - {article: a, line: 2, quote: "around 1,000 military forces"}
        """;

    private static FactRun RunRecords(string records) => RunFiles((KindsPath, Kinds), (TestPath, records));

    [Fact]
    public void ValidRecordsHaveNoDiagnostics()
    {
        var run = RunRecords(Records);

        Assert.Empty(run.Diagnostics);
        Assert.True(run.Emits("Events", "JulyCoup"));
        Assert.True(run.Emits("Statements", "UsSays"));
    }

    [Fact]
    public void FG0002_MisspeltDeclaredSectionSuggestsIt()
    {
        var run = RunRecords(Records.With("statements:", "statments:"));

        run.Single()
            .AssertAt(run, "FG0002", 9, 1, "statments")
            .AssertMessage("Unknown section 'statments'; did you mean 'statements'?");
    }

    [Fact]
    public void FG0003_UnknownFieldSuggestsTheNearest()
    {
        var run = RunRecords(Records.With("date:", "dat:"));

        run.Single()
            .AssertAt(run, "FG0003", 4, 5, "dat")
            .AssertMessage("Unknown field 'dat' in event 'july-coup'; did you mean 'date'? Known fields: id, kind, date, strength, actors, description, sources, inferred");
        Assert.False(run.Emits("Events", "JulyCoup"));
    }

    [Fact]
    public void FG0004_RequiredFieldMissing()
    {
        var run = RunRecords(Records.With("    description: The coup\n", string.Empty));

        run.Single()
            .AssertAt(run, "FG0004", 2, 5, "id")
            .AssertMessage("Event 'july-coup' is missing required field 'description'; add 'description: …'");
    }

    [Fact]
    public void FG0004_RequiredReferenceMissing()
    {
        var run = RunRecords(Records.With("    speaker: united-states\n", string.Empty));

        run.Single()
            .AssertAt(run, "FG0004", 10, 5, "id")
            .AssertMessage("Statement 'us-says' is missing required field 'speaker'");
    }

    [Fact]
    public void FG0005_BadEnumValueSuggestsTheNearest()
    {
        var run = RunRecords(Records.With("kind: coup", "kind: cuop"));

        run.Single()
            .AssertAt(run, "FG0005", 3, 11, "cuop")
            .AssertMessage("Invalid 'kind': 'cuop' is not an event kind; did you mean 'coup'? Use one of: coup, visit, talks");
    }

    [Theory]
    [InlineData("2023-02-30", "'2023-02-30' is not a real date: February 2023 has no day 30")]
    [InlineData("July 2023", "'July 2023' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")]
    public void FG0005_BadDate(string value, string message)
    {
        var run = RunRecords(Records.With("date: 2023-07-26", "date: " + value));

        run.Single()
            .AssertAt(run, "FG0005", 4, 11, value)
            .AssertMessage("Invalid 'date': " + message);
    }

    [Fact]
    public void FG0005_BadQuantity()
    {
        var run = RunRecords(Records.With("date: 2023-07-26", "strength: 1,500"));

        run.Single()
            .AssertAt(run, "FG0005", 4, 15, "1,500")
            .AssertMessage("Invalid 'strength': '1,500' is not a quantity");
    }

    [Fact]
    public void FG0006_DuplicateIdNamesTheFirst()
    {
        var twin = Records.Substring(0, Records.IndexOf("statements:", StringComparison.Ordinal)) + Records.Substring("events:\n".Length, Records.IndexOf("statements:", StringComparison.Ordinal) - "events:\n".Length).With("The coup", "The same coup");
        var run = RunRecords(twin);

        run.Single()
            .AssertAt(run, "FG0006", 9, 9, "july-coup")
            .AssertMessage("Duplicate event id 'july-coup': it is first declared at test.yaml(2,9); ids must be unique within a kind");
    }

    [Fact]
    public void FG0006_SameIdInAnotherKindIsNoDuplicate()
    {
        var run = RunRecords(Records.With("id: us-says", "id: july-coup"));

        Assert.Empty(run.Diagnostics);
        Assert.True(run.Emits("Statements", "JulyCoup"));
    }

    [Fact]
    public void FG0007_ReferenceToAnUnknownDeclaredRecordSuggestsTheNearest()
    {
        var run = RunRecords(Records.With("event: july-coup", "event: july-cop"));

        run.Single()
            .AssertAt(run, "FG0007", 12, 12, "july-cop")
            .AssertMessage("'event' refers to event 'july-cop', which does not exist; did you mean 'july-coup'?");
    }

    [Fact]
    public void FG0007_ReferenceToARecordOfAnotherKindSaysWhatItIs()
    {
        var run = RunRecords(Records.With("event: july-coup", "event: wagner"));

        run.Single()
            .AssertAt(run, "FG0007", 12, 12, "wagner")
            .AssertMessage("'event' refers to event 'wagner', which does not exist; 'wagner' is an actor, not an event");
    }

    [Fact]
    public void FG0007_ReferenceToAnUnknownActor()
    {
        var run = RunRecords(Records.With("speaker: united-states", "speaker: united-state"));

        run.Single()
            .AssertAt(run, "FG0007", 11, 14, "united-state")
            .AssertMessage("'speaker' refers to actor 'united-state', which does not exist; did you mean 'united-states'?");
    }

    [Fact]
    public void FG0007_ListItemIsLocatedAtTheItem()
    {
        var run = RunRecords(Records.With("[wagner, united-states]", "[wagner, wagnr]"));

        run.Single()
            .AssertAt(run, "FG0007", 5, 22, "wagnr")
            .AssertMessage("'actors' refers to actor 'wagnr', which does not exist; did you mean 'wagner'?");
    }

    [Fact]
    public void FG0007_ReferenceToAStatementsEventInAnotherFile()
    {
        // The event is declared in another file: references are checked across the fact base.
        var events = Records.Substring(0, Records.IndexOf("statements:", StringComparison.Ordinal));
        var statements = Records.Substring(Records.IndexOf("statements:", StringComparison.Ordinal));
        var run = RunFiles((KindsPath, Kinds), (TestPath, statements), (OtherPath, events));

        Assert.Empty(run.Diagnostics);
        run = RunFiles((KindsPath, Kinds), (TestPath, statements.With("event: july-coup", "event: june-coup")), (OtherPath, events));
        run.Single()
            .AssertAt(run, "FG0007", 4, 12, "june-coup")
            .AssertMessage("'event' refers to event 'june-coup', which does not exist; did you mean 'july-coup'?");
    }

    [Fact]
    public void FG0008_TwoIdsWithOneCSharpName()
    {
        var events = Records.Substring(0, Records.IndexOf("statements:", StringComparison.Ordinal));
        var twin = events.With("id: july-coup", "id: coup-2023") + events.Substring("events:\n".Length).With("id: july-coup", "id: coup2023");
        var run = RunRecords(twin);

        run.Single()
            .AssertAt(run, "FG0008", 9, 9, "coup2023")
            .AssertMessage("Event id 'coup2023' becomes the C# name 'Coup2023', which is already the name of 'coup-2023' (test.yaml(2,9)); rename the id");
    }

    [Theory]
    [InlineData("all", "All")]
    [InlineData("try-get", "TryGet")]
    [InlineData("events", "Events")]
    public void FG0008_IdThatIsACatalogMember(string id, string name)
    {
        var run = RunRecords(Records.With("id: july-coup", "id: " + id).With("event: july-coup", "event: " + id));

        run.Single()
            .AssertAt(run, "FG0008", 2, 9, id)
            .AssertMessage($"Event id '{id}' becomes the C# name '{name}', which the catalog 'Events' already has as a member", "rename the id");
    }

    [Fact]
    public void FG0010_RecordWithoutCitations()
    {
        var run = RunRecords(Records.With("    sources:\n      - {article: a, line: 1, quote: \"Wagner fighters\"}\n", string.Empty));

        run.Single()
            .AssertAt(run, "FG0010", 2, 5, "id")
            .AssertMessage("Event 'july-coup' has no citations; add 'sources:' with at least one { article: …, line: …, quote: … }");
    }

    [Fact]
    public void FG0011_CitationOfAnUnknownArticle()
    {
        var run = RunRecords(Records.With("{article: a, line: 1,", "{article: b, line: 1,"));

        run.Single()
            .AssertAt(run, "FG0011", 8, 19, "b")
            .AssertMessage("Citation names unknown article 'b'");
    }

    [Fact]
    public void FG0012_CitedLineOutOfRange()
    {
        var run = RunRecords(Records.With("line: 2,", "line: 7,"));

        run.Single()
            .AssertAt(run, "FG0012", 15, 28, "7")
            .AssertMessage("Line 7 is out of range: article 'a' has 3 line(s); cite a line from 1 to 3");
    }

    [Fact]
    public void FG0013_QuoteOnAnotherLineNamesIt()
    {
        var run = RunRecords(Records.With("line: 2, quote: \"around 1,000 military forces\"", "line: 1, quote: \"around 1,000 military forces\""));

        run.Single()
            .AssertAt(run, "FG0013", 15, 28, "1")
            .AssertMessage("Quote not found on line 1 of article 'a'; it is on line 2: write 'line: 2'");
    }

    [Fact]
    public void FG0013_QuoteNotInTheArticle()
    {
        var run = RunRecords(Records.With("quote: \"Wagner fighters\"", "quote: \"Wagner mercenaries\""));

        run.Single()
            .AssertAt(run, "FG0013", 8, 38, "\"Wagner mercenaries\"")
            .AssertMessage("Quote not found on line 1 of article 'a'");
    }

    [Fact]
    public void InvalidRecordIsNotEmittedButItsIdStillResolves()
    {
        // One mistake, one diagnostic: the statement that names a broken event is not reported too.
        var run = RunRecords(Records.With("kind: coup", "kind: cuop"));

        run.Single("FG0005");
        run.AssertIds("FG0005");
        Assert.False(run.Emits("Events", "JulyCoup"));
    }
}
