using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using FactsGen.Tests.Infrastructure;

namespace FactsGen.Tests.Emit;

/// <summary>
/// The generated API of declared kinds (docs/fact-files.md §6) and reverse navigation (docs/fact-files.md §8), compiled together
/// with a consumer that uses it as a user would (so the shape is checked by the compiler: types,
/// nullability, zero warnings with nullable on and warnings as errors), then loaded and run.
/// </summary>
public class DeclaredKindApiTests
{
    public const string Article =
        "Wagner fighters are in Mali and in the Central African Republic.\n" +
        "The junta seized power in Niger on July 26.\n" +
        "Blinken said the junta \"must step aside\".\n" +
        "Nigeria's central bank imposed sanctions on Niger and the junta.\n" +
        "Talks followed the coup.\n";

    public const string KindsYaml = """
        kinds:
          - id: events
            record: Event
            doc: Something that happened.
            summary: "{kind}[ on {date}]: {description}"
            fields:
              - name: kind
                type: enum
                values: [coup, talks, press-conference]
                required: true
                doc: What sort of event it is.
              - name: date
                type: date
              - name: description
                type: string
                required: true
              - name: actors
                type: ref actors
                list: true
                reverse: Events
                in-quote: false
                doc: Who took part (the quotes need not name them).
              - name: follows
                type: ref events
                reverse: FollowedBy
              - name: certainty
                type: certainty
                default: stated
          - id: statements
            record: Statement
            fields:
              - name: speaker
                type: ref actors
                required: true
                reverse: Statements
                in-quote: false
              - name: event
                type: ref events
                reverse: Statements
              - name: text
                type: string
                required: true
        """;

    public const string BaseYaml = """
        articles:
          - id: a
            file: articles/a.txt
        actors:
          - id: wagner
            name: Wagner Group
            kind: armed-group
            aliases: [Wagner]
            affiliated-with: [russia]
            inferred:
              affiliated-with: "the test's article never names Russia"
            sources:
              - {article: a, line: 1, quote: "Wagner fighters"}
          - id: russia
            name: Russia
            kind: state
            inferred: {name: "the test's article never names Russia"}
            sources:
              - {article: a, line: 1, quote: "Wagner"}
          - id: junta
            name: Niger's junta
            kind: government
            aliases: [junta]
            affiliated-with: [russia, russia]
            inferred: {affiliated-with: "the test's article never names Russia"}
            sources:
              - {article: a, line: 2, quote: "The junta seized power"}
          - id: blinken
            name: Antony Blinken
            kind: person
            aliases: [Blinken]
            sources:
              - {article: a, line: 3, quote: "Blinken said"}
          - id: nigeria
            name: Nigeria
            kind: state
            sources:
              - {article: a, line: 4, quote: "Nigeria's central bank"}
          - id: niger
            name: Niger
            kind: state
            sources:
              - {article: a, line: 2, quote: "in Niger"}
        deployments:
          - id: wagner-mali
            actor: wagner
            location: Mali
            sources:
              - {article: a, line: 1, quote: "Wagner fighters are in Mali"}
          - id: wagner-car
            actor: wagner
            location: Central African Republic
            sources:
              - {article: a, line: 1, quote: "Wagner fighters are in Mali and in the Central African Republic"}
        sanctions:
          - id: nigeria-niger
            imposed-by: nigeria
            targets: [niger, junta, niger]
            sources:
              - {article: a, line: 4, quote: "Nigeria's central bank imposed sanctions on Niger and the junta"}
        """;

    /// <summary>Events in two files, not in id order: fact-base order is file path, then position.</summary>
    public const string EventsB = """
        events:
          - id: talks
            kind: talks
            description: "Talks \"followed\" the coup"
            actors: [junta, nigeria]
            follows: coup
            certainty: reported
            sources:
              - {article: a, line: 5, quote: "Talks followed the coup"}
          - id: coup
            kind: coup
            date: 2023-07-26
            description: The junta seizes power
            actors: [junta, junta, niger]
            sources:
              - {article: a, line: 2, quote: "The junta seized power"}
              - {article: a, line: 2, quote: "on July 26"}
        """;

