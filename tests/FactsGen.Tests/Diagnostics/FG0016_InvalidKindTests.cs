using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>
/// FG0016: an invalid kind declaration (docs/fact-files.md §6), one test per rule, each at the offending node with
/// the rule and, for a name, the nearest valid one; and "one mistake, one diagnostic": a broken kind
/// silences its records and the kinds that refer to it.
/// </summary>
public class FG0016_InvalidKindTests
{
    /// <summary>A valid declaration (lines 1-18) to break one line at a time.</summary>
    private const string Kinds = """
        kinds:
          - id: events
            record: Event
            summary: "{kind}[ on {date}]"
            fields:
              - name: kind
                type: enum
                values: [coup, visit]
                default: coup
              - name: date
                type: date
              - name: actors
                type: ref actors
                list: true
                reverse: Events
              - name: cause
                type: ref events
                reverse: Consequences
        """;

    /// <summary>Records of <see cref="Kinds"/>, from line 19 when appended to it.</summary>
    private const string Records = """

        events:
          - id: coup
            kind: coup
            date: 2023-07-26
            actors: [wagner]
            sources:
              - {article: a, line: 1, quote: "Wagner fighters"}
        """;

    /// <summary>Records of <see cref="Kinds"/> with every kind of mistake a record can make: a broken kind must report none of them.</summary>
    private const string BadRecords = """

        events:
          - id: coup
            kind: cuop
            date: 2023-13-45
            colour: green
            actors: [wagnr]
            sources:
              - {article: a, line: 1, quote: "not in the article"}
          - id: coup
            kind: visit
            sources:
              - {article: a, line: 1, quote: "Wagner fighters"}
          - id: no-sources
            kind: visit
          - id: bad-article
            sources:
              - {article: nope, line: 1, quote: "Wagner fighters"}
          - id: Bad Id
            kind: visit
            sources:
              - {article: a, line: 1, quote: "Wagner fighters"}
        """;

    private const string Valid = Kinds + Records;

    private static FactRun RunKinds(string yaml) => Run(yaml);

    [Fact]
    public void ValidDeclarationHasNoDiagnostics()
    {
        var run = RunKinds(Valid);

        Assert.Empty(run.Diagnostics);
        Assert.True(run.Emits("Events", "Coup"));
    }

    [Fact]
    public void InQuoteOnATypeAQuoteCannotContain()
    {
        var run = RunKinds(Valid.With("        type: date\n", "        type: date\n        in-quote: true\n"));

        run.Single()
            .AssertAt(run, "FG0016", 12, 19, "true")
            .AssertMessage("Invalid kind declaration: 'in-quote: true' is only for types string, quantity and ref, and this field's type is 'date': a quote is not checked for it; remove 'in-quote'");
        Assert.False(run.Emits("Events", "Coup"));
    }

    [Fact]
    public void InQuoteOnAReferenceToAKindWithoutAName()
    {
        var run = RunKinds(Valid.With("reverse: Consequences", "reverse: Consequences\n        in-quote: true"));

        run.Single()
            .AssertAt(run, "FG0016", 19, 19, "true")
            .AssertMessage("Invalid kind declaration: 'in-quote: true' on 'ref events' needs a 'name' field in kind 'events' to look for in the quotes, and it has none; remove 'in-quote' or give 'events' a 'name' field");
        Assert.False(run.Emits("Events", "Coup"));
    }

    [Fact]
    public void InvalidRecordName()
    {
        var run = RunKinds(Valid.With("record: Event", "record: press-event"));

        run.Single()
            .AssertAt(run, "FG0016", 3, 13, "press-event")
            .AssertMessage("Invalid kind declaration: the record name 'press-event' is not a valid C# type name for a record: write it as ^[A-Z][A-Za-z0-9]*$, e.g. 'PressEvent'");
        Assert.False(run.Emits("Events", "Coup"));
    }

