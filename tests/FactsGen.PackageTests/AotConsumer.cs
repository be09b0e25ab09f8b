namespace FactsGen.PackageTests;

/// <summary>
/// The files of the consumer that <see cref="AotPublishTests"/> publishes: a fact library (the package,
/// with <c>IsAotCompatible</c> so the trim and AOT analyzers read the generated code) and an app that
/// uses every generated feature that reflection or JSON could break: declared kinds, reverse
/// navigation, enums, dates, quantities, <c>[Provenance]</c> read by reflection, and JSON through a
/// source-generated context (which must live in the app: generators do not see each other's output).
/// Its own small fact base, so changes to the real one do not reach this test.
/// </summary>
internal static class AotConsumer
{
    public const string Articles = """
        articles:
          - id: wire
            file: articles/wire.txt
            title: "A wire report"
            published: 2023-08-08
        """;

    public const string Wire = """
        Leaders of the Sahel Guard met Amara Diallo in Niamey on 26 July 2023.
        Around 1,500 troops of the Sahel Guard were deployed near Agadez.
        Amara Diallo said the Sahel Guard would stay.
        """;

    public const string Kinds = """
        kinds:
          - id: events
            record: Event
            doc: "Something that happened."
            summary: "[{date}: ]{description}"
            fields:
              - name: kind
                type: enum
                values: [meeting, deployment]
                required: true
              - name: date
                type: date
              - name: actors
                type: ref actors
                list: true
                reverse: Events
              - name: description
                type: string
                required: true
          - id: statements
            record: Statement
            summary: "{speaker}: {text}"
            fields:
              - name: speaker
                type: ref actors
                required: true
                reverse: Statements
              - name: text
                type: string
                required: true
              - name: event
                type: ref events
                reverse: Statements
        """;

    public const string Facts = """
        actors:
          - id: sahel-guard
            name: "Sahel Guard"
            kind: military
            country: NE
            sources:
              - {article: wire, line: 2, quote: "troops of the Sahel Guard"}
          - id: amara-diallo
            name: "Amara Diallo"
            kind: person
            role: "President"
            affiliated-with: [sahel-guard]
            sources:
              - {article: wire, line: 1, quote: "Leaders of the Sahel Guard met Amara Diallo"}
        deployments:
          - id: guard-agadez
            actor: sahel-guard
            location: "Agadez"
            countries: [NE]
            strength: ~1500
            since: 2023-07
            certainty: estimated
            sources:
              - {article: wire, line: 2, quote: "Around 1,500 troops of the Sahel Guard were deployed near Agadez."}
        events:
          - id: niamey-meeting
            kind: meeting
            date: 2023-07-26
            actors: [sahel-guard, amara-diallo]
            description: "The Sahel Guard met Amara Diallo in Niamey."
            sources:
              - {article: wire, line: 1, quote: "Leaders of the Sahel Guard met Amara Diallo in Niamey on 26 July 2023."}
        statements:
          - id: diallo-stay
            speaker: amara-diallo
            text: "The Sahel Guard would stay."
            event: niamey-meeting
            sources:
              - {article: wire, line: 3, quote: "Amara Diallo said the Sahel Guard would stay."}
        """;

    public const string Program = """
        using System.Collections.Immutable;
        using System.Reflection;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using Aot.Facts;

        foreach (var actor in Actors.All)
        {
            Console.WriteLine($"actor {actor.Id}: {actor.Name}, {actor.Kind} ({actor.Kind.ToYamlName()}), events {string.Join(",", actor.Events.Select(e => e.Id))}, statements {actor.Statements.Length}, deployments {actor.Deployments.Length}, affiliates {actor.Affiliates.Length}");
        }

        var deployment = Deployments.GuardAgadez;
        Console.WriteLine($"deployment: {deployment.Strength} {deployment.Personnel} since {deployment.Since} ({deployment.Certainty.ToYamlName()}), actor {deployment.Actor.Resolve().Name}");
        var meeting = Events.Get("niamey-meeting");
        Console.WriteLine($"event: {meeting.Kind.ToYamlName()} on {meeting.Date}, actors {string.Join(", ", meeting.Actors.Select(a => a.Resolve().Name))}, statements {meeting.Statements.Length}");
        Console.WriteLine($"dates: {PartialDate.Parse("2023")} | {PartialDate.Parse("2023-07")} | {PartialDate.Parse("2023-07-26")}; compared {PartialDate.Parse("2023-07").CompareTo(PartialDate.Parse("2023-07-26"))}");
        Console.WriteLine($"quantities: {Quantity.Parse("1500")} | {Quantity.Parse("~1000")} | {Quantity.Parse(">=20")} | {Quantity.Parse("10..20")} | {Quantity.Parse("thousands")}");
        var provenance = typeof(Deployments).GetProperty(nameof(Deployments.GuardAgadez))!.GetCustomAttribute<ProvenanceAttribute>()!;
        Console.WriteLine($"provenance: {provenance.Article}:{provenance.Line} {provenance.Quote}");
        Console.WriteLine($"sources: {string.Join(" ", Statements.DialloStay.Sources)}");

        var json = JsonSerializer.Serialize(new Everything(Actors.All, Deployments.All, Events.All, Statements.All), AotJson.Default.Everything);
        Console.WriteLine(json);
        var back = JsonSerializer.Deserialize(json, AotJson.Default.Everything)!;
        Console.WriteLine($"round trip: {back.Actors.SequenceEqual(Actors.All)} {back.Deployments.SequenceEqual(Deployments.All)} {back.Events.SequenceEqual(Events.All)} {back.Statements.SequenceEqual(Statements.All)}");
        Console.WriteLine(back.Events[0]);

        public sealed record Everything(ImmutableArray<Actor> Actors, ImmutableArray<Deployment> Deployments, ImmutableArray<Event> Events, ImmutableArray<Statement> Statements);

        [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.KebabCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
        [JsonSerializable(typeof(Everything))]
        internal sealed partial class AotJson : JsonSerializerContext
        {
        }
        """;
}