    public const string EventsC = """
        events:
          - id: answer
            kind: press-conference
            description: Blinken answers
            actors: [blinken, junta]
            follows: coup
            sources:
              - {article: a, line: 3, quote: "Blinken said"}
        statements:
          - id: step-aside
            speaker: blinken
            event: answer
            text: must step aside
            sources:
              - {article: a, line: 3, quote: "\"must step aside\""}
        """;

    /// <summary>A consumer that uses every part of the API with its static types, and reports what it reads.</summary>
    private const string Consumer = """
        #nullable enable
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Linq;
        using System.Reflection;
        using Demo.Facts;

        namespace Consumer;

        /// <summary>Uses the generated API.</summary>
        public static class Probe
        {
            /// <summary>Reads the facts.</summary>
            /// <returns>What it read, one line per check.</returns>
            public static string Run()
            {
                var lines = new List<string>();
                void Say(string text) => lines.Add(text);
                static string Ids<T>(ImmutableArray<T> items) where T : ICitedFact => "[" + string.Join(", ", items.Select(i => i.GetType().GetProperty("Id")!.GetValue(i)!.ToString())) + "]";

                // The catalog: a property per record, All in fact-base order, Get and TryGet.
                Event coup = Events.Coup;
                ImmutableArray<Event> all = Events.All;
                Say("Events.All " + string.Join(", ", all.Select(e => e.Id.Value)));
                Say("Get same " + ReferenceEquals(Events.Get("coup"), coup) + " " + ReferenceEquals(Events.Get(new EventId("coup")), coup));
                Say("TryGet " + Events.TryGet("talks", out Event? talks) + " " + ReferenceEquals(talks, Events.Talks) + " " + Events.TryGet("nope", out Event? none) + " " + (none is null));
                try
                {
                    Events.Get("nope");
                    Say("Get nope did not throw");
                }
                catch (KeyNotFoundException e)
                {
                    Say("Get nope: " + e.Message);
                }

                // The strong id resolves itself; a self-reference is a typed id.
                EventId id = coup.Id;
                EventId? follows = Events.Talks.Follows;
                Say("Resolve " + ReferenceEquals(id.Resolve(), coup) + " " + ReferenceEquals(follows!.Value.Resolve(), coup) + " " + (coup.Follows is null));

                // Fields: declared enum, date, default of a built-in enum, lists of typed ids.
                EventKind kind = Events.Answer.Kind;
                Say("Kind " + kind + " " + kind.ToYamlName() + " " + EventKindExtensions.TryParseYamlName("press-conference", out var parsed) + " " + parsed + " " + EventKindExtensions.TryParseYamlName("PressConference", out _));
                Say("Enum " + string.Join(", ", Enum.GetValues<EventKind>().Select(k => k + "=" + k.ToYamlName())));
                PartialDate? date = coup.Date;
                Say("Date " + date + " " + (Events.Talks.Date is null));
                Certainty certainty = coup.Certainty;
                Say("Certainty " + certainty + " " + Events.Talks.Certainty);
                ImmutableArray<ActorId> actors = coup.Actors;
                Say("Actors " + string.Join(", ", actors.Select(a => a.Resolve().Name)));
                Say("Description " + Events.Talks.Description);

                // Citations at run time, through ICitedFact.
                ICitedFact cited = coup;
                Say("Sources " + string.Join(" ", cited.Sources.Select(s => s.ToString())) + " " + cited.Sources[1].Quote);

                // [Provenance] on the catalog property, one per citation (FactsGenProvenanceAttributes is on here).
                var provenance = typeof(Events).GetProperty(nameof(Events.Coup))!.GetCustomAttributes<ProvenanceAttribute>().Select(p => p.Article + ":" + p.Line + ":" + p.Quote);
                Say("Provenance " + string.Join(" | ", provenance));

                // Statements refer to events and actors.
                Statement statement = Statements.StepAside;
                Say("Statement " + statement.Speaker.Resolve().Name + " at " + statement.Event!.Value.Resolve().Id + ": " + statement.Text + " / " + statement.Sources[0].Quote);

                // Reverse navigation, built in and declared: typed, in fact-base order, never default, each record once.
                ImmutableArray<Deployment> deployments = Actors.Wagner.Deployments;
                ImmutableArray<Sanction> imposed = Actors.Nigeria.SanctionsImposed;
                ImmutableArray<Sanction> against = Actors.Niger.SanctionsAgainst;
                ImmutableArray<Actor> affiliates = Actors.Russia.Affiliates;
                ImmutableArray<Event> events = Actors.Junta.Events;
                ImmutableArray<Statement> said = Actors.Blinken.Statements;
                ImmutableArray<Event> followedBy = coup.FollowedBy;
                ImmutableArray<Statement> atAnswer = Events.Answer.Statements;
                Say("Wagner.Deployments " + Ids(deployments));
                Say("Nigeria.SanctionsImposed " + Ids(imposed));
                Say("Niger.SanctionsAgainst " + Ids(against));
                Say("Junta.SanctionsAgainst " + Ids(Actors.Junta.SanctionsAgainst));
                Say("Russia.Affiliates " + Ids(affiliates));
                Say("Junta.Events " + Ids(events));
                Say("Niger.Events " + Ids(Actors.Niger.Events));
                Say("Blinken.Statements " + Ids(said));
                Say("Coup.FollowedBy " + Ids(followedBy));
                Say("Answer.Statements " + Ids(atAnswer));

                // None: empty, not default.
                var empty = new object[] { Actors.Russia.Deployments, Actors.Wagner.SanctionsImposed, Actors.Blinken.Affiliates, Actors.Wagner.Events, Events.Answer.FollowedBy, Events.Coup.Statements, Actors.Niger.Statements };
                Say("Empty " + string.Join(" ", empty.Select(e => (bool)e.GetType().GetProperty("IsDefault")!.GetValue(e)! ? "default" : e.GetType().GetProperty("Length")!.GetValue(e)!.ToString())));

                // Computed once: the same array on a second call (ImmutableArray compares its array's reference).
                Say("Same array " + Actors.Junta.Events.Equals(events) + " " + Actors.Wagner.Deployments.Equals(deployments) + " " + coup.FollowedBy.Equals(followedBy) + " " + ImmutableArray.Create(events.ToArray()).Equals(events));
                return string.Join("\n", lines);
            }
        }
        """;