    [Theory]
    [InlineData("Actor", "a generated type of the built-in kind 'actors'")]
    [InlineData("Deployments", "a generated type of the built-in kind 'deployments'")]
    [InlineData("ActorId", "a generated type of the built-in kind 'actors'")]
    [InlineData("Article", "a generated type of the built-in kind 'articles'")]
    [InlineData("Deployment", "a generated type of the built-in kind 'deployments'")]
    [InlineData("Sanction", "a generated type of the built-in kind 'sanctions'")]
    [InlineData("PartialDate", "a generated type")]
    [InlineData("Quantity", "a generated type")]
    [InlineData("Citation", "a generated type")]
    [InlineData("Provenance", "a generated type")]
    [InlineData("ProvenanceAttribute", "a generated type")]
    [InlineData("ICitedFact", "a generated type")]
    [InlineData("ActorKind", "a built-in enum")]
    [InlineData("Certainty", "a built-in enum")]
    [InlineData("SanctionInstrument", "a built-in enum")]
    [InlineData("CertaintyExtensions", "a built-in enum's helpers")]
    [InlineData("DatePrecision", "a generated type")]
    [InlineData("Claim", "a generated type")] // v3, docs/fact-files.md §14
    [InlineData("ClaimRank", "a generated type")] // v3, docs/fact-files.md §14
    [InlineData("Inference", "a generated type")] // v3, docs/fact-files.md §13
    public void RecordNameCollidingWithABuiltInGeneratedType(string record, string owner)
    {
        var run = RunKinds(Valid.With("record: Event", "record: " + record));

        run.Single()
            .AssertAt(run, "FG0016", 3, 13, record)
            .AssertMessage($"Invalid kind declaration: kind 'events' would generate the type '{record}' (its record), which is already {owner}; choose another record name, e.g. '{record}Fact'");
        Assert.False(run.Emits("Events", "Coup"));
    }

    [Fact]
    public void RecordNameCollidingWithAnotherDeclaredKindsRecord()
    {
        var other = """
            kinds:
              - id: happenings
                record: Event
                fields:
                  - name: what
                    type: string
            """;
        var run = RunFiles((TestPath, Valid), (OtherPath, other));

        // The first declared (test.yaml before zz-other.yaml) keeps its name and its records.
        run.Single()
            .AssertAt(run, "FG0016", 3, 13, "Event", OtherPath)
            .AssertMessage("kind 'happenings' would generate the type 'Event' (its record), which is already a generated type of kind 'events'; choose another record name");
        Assert.True(run.Emits("Events", "Coup"));
    }

    [Fact]
    public void RecordNameWhoseIdCollidesWithAnotherDeclaredKindsRecord()
    {
        var other = """
            kinds:
              - id: event-ids
                record: EventId
                fields:
                  - name: what
                    type: string
            """;
        var run = RunFiles((TestPath, Valid), (OtherPath, other));

        run.Single()
            .AssertAt(run, "FG0016", 3, 13, "EventId", OtherPath)
            .AssertMessage("kind 'event-ids' would generate the type 'EventId' (its record), which is already a generated type of kind 'events'");

        // And the other way round: a record whose strong id is a record that an earlier kind declared.
        var earlier = """
            kinds:
              - id: event-ids
                record: EventId
                fields:
                  - name: what
                    type: string
            """;
        run = RunFiles(("/project/facts/aa-ids.yaml", earlier), (TestPath, Valid));

        run.Single()
            .AssertAt(run, "FG0016", 3, 13, "Event")
            .AssertMessage("kind 'events' would generate the type 'EventId' (its id), which is already a generated type of kind 'event-ids'; choose another record name");
        Assert.False(run.Emits("Events", "Coup"));
    }

    [Fact]
    public void KindIdWhoseCatalogCollidesWithAnotherDeclaredKindsRecord()
    {
        var other = """
            kinds:
              - id: event
                record: Occurrence
                fields:
                  - name: what
                    type: string
            """;
        var run = RunFiles((TestPath, Valid), (OtherPath, other));

        run.Single()
            .AssertAt(run, "FG0016", 2, 9, "event", OtherPath)
            .AssertMessage("kind 'event' would generate the type 'Event' (its catalog), which is already a generated type of kind 'events'; choose another kind id");
    }

    [Fact]
    public void KindIdWhoseCatalogCollidesWithABuiltInType()
    {
        var run = RunKinds(Kinds.With("id: events", "id: partial-date").With("ref events", "ref partial-date"));

        run.Single()
            .AssertAt(run, "FG0016", 2, 9, "partial-date")
            .AssertMessage("kind 'partial-date' would generate the type 'PartialDate' (its catalog), which is already a generated type; choose another kind id");
    }

