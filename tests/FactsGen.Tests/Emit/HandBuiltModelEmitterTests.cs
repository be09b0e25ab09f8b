using MemoryStream = System.IO.MemoryStream;
using System.Runtime.Loader;
using FactsGen.Emit;
using FactsGen.Model;
using FactsGen.Schema;
using FactsGen.Snapshots;
using FactsGen.Tests.Infrastructure;
using FactsGen.Values;
using Microsoft.CodeAnalysis;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.Tests.Emit;

/// <summary>
/// The emitters from hand-built models, without YAML or the driver: a <see cref="FactSchema"/> with
/// a kind built as data, records built by hand, emitted by <see cref="KindEmitter"/>,
/// <see cref="FactFileEmitter"/> and <see cref="CatalogEmitter"/> directly. Snapshots pin the text;
/// the other tests say what must hold whatever the text, and that it all compiles and runs.
/// </summary>
public class HandBuiltModelEmitterTests
{
    private const string FilePath = "/project/facts/meetings.yaml";

    private static readonly GeneratorOptions Options = new(GeneratorHarness.Namespace, "/project/", ProvenanceAttributes: true);

    private static readonly EnumDescriptor Format = new(
        "MeetingFormat",
        "meeting format",
        "How they met.",
        ("in-person", "Face to face."),
        ("video-call", "Over a video call."));

    private static readonly KindDescriptor Meeting = new(
        "meetings",
        "Meeting",
        "meeting",
        "Two or more actors meet.",
        "{format} meeting[ in {place}][ on {date}]",
        EquatableArray.Create(
            new FieldDescriptor("id", ValueType.Id, "The meeting's id.").Required(),
            new FieldDescriptor("format", ValueType.Enum, "How they met.").Of(Format, "in-person"),
            new FieldDescriptor("place", ValueType.String, "Where they met."),
            new FieldDescriptor("date", ValueType.Date, "When they met."),
            new FieldDescriptor("participants", ValueType.Reference, "Who met.").To("actors", "Meetings").List(nonEmpty: true).Required(),
            new FieldDescriptor("follow-up", ValueType.Reference, "The meeting this one continues.").To("meetings", "FollowUps"),
            new FieldDescriptor("sources", ValueType.Citation, "Where the sources state it.").Required().List(nonEmpty: true)),
        isDeclared: true);

    private static readonly FactSchema Schema = FactSchema.Create(
        FactKinds.All.Concat([Meeting]).ToList(),
        FactKinds.Enums.Concat([Format]).ToList(),
        []);

    private static KindDescriptor MeetingKind => Schema.FindSection("meetings")!;

    private static FactRecord[] Records()
    {
        var kind = MeetingKind;
        return
        [
            Record(kind, "minsk-talks", new()
            {
                ["format"] = [Enum(kind, "format", "video-call")],
                ["place"] = [new ScalarItem("Minsk, \"the capital\" */ </summary>", Nowhere)],
                ["date"] = [Date("2023-08")],
                ["participants"] = [new ScalarItem("wagner", Nowhere), new ScalarItem("junta", Nowhere)],
            }),
            Record(kind, "niamey-visit", new()
            {
                ["participants"] = [new ScalarItem("junta", Nowhere)],
                ["follow-up"] = [new ScalarItem("minsk-talks", Nowhere)],
            }),
        ];
    }

    [Fact]
    public void SchemaIndexesTheHandBuiltKindAndAttachesItsReverses()
    {
        var meetings = MeetingKind;
        Assert.Equal(4, meetings.Index);
        Assert.Equal(FactKinds.Actors.Index, meetings.Fields[meetings.IndexOf("participants")].Target);
        Assert.Equal(meetings.Index, meetings.Fields[meetings.IndexOf("follow-up")].Target);
        Assert.Equal([new ReverseDescriptor("FollowUps", 4, meetings.IndexOf("follow-up"))], meetings.Reverses);
        Assert.Contains(new ReverseDescriptor("Meetings", 4, meetings.IndexOf("participants")), Schema[FactKinds.Actors.Index].Reverses);
        Assert.Equal([Format], Schema.DeclaredEnums);
    }