    [Fact]
    public void DeclaredKindsAndReversesWorkAsTheSpecSays()
    {
        var run = Run();

        Assert.Equal(
            """
            Events.All talks, coup, answer
            Get same True True
            TryGet True True False True
            Get nope: No event has the id 'nope'.
            Resolve True True True
            Kind PressConference press-conference True PressConference False
            Enum Coup=coup, Talks=talks, PressConference=press-conference
            Date 26 July 2023 True
            Certainty Stated Reported
            Actors Niger's junta, Niger's junta, Niger
            Description Talks "followed" the coup
            Sources [a:2] [a:2] on July 26
            Provenance a:2:The junta seized power | a:2:on July 26
            Statement Antony Blinken at answer: must step aside / "must step aside"
            Wagner.Deployments [wagner-mali, wagner-car]
            Nigeria.SanctionsImposed [nigeria-niger]
            Niger.SanctionsAgainst [nigeria-niger]
            Junta.SanctionsAgainst [nigeria-niger]
            Russia.Affiliates [wagner, junta]
            Junta.Events [talks, coup, answer]
            Niger.Events [coup]
            Blinken.Statements [step-aside]
            Coup.FollowedBy [talks, answer]
            Answer.Statements [step-aside]
            Empty 0 0 0 0 0 0 0
            Same array True True True False
            """.ReplaceLineEndings("\n"),
            RunProbe(run));
    }

    [Fact]
    public void CatalogPropertyDocCommentHasTheSummaryAndTheQuotes()
    {
        var run = Run();
        var source = run.Run.Result.Results.Single().GeneratedSources.Single(s => s.SourceText.ToString().Contains("Facts.Event Coup =>", StringComparison.Ordinal)).SourceText.ToString();

        Assert.Contains(
            """
                    /// <summary>coup on 26 July 2023: The junta seizes power<br/>[a:2] "The junta seized power"<br/>[a:2] "on July 26"</summary><remarks>Id <c>coup</c>.</remarks>
                    [global::Demo.Facts.Provenance("a", 2, "The junta seized power")]
                    [global::Demo.Facts.Provenance("a", 2, "on July 26")]
                    public static global::Demo.Facts.Event Coup =>
            """.ReplaceLineEndings("\n"),
            source.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);

        // A summary's bracketed part is left out when its field is absent (no date), and quotes are escaped for XML.
        Assert.Contains("/// <summary>talks: Talks &quot;followed&quot; the coup<br/>", source, StringComparison.Ordinal);
    }