    [Theory]
    [InlineData("all", "All")]
    [InlineData("get", "Get")]
    [InlineData("try-get", "TryGet")]
    public void KindIdWhoseCatalogWouldHaveAMemberOfItsOwnName(string id, string catalog)
    {
        // Issue #18: the catalog 'All' would declare the property 'All' (CS0542). Its records, bad as they are, say nothing.
        var run = RunKinds((Kinds + BadRecords).With("id: events", "id: " + id).With("ref events", "ref " + id).With("\nevents:", "\n" + id + ":"));

        run.Single()
            .AssertAt(run, "FG0016", 2, 9, id)
            .AssertMessage($"Invalid kind declaration: kind '{id}' would generate the type '{catalog}' (its catalog), which is already a member of every catalog (All, Get, TryGet), and a type may not have a member of its own name; choose another kind id, e.g. '{id}-facts'");
        Assert.False(run.Emits(catalog, "Coup"));
    }

    [Fact]
    public void KindIdTheExampleSuggestsWorks()
    {
        var run = RunKinds(Valid.With("id: events", "id: all-facts").With("ref events", "ref all-facts").With("\nevents:", "\nall-facts:"));

        Assert.Empty(run.Diagnostics);
        Assert.True(run.Emits("AllFacts", "Coup"));
    }

    [Theory]
    [InlineData("Id", "the property of a field every declared kind has (id, sources)")]
    [InlineData("Sources", "the property of a field every declared kind has (id, sources)")]
    [InlineData("Equals", "a member every record has")]
    [InlineData("ToString", "a member every record has")]
    [InlineData("EqualityContract", "a member every record has")]
    [InlineData("PrintMembers", "a member every record has")]
    [InlineData("DisputedFields", "a member every record has")]
    [InlineData("Inferences", "a member every record has")]
    [InlineData("Clone", "a member every record has")]
    public void RecordNamedAsAMemberEveryRecordHas(string record, string owner)
    {
        var run = RunKinds(Valid.With("record: Event", "record: " + record));

        run.Single()
            .AssertAt(run, "FG0016", 3, 13, record)
            .AssertMessage($"Invalid kind declaration: the record name '{record}' is already {owner}, and a type may not have a member of its own name; choose another record name, e.g. '{record}Fact'");
        Assert.False(run.Emits("Events", "Coup"));
    }

    [Fact]
    public void EnumMemberNamedAsItsEnumCompiles()
    {
        // Event + kind → EventKind with a member EventKind, and members named as Enum's own: an enum's
        // members may take any name (no CS0542, no CS0108; the fixture compiles it warning-free).
        var run = RunKinds(Valid.With("[coup, visit]", "[coup, visit, event-kind, equals, to-string, has-flag, parse, clone]"));

        Assert.Empty(run.Diagnostics);
        Assert.True(run.Emits("Events", "Coup"));
    }

    [Fact]
    public void EnumNameCollidingWithAnotherDeclaredKindsRecord()
    {
        // Event + kind → the enum EventKind, which the other kind's record already is.
        var other = """
            kinds:
              - id: event-kinds
                record: EventKind
                fields:
                  - name: what
                    type: string
            """;
        var run = RunFiles(("/project/facts/aa-kinds.yaml", other), (TestPath, Valid));

        run.Single()
            .AssertAt(run, "FG0016", 6, 15, "kind")
            .AssertMessage("kind 'events' would generate the type 'EventKind' (an enum), which is already a generated type of kind 'event-kinds'; choose another field name, e.g. 'kind-value'");
    }

    [Theory]
    [InlineData("ids", "Ids")]
    [InlineData("records", "Records")]
    [InlineData("reader", "Reader")]
    [InlineData("holder-data-attribute", "HolderDataAttribute")]
    public void KindIdWhoseCatalogCollidesWithAMemberOfTheDataClass(string id, string catalog)
    {
        // Each kind's data reader is a method of __FactsGenData named after its catalog: these names are taken there.
        var run = RunKinds(Kinds.With("id: events", "id: " + id).With("ref events", "ref " + id));

        run.Single()
            .AssertAt(run, "FG0016", 2, 9, id)
            .AssertMessage($"Invalid kind declaration: kind '{id}' would generate the type '{catalog}' (its catalog), which is already a member of the generated class that reads the catalogs' data; choose another kind id");
    }