    [Fact]
    public Task KindTypes()
    {
        var source = KindEmitter.Emit(new KindTypesModel(Options, Schema, MeetingKind.Index));
        var text = source.Text.ToString();

        Assert.Equal("FactsGen.Kind.Meeting.g.cs", source.HintName);
        Assert.Contains("public enum MeetingFormat", text, StringComparison.Ordinal);
        Assert.Contains("public static string ToYamlName(this global::Demo.Facts.MeetingFormat value)", text, StringComparison.Ordinal);
        Assert.Contains("public readonly struct MeetingId", text, StringComparison.Ordinal);
        Assert.Contains("public sealed partial record Meeting : global::Demo.Facts.ICitedFact", text, StringComparison.Ordinal);
        Assert.Contains("public global::System.Collections.Immutable.ImmutableArray<global::Demo.Facts.Meeting> FollowUps => ", text, StringComparison.Ordinal);

        // Only its own enums: the built-in ones are fixed types, emitted once elsewhere.
        Assert.DoesNotContain("enum Certainty", text, StringComparison.Ordinal);
        return Verifier.Verify(text, "cs").UseDirectory("../Snapshots/Verified");
    }

    [Fact]
    public void BuiltInKindGetsTheReverseOfTheHandBuiltKind()
    {
        var actor = KindEmitter.Emit(new KindTypesModel(Options, Schema, FactKinds.Actors.Index)).Text.ToString();
        var builtIn = KindEmitter.Emit(new KindTypesModel(Options, FactSchema.BuiltIn, FactKinds.Actors.Index)).Text.ToString();

        Assert.Contains("public global::System.Collections.Immutable.ImmutableArray<global::Demo.Facts.Meeting> Meetings => ", actor, StringComparison.Ordinal);
        Assert.DoesNotContain(" Meetings => ", builtIn, StringComparison.Ordinal);
        Assert.DoesNotContain("enum MeetingFormat", actor, StringComparison.Ordinal);

        // The built-in reverses are there either way.
        foreach (var reverse in new[] { "Deployments", "SanctionsImposed", "SanctionsAgainst", "Affiliates" })
        {
            Assert.Contains($" {reverse} => ", actor, StringComparison.Ordinal);
            Assert.Contains($" {reverse} => ", builtIn, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void FactFileHasNoProvenanceAttributesByDefault()
    {
        var text = FactFileEmitter.Emit(Options with { ProvenanceAttributes = false }, new FactFileModel(FilePath, Records().ToEquatableArray(), Schema)).Text.ToString();
        var withAttributes = FactFileEmitter.Emit(Options, new FactFileModel(FilePath, Records().ToEquatableArray(), Schema)).Text.ToString();

        // The same text without the attribute lines: the doc comments keep the quotes.
        Assert.DoesNotContain("Provenance(", text, StringComparison.Ordinal);
        Assert.Contains("<br/>[a:1] \"Wagner &quot;fighters&quot;\"", text, StringComparison.Ordinal);
        var withoutAttributeLines = string.Join("\n", withAttributes.ReplaceLineEndings("\n").Split('\n').Where(l => !l.TrimStart().StartsWith("[global::Demo.Facts.Provenance(", StringComparison.Ordinal)));
        Assert.Equal(withoutAttributeLines, text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public Task FactFile()
    {
        var source = FactFileEmitter.Emit(Options, new FactFileModel(FilePath, Records().ToEquatableArray(), Schema));
        var text = source.Text.ToString();

        Assert.Contains("public static partial class Meetings", text, StringComparison.Ordinal);
        Assert.Contains("public static global::Demo.Facts.Meeting MinskTalks => ", text, StringComparison.Ordinal);
        Assert.Contains("public static global::Demo.Facts.Meeting NiameyVisit => ", text, StringComparison.Ordinal);

        // The summary from the kind's template (default for an absent enum; brackets left out), escaped for XML.
        Assert.Contains("/// <summary>video call meeting in Minsk, &quot;the capital&quot; */ &lt;/summary&gt; on August 2023<br/>", text, StringComparison.Ordinal);
        Assert.Contains("/// <summary>in person meeting<br/>", text, StringComparison.Ordinal);
        Assert.Contains("[global::Demo.Facts.Provenance(\"a\", 1, \"Wagner \\\"fighters\\\"\")]", text, StringComparison.Ordinal);
        return Verifier.Verify(text, "cs").UseDirectory("../Snapshots/Verified");
    }

    [Fact]
    public Task Catalog()
    {
        var source = CatalogEmitter.Emit(new CatalogModel(Options, MeetingKind, EquatableArray.Create(new FileShare(FilePath, 2))));
        var text = source.Text.ToString();

        Assert.Equal("FactsGen.Catalog.Meetings.g.cs", source.HintName);
        Assert.Contains("/// <summary>Every meeting (2), in fact-base order", text, StringComparison.Ordinal);
        Assert.Contains("public static global::Demo.Facts.Meeting Get(global::Demo.Facts.MeetingId id)", text, StringComparison.Ordinal);
        return Verifier.Verify(text, "cs").UseDirectory("../Snapshots/Verified");
    }

    [Fact]
    public void EverythingEmittedFromTheHandBuiltModelCompilesAndRuns()
    {
        var sources = new List<string>();
        sources.AddRange(TypesEmitter.Emit(Options).Select(s => s.Text.ToString()));
        foreach (var kind in Schema.Kinds)
        {
            sources.Add(KindEmitter.Emit(new KindTypesModel(Options, Schema, kind.Index)).Text.ToString());
            var files = kind == MeetingKind ? EquatableArray.Create(new FileShare(FilePath, 2)) : EquatableArray<FileShare>.Empty;
            sources.Add(CatalogEmitter.Emit(new CatalogModel(Options, kind, files)).Text.ToString());
        }

        sources.Add(FactFileEmitter.Emit(Options, new FactFileModel(FilePath, Records().ToEquatableArray(), Schema)).Text.ToString());
        var compilation = GeneratorHarness.CreateCompilation([.. sources]);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));

        var context = new AssemblyLoadContext("hand-built", isCollectible: true);
        try
        {
            using var stream = new MemoryStream();
            Assert.True(compilation.Emit(stream).Success);
            stream.Position = 0;
            var assembly = context.LoadFromStream(stream);
            var meetings = assembly.GetType($"{GeneratorHarness.Namespace}.Meetings", throwOnError: true)!;
            var all = ((System.Collections.IEnumerable)meetings.GetProperty("All")!.GetValue(null)!).Cast<object>().Select(r => r.ToString()).ToList();
            Assert.Equal(
                [
                    "Meeting { Id = minsk-talks, Format = VideoCall, Place = Minsk, \"the capital\" */ </summary>, Date = August 2023, Participants = [wagner, junta], FollowUp = , Sources = [[a:1]], Inferences = [] }",
                    "Meeting { Id = niamey-visit, Format = InPerson, Place = , Date = , Participants = [junta], FollowUp = minsk-talks, Sources = [[a:1]], Inferences = [] }",
                ],
                all);

            // The self-reference resolves, and its reverse lists the referring meeting.
            var niamey = meetings.GetProperty("NiameyVisit")!.GetValue(null)!;
            var minsk = meetings.GetProperty("MinskTalks")!.GetValue(null)!;
            var followUp = niamey.GetType().GetProperty("FollowUp")!.GetValue(niamey)!;
            Assert.Same(minsk, followUp.GetType().GetMethod("Resolve")!.Invoke(followUp, null));
            var followUps = ((System.Collections.IEnumerable)minsk.GetType().GetProperty("FollowUps")!.GetValue(minsk)!).Cast<object>().ToList();
            Assert.Equal([niamey], followUps);
        }
        finally
        {
            context.Unload();
        }
    }

    private static readonly LocationInfo Nowhere = new(FilePath, 0, 0, 0, 0, 0, 0);

    private static FactRecord Record(KindDescriptor kind, string id, Dictionary<string, ScalarItem[]> values)
    {
        var fields = new FieldValue?[kind.Fields.Count];
        fields[kind.IndexOf("id")] = new FieldValue(EquatableArray.Create(new ScalarItem(id, Nowhere)), EquatableArray<CitationItem>.Empty, Nowhere);
        foreach (var (name, items) in values)
        {
            Assert.True(kind.IndexOf(name) >= 0, name);
            fields[kind.IndexOf(name)] = new FieldValue(items.ToEquatableArray(), EquatableArray<CitationItem>.Empty, Nowhere);
        }

        fields[kind.IndexOf("sources")] = new FieldValue(
            EquatableArray<ScalarItem>.Empty,
            EquatableArray.Create(new CitationItem("a", 1, "Wagner \"fighters\"", Nowhere, Nowhere, Nowhere)),
            Nowhere);
        return new FactRecord(kind.Index, id, Nowhere, Nowhere, fields.ToEquatableArray(), IsValid: true);
    }

    private static ScalarItem Enum(KindDescriptor kind, string field, string value) =>
        new(value, Nowhere) { EnumIndex = kind.Fields[kind.IndexOf(field)].Enum!.IndexOf(value) };

    private static ScalarItem Date(string text)
    {
        Assert.True(PartialDateValue.TryParse(text, out var date, out _));
        return new ScalarItem(text, Nowhere) { Date = date };
    }
}