    [Fact]
    public void GeneratedTypesHaveTheDeclaredShape()
    {
        var run = Run();
        WithAssembly(run, assembly =>
        {
            var ns = GeneratorHarness.Namespace;
            var record = assembly.GetType($"{ns}.Event", throwOnError: true)!;
            Assert.True(record.IsSealed);
            Assert.Contains(assembly.GetType($"{ns}.ICitedFact", throwOnError: true)!, record.GetInterfaces());
            Assert.True(assembly.GetType($"{ns}.EventId", throwOnError: true)!.IsValueType);
            Assert.True(assembly.GetType($"{ns}.EventKind", throwOnError: true)!.IsEnum);
            var catalog = assembly.GetType($"{ns}.Events", throwOnError: true)!;
            Assert.True(catalog.IsAbstract && catalog.IsSealed); // static

            // Properties in declaration order: id first, the fields, sources last; then the reverses.
            var properties = record.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToList();
            Assert.Equal(["Id", "Kind", "Date", "Description", "Actors", "Follows", "Certainty", "Sources", "Inferences", "DisputedFields", "FollowedBy", "Statements"], properties);
        });
    }

    [Fact]
    public void OutputIsDeterministic()
    {
        var first = Run().Run.Result.Results.Single().GeneratedSources.Select(s => (s.HintName, Text: s.SourceText.ToString())).ToList();
        var second = Run().Run.Result.Results.Single().GeneratedSources.Select(s => (s.HintName, Text: s.SourceText.ToString())).ToList();

        Assert.Equal(first, second);
        Assert.All(first, s => Assert.StartsWith("// <auto-generated/>", s.Text, StringComparison.Ordinal));
    }

    private static FactsGen.Tests.Diagnostics.FactRun Run()
    {
        (string, string)[] files =
        [
            ("/project/facts/articles/a.txt", Article),
            ("/project/facts/a-base.yaml", BaseYaml),
            ("/project/facts/b-events.yaml", EventsB),
            ("/project/facts/c-events.yaml", EventsC),
            ("/project/facts/kinds.yaml", KindsYaml),
        ];
        var properties = new Dictionary<string, string> { ["FactsNamespace"] = GeneratorHarness.Namespace, ["ProjectDir"] = "/project/", ["FactsGenProvenanceAttributes"] = "true" };
        var generator = GeneratorHarness.Run(files.Select(f => (Microsoft.CodeAnalysis.AdditionalText)new InMemoryAdditionalText(f.Item1, f.Item2)), properties, consumerSource: Consumer);
        Assert.Empty(generator.Diagnostics);

        // Zero errors and zero warnings, nullable on, warnings as errors, XML docs checked: generated code and the consumer alike.
        Assert.Empty(generator.CompilationProblems);
        return new FactsGen.Tests.Diagnostics.FactRun(generator, files.ToDictionary(f => f.Item1, f => f.Item2));
    }

    private static string RunProbe(FactsGen.Tests.Diagnostics.FactRun run)
    {
        string? result = null;
        WithAssembly(run, assembly => result = (string)assembly.GetType("Consumer.Probe", throwOnError: true)!.GetMethod("Run")!.Invoke(null, null)!);
        return result!;
    }

    private static void WithAssembly(FactsGen.Tests.Diagnostics.FactRun run, Action<Assembly> test)
    {
        var context = new AssemblyLoadContext("declared-kinds", isCollectible: true);
        try
        {
            using var stream = new MemoryStream();
            var emit = run.Run.Output.Emit(stream);
            Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
            stream.Position = 0;
            test(context.LoadFromStream(stream));
        }
        finally
        {
            context.Unload();
        }
    }
}