    [Theory]
    [InlineData("index")]
    [InlineData("append")]
    [InlineData("append-list")]
    public void KindIdWhoseCatalogIsAnOverloadInTheDataClassCompiles(string id)
    {
        // Methods of __FactsGenData with other parameters: the reader is an overload beside them (the fixture compiles it).
        var run = RunKinds(Valid.With("id: events", "id: " + id).With("ref events", "ref " + id).With("\nevents:", "\n" + id + ":"));

        Assert.Empty(run.Diagnostics);
        Assert.True(run.Emits(string.Concat(id.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p.Substring(1))), "Coup"));
    }

    [Fact]
    public void UnknownTypeSuggestsTheNearest()
    {
        var run = RunKinds(Valid.With("type: date", "type: strng"));

        run.Single()
            .AssertAt(run, "FG0016", 11, 15, "strng")
            .AssertMessage("Invalid kind declaration: unknown type 'strng'; did you mean 'string'? Write one of the types: string, date, quantity, country, url, certainty, actor-kind, sanction-instrument, enum, or ref <section>");
    }

    [Fact]
    public void RefToASectionThatIsNoKindSuggestsTheNearest()
    {
        var run = RunKinds(Valid.With("type: ref actors", "type: ref actor"));

        run.Single()
            .AssertAt(run, "FG0016", 13, 15, "ref actor")
            .AssertMessage("Invalid kind declaration: 'ref actor' names no kind; did you mean 'actors'? Write 'ref' and one of the kinds: articles, actors, deployments, sanctions, events");
    }

    [Fact]
    public void RefToASectionFarFromEveryKindSaysWhatToWrite()
    {
        var run = RunKinds(Valid.With("type: ref actors", "type: ref zzzzzz"));

        run.Single()
            .AssertAt(run, "FG0016", 13, 15, "ref zzzzzz")
            .AssertMessage("Invalid kind declaration: 'ref zzzzzz' names no kind. Write 'ref' and one of the kinds: articles, actors, deployments, sanctions, events")
            .AssertMessageLacks("did you mean");
    }

    [Fact]
    public void RefToAMisspeltDeclaredKindSuggestsIt()
    {
        var run = RunKinds(Valid.With("type: ref events", "type: ref evnts"));

        run.Single()
            .AssertAt(run, "FG0016", 17, 15, "ref evnts")
            .AssertMessage("'ref evnts' names no kind; did you mean 'events'?");
    }

    [Fact]
    public void RefToSomethingThatIsNoSection()
    {
        var run = RunKinds(Valid.With("type: ref actors", "type: ref Actors"));

        run.Single()
            .AssertAt(run, "FG0016", 13, 15, "ref Actors")
            .AssertMessage("'ref Actors' names no kind: after 'ref ' write the section of a kind, e.g. 'ref actors'");
    }

    [Fact]
    public void ValuesOnANonEnum()
    {
        var run = RunKinds(Valid.With("type: date", "type: date\n        values: [early, late]"));

        run.Single()
            .AssertAt(run, "FG0016", 12, 17, "[early, late]")
            .AssertMessage("Invalid kind declaration: 'values' is only for type 'enum', and this field's type is 'date'; remove 'values' or write 'type: enum'");
    }

    [Fact]
    public void EnumWithoutValues()
    {
        var run = RunKinds(Valid.With("\n        values: [coup, visit]", string.Empty));

        run.Single()
            .AssertAt(run, "FG0016", 7, 15, "enum")
            .AssertMessage("Invalid kind declaration: type 'enum' needs 'values': list the allowed values, e.g. values: [coup, visit]");
    }

    [Fact]
    public void EnumWithAnEmptyListOfValues()
    {
        var run = RunKinds(Valid.With("[coup, visit]", "[]").With("\n        default: coup", string.Empty));

        run.Single()
            .AssertAt(run, "FG0016", 8, 17, "[]")
            .AssertMessage("an enum needs at least one value: write values: [a, b]");
    }

    [Fact]
    public void DuplicateValues()
    {
        var run = RunKinds(Valid.With("[coup, visit]", "[coup, visit, coup]"));

        run.Single()
            .AssertAt(run, "FG0016", 8, 31, "coup")
            .AssertMessage("Invalid kind declaration: the value 'coup' is listed twice; remove one");
    }

    [Fact]
    public void DefaultThatIsNotAValueSuggestsTheNearest()
    {
        var run = RunKinds(Valid.With("default: coup", "default: cuop"));

        run.Single()
            .AssertAt(run, "FG0016", 9, 18, "cuop")
            .AssertMessage("Invalid kind declaration: the default 'cuop' is not one of the values; did you mean 'coup'? Write one of the values: coup, visit");
    }

    [Fact]
    public void DefaultOfABuiltInEnumMustBeOneOfItsValues()
    {
        var run = RunKinds(Valid.With("type: date", "type: certainty\n        default: sure"));

        run.Single()
            .AssertAt(run, "FG0016", 12, 18, "sure")
            .AssertMessage("the default 'sure' is not one of the values", "Write one of the values: stated, reported, estimated, believed, alleged");
    }

    [Fact]
    public void DefaultOnANonEnum()
    {
        var run = RunKinds(Valid.With("type: date", "type: date\n        default: 2023"));

        run.Single()
            .AssertAt(run, "FG0016", 12, 18, "2023")
            .AssertMessage("Invalid kind declaration: 'default' is only for enum types (enum, certainty, actor-kind, sanction-instrument), and this field's type is 'date'; remove it");
    }

    [Fact]
    public void ReverseOnANonRef()
    {
        var run = RunKinds(Valid.With("type: date", "type: date\n        reverse: Dates"));

        run.Single()
            .AssertAt(run, "FG0016", 12, 18, "Dates")
            .AssertMessage("Invalid kind declaration: 'reverse' is only for 'ref' fields, and this field's type is 'date'; remove it");
    }

    [Fact]
    public void ReverseThatIsNoName()
    {
        var run = RunKinds(Valid.With("reverse: Events", "reverse: events-of"));

        run.Single()
            .AssertAt(run, "FG0016", 15, 18, "events-of")
            .AssertMessage("the reverse name 'events-of' is not a valid C# property name: write it as ^[A-Z][A-Za-z0-9]*$, e.g. 'EventsOf'");
    }

    [Theory]
    [InlineData("Name", "the property of the field 'name'")]
    [InlineData("AffiliatedWith", "the property of the field 'affiliated-with'")]
    [InlineData("Sources", "the property of the field 'sources'")] // every cited record has it
    [InlineData("Deployments", "the reverse that the field 'actor' of kind 'deployments' adds")]
    [InlineData("Affiliates", "the reverse that the field 'affiliated-with' of kind 'actors' adds")]
    [InlineData("SanctionsImposed", "the reverse that the field 'imposed-by' of kind 'sanctions' adds")]
    [InlineData("Actor", "the record's own name (a member may not be named as its type)")]
    [InlineData("ToString", "a member every record has")]
    [InlineData("DisputedFields", "a member every record has")] // v3, docs/fact-files.md §14
    [InlineData("Inferences", "a member every record has")] // v3, docs/fact-files.md §13
    [InlineData("Clone", "a member every record has")]
    [InlineData("ReferenceEquals", "a member every record has")]
    public void ReverseCollidingWithAPropertyOfTheTarget(string reverse, string owner)
    {
        var run = RunKinds(Valid.With("reverse: Events", "reverse: " + reverse));

        run.Single()
            .AssertAt(run, "FG0016", 15, 18, reverse)
            .AssertMessage($"Invalid kind declaration: the reverse '{reverse}' collides with a property that the record 'Actor' already has ({owner}); choose another name, e.g. '{reverse}Fact'");
        Assert.False(run.Emits("Events", "Coup"));
    }

    [Fact]
    public void ReverseCollidingWithAFieldOfADeclaredTarget()
    {
        // 'cause' refers to events: its reverse is a property of Event, which has a field 'date'.
        var run = RunKinds(Valid.With("reverse: Consequences", "reverse: Date"));

        run.Single()
            .AssertAt(run, "FG0016", 18, 18, "Date")
            .AssertMessage("the reverse 'Date' collides with a property that the record 'Event' already has");
    }

    [Fact]
    public void ReverseCollidingWithAnotherDeclaredReverse()
    {
        var other = """
            kinds:
              - id: meetings
                record: Meeting
                fields:
                  - name: participants
                    type: ref actors
                    list: true
                    reverse: Events
            """;
        var run = RunFiles((TestPath, Valid), (OtherPath, other));

        run.Single()
            .AssertAt(run, "FG0016", 8, 18, "Events", OtherPath)
            .AssertMessage("the reverse 'Events' collides with a property that the record 'Actor' already has");
        Assert.True(run.Emits("Events", "Coup"));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("sources")]
    [InlineData("inferred")]
    public void FieldNamedLikeAFieldEveryKindHas(string name)
    {
        var run = RunKinds(Valid.With("name: date", "name: " + name).With("[ on {date}]", string.Empty));

        run.Single()
            .AssertAt(run, "FG0016", 10, 15, name)
            .AssertMessage($"Invalid kind declaration: a field may not be named '{name}': every declared kind has 'id' (required), 'sources' (required citations) and 'inferred' (the editor's reasons) already; rename or remove this field");
    }

    [Theory]
    [InlineData("to-string", "ToString")]
    [InlineData("equals", "Equals")]
    [InlineData("get-hash-code", "GetHashCode")]
    [InlineData("equality-contract", "EqualityContract")]
    [InlineData("print-members", "PrintMembers")]
    [InlineData("deconstruct", "Deconstruct")]
    [InlineData("clone", "Clone")] // no record may have it (CS8859)
    [InlineData("reference-equals", "ReferenceEquals")] // it would hide object's (CS0108)
    [InlineData("disputed-fields", "DisputedFields")] // v3, docs/fact-files.md §14
    [InlineData("inferences", "Inferences")] // v3, docs/fact-files.md §13
    public void FieldWhosePropertyEveryRecordHas(string name, string property)
    {
        var run = RunKinds(Valid.With("name: cause", "name: " + name));

        run.Single()
            .AssertAt(run, "FG0016", 16, 15, name)
            .AssertMessage($"Invalid kind declaration: the field '{name}' would be the property '{property}', which is already a member every record has; rename the field, e.g. '{name}-value'");
    }

    [Fact]
    public void FieldWhosePropertyIsTheRecordsName()
    {
        var run = RunKinds(Valid.With("name: cause", "name: event"));

        run.Single()
            .AssertAt(run, "FG0016", 16, 15, "event")
            .AssertMessage("the field 'event' would be the property 'Event', which is already the record's own name (a member may not be named as its type); rename the field, e.g. 'event-value'");
    }

    [Fact]
    public void TwoFieldsWithOneProperty()
    {
        var run = RunKinds(Valid.With("name: actors", "name: actors2").With("name: cause", "name: actors-2"));

        run.Single()
            .AssertAt(run, "FG0016", 16, 15, "actors-2")
            .AssertMessage("Invalid kind declaration: the field 'actors-2' would be the property 'Actors2', which is already the property of the field 'actors2' (line 12); rename the field, e.g. 'actors-2-value'");
    }

    [Fact]
    public void TwoValuesWithOneEnumMember()
    {
        var run = RunKinds(Valid.With("[coup, visit]", "[coup, visit1, visit-1]"));

        run.Single()
            .AssertAt(run, "FG0016", 8, 32, "visit-1")
            .AssertMessage("Invalid kind declaration: the values 'visit1' and 'visit-1' would both be the enum member 'Visit1'; rename or remove one");
    }

    [Fact]
    public void TwoFieldsWithOneName()
    {
        var run = RunKinds(Valid.With("name: cause", "name: actors"));

        run.Single()
            .AssertAt(run, "FG0016", 16, 15, "actors")
            .AssertMessage("Invalid kind declaration: two fields are named 'actors' (the first at line 12); rename or remove one");
    }

    [Fact]
    public void SameKeyTwiceInOneFieldIsFG0009()
    {
        var run = RunKinds(Valid.With("type: date", "type: date\n        type: string"));

        run.Single()
            .AssertAt(run, "FG0009", 12, 9, "type")
            .AssertMessage("Duplicate key 'type' in one mapping (first at line 11); keep only one");
    }

    [Fact]
    public void SummaryNamingNoFieldSuggestsTheNearest()
    {
        var run = RunKinds(Valid.With("{kind}[", "{kidn}["));

        run.Single()
            .AssertAt(run, "FG0016", 4, 14, "\"{kidn}[ on {date}]\"")
            .AssertMessage("Invalid kind declaration: the summary names '{kidn}', which is no field of kind 'events'; did you mean 'kind'? Write one of its fields: kind, date, actors, cause, id");
    }

    [Fact]
    public void SummaryNamingAFieldFarFromEveryFieldSaysWhatToWrite()
    {
        var run = RunKinds(Valid.With("{kind}[", "{zzzzzz}["));

        run.Single()
            .AssertAt(run, "FG0016", 4, 14, "\"{zzzzzz}[ on {date}]\"")
            .AssertMessage("the summary names '{zzzzzz}', which is no field of kind 'events'. Write one of its fields: kind, date, actors, cause, id");
    }

    [Theory]
    [InlineData("{kind}[ on {date}", "a '[' is never closed; write [ … ] around an optional part")]
    [InlineData("{kind} on {date}]", "']' at character 17 closes no '['; remove it or write [ … ] around an optional part")]
    [InlineData("{kind[ on date]", "'{' at character 1 is never closed; write {field}")]
    [InlineData("kind} on {date}", "'}' at character 5 closes no '{'; remove it or write {field}")]
    public void MalformedSummary(string summary, string rule)
    {
        var run = RunKinds(Valid.With("{kind}[ on {date}]", summary));

        run.Single()
            .AssertAt(run, "FG0016", 4, 14, "\"" + summary + "\"")
            .AssertMessage("Invalid kind declaration: the summary template is malformed: " + rule);
    }

    [Theory]
    [InlineData("actors")]
    [InlineData("articles")]
    [InlineData("deployments")]
    [InlineData("sanctions")]
    [InlineData("kinds")]
    public void KindIdThatIsABuiltInSection(string id)
    {
        var run = RunKinds(Kinds.With("id: events", "id: " + id).With("ref events", "ref " + id));

        run.Single()
            .AssertAt(run, "FG0016", 2, 9, id)
            .AssertMessage($"Invalid kind declaration: the kind id '{id}' is a built-in section (articles, actors, deployments, sanctions, kinds); give the kind a section of its own, e.g. '{id}-extra'");
    }

    [Fact]
    public void TwoKindsWithOneIdIsFG0006NamingTheFirst()
    {
        var other = """
            kinds:
              - id: events
                record: Happening
                fields:
                  - name: what
                    type: string
            """;
        var run = RunFiles((TestPath, Valid), (OtherPath, other));

        run.Single()
            .AssertAt(run, "FG0006", 2, 9, "events", OtherPath)
            .AssertMessage("Duplicate kind id 'events': it is first declared at test.yaml(2,9); ids must be unique within a kind, so rename or remove one");

        // The first declaration stands: its records are checked and emitted against it.
        Assert.True(run.Emits("Events", "Coup"));
    }

    [Fact]
    public void UnknownKeyInAKindSuggestsTheNearest()
    {
        var run = RunKinds(Valid.With("summary:", "summry:"));

        run.Single()
            .AssertAt(run, "FG0003", 4, 5, "summry")
            .AssertMessage("Unknown field 'summry' in kind 'events'; did you mean 'summary'? Known fields: id, record, doc, summary, fields");
    }

    [Fact]
    public void UnknownKeyInAFieldSuggestsTheNearest()
    {
        var run = RunKinds(Valid.With("list: true", "lits: true"));

        run.Single()
            .AssertAt(run, "FG0003", 14, 9, "lits")
            .AssertMessage("Unknown field 'lits' in field declaration 'actors'; did you mean 'list'? Known fields: name, type, values, list, required, default, reverse, in-quote, disputable, doc");
    }

    [Fact]
    public void MissingRecordIsFG0004AtTheFirstKey()
    {
        var run = RunKinds(Valid.With("\n    record: Event", string.Empty));

        run.Single()
            .AssertAt(run, "FG0004", 2, 5, "id")
            .AssertMessage("Kind 'events' is missing required field 'record'; add 'record: …'");
    }

    [Fact]
    public void MissingFieldsIsFG0004()
    {
        var run = RunKinds("""
            kinds:
              - id: events
                record: Event
            events:
              - id: coup
                sources:
                  - {article: a, line: 1, quote: "Wagner fighters"}
            """);

        run.Single()
            .AssertAt(run, "FG0004", 2, 5, "id")
            .AssertMessage("Kind 'events' is missing required field 'fields'; add 'fields: …'");
    }

    [Fact]
    public void MissingTypeIsFG0004AtTheFieldsFirstKey()
    {
        var run = RunKinds(Valid.With("\n        type: ref events", string.Empty));

        run.Single()
            .AssertAt(run, "FG0004", 16, 9, "name")
            .AssertMessage("Field declaration 'cause' is missing required field 'type'; add 'type: …'");
    }

    [Fact]
    public void FieldWithoutATypeIsStillAFieldTheSummaryMayName()
    {
        // One mistake, one diagnostic: the summary names 'date', which is declared, only without a type.
        var run = RunKinds(Valid.With("\n        type: date", string.Empty));

        run.Single()
            .AssertAt(run, "FG0004", 10, 9, "name")
            .AssertMessage("Field declaration 'date' is missing required field 'type'; add 'type: …'");
    }

    // --- One mistake, one diagnostic ---

    [Fact]
    public void BrokenKindsRecordsAreNeitherCheckedNorReported()
    {
        var run = RunKinds(Kinds.With("type: date", "type: strng") + BadRecords);

        run.Single().AssertAt(run, "FG0016", 11, 15, "strng");
        Assert.False(run.Emits("Events", "Coup"));
    }

    [Fact]
    public void SameRecordsAreReportedWhenTheKindIsValid()
    {
        // The counterpart of the test above: the bad records are bad, so silence is the kind's doing.
        var run = RunKinds(Kinds + BadRecords);

        run.AssertIds("FG0005", "FG0005", "FG0003", "FG0007", "FG0013", "FG0006", "FG0010", "FG0011", "FG0005");
    }

    [Fact]
    public void KindThatRefersToABrokenKindIsSilencedWithItsRecords()
    {
        var statements = """
            kinds:
              - id: statements
                record: Statement
                fields:
                  - name: event
                    type: ref events
                    reverse: Statements
                  - name: text
                    type: string
              - id: replies
                record: Reply
                fields:
                  - name: to
                    type: ref statements
            statements:
              - id: s1
                event: no-such-event
                text: hello
                colour: red
                sources:
                  - {article: a, line: 2, quote: "not there"}
            replies:
              - id: r1
                to: no-such-statement
            """;
        var run = RunFiles((TestPath, Kinds.With("record: Event", "record: event") + BadRecords), (OtherPath, statements));

        run.Single().AssertAt(run, "FG0016", 3, 13, "event");
        Assert.DoesNotContain(run.Run.Result.Results.Single().GeneratedSources, s => s.HintName.Contains("Statement", StringComparison.Ordinal) || s.HintName.Contains("Repl", StringComparison.Ordinal));
    }

    [Fact]
    public void KindWithAnUnknownRefIsSilencedWithItsRecords()
    {
        var run = RunKinds(Kinds.With("type: ref actors", "type: ref actor") + BadRecords);

        run.Single().AssertAt(run, "FG0016", 13, 15, "ref actor");
    }

    [Fact]
    public void KindWithAnUnknownKeyIsSilencedWithItsRecords()
    {
        var run = RunKinds(Kinds.With("list: true", "lits: true") + BadRecords);

        run.Single().AssertAt(run, "FG0003", 14, 9, "lits");
    }

    [Fact]
    public void KindWithAMissingRecordNameIsSilencedWithItsRecords()
    {
        var run = RunKinds(Kinds.With("\n    record: Event", string.Empty) + BadRecords);

        run.Single().AssertAt(run, "FG0004", 2, 5, "id");
    }

    [Fact]
    public void UnknownSectionSuggestsADeclaredKind()
    {
        var run = RunKinds(Kinds + Records.With("events:", "event:"));

        run.Single()
            .AssertAt(run, "FG0002", 19, 1, "event")
            .AssertMessage("Unknown section 'event'; did you mean 'events'? A fact document's top-level keys are the kinds' sections: articles, actors, deployments, sanctions, events, kinds");
    }

    [Fact]
    public void SectionOfAKindDeclaredInAnotherFileIsKnown()
    {
        var run = RunFiles((TestPath, Records.TrimStart('\n')), (OtherPath, Kinds));

        Assert.Empty(run.Diagnostics);
        Assert.True(run.Emits("Events", "Coup"));
    }
}
