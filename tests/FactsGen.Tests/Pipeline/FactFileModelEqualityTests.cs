using System.Reflection;
using FactsGen.Emit;
using FactsGen.Model;
using FactsGen.Schema;

namespace FactsGen.Tests.Pipeline;

/// <summary>
/// Guards <see cref="FactFileModel"/>'s hand-written equality (<c>SameContent</c>), which ignores
/// locations so that an edit that only moves text emits nothing again. It goes stale silently when a
/// member is added to the parsed model; these tests make that loud.
/// </summary>
public class FactFileModelEqualityTests
{
    /// <summary>
    /// Every public property of the parsed model and what SameContent does with it. When a test
    /// below names a new member: update SameContent in generator/FactsGen.Generator/Emit/EmitModels.cs
    /// (compare it, or say here why emission ignores it), then add it to this list.
    /// </summary>
    private static readonly Dictionary<(Type Type, string Member), string> Known = new()
    {
        [(typeof(FactRecord), nameof(FactRecord.Kind))] = "compared",
        [(typeof(FactRecord), nameof(FactRecord.Id))] = "compared",
        [(typeof(FactRecord), nameof(FactRecord.Fields))] = "compared",
        [(typeof(FactRecord), nameof(FactRecord.Location))] = "ignored: a location",
        [(typeof(FactRecord), nameof(FactRecord.IdLocation))] = "ignored: a location",
        [(typeof(ClaimItem), nameof(ClaimItem.Inferences))] = "compared",
        [(typeof(FactRecord), nameof(FactRecord.IsValid))] = "ignored: a model holds accepted records only, which are all valid",
        [(typeof(FactRecord), nameof(FactRecord.Inferences))] = "compared",
        [(typeof(InferenceItem), nameof(InferenceItem.Field))] = "compared",
        [(typeof(InferenceItem), nameof(InferenceItem.Reason))] = "compared",
        [(typeof(InferenceItem), nameof(InferenceItem.FieldLocation))] = "ignored: a location",
        [(typeof(InferenceItem), nameof(InferenceItem.ReasonLocation))] = "ignored: a location",
        [(typeof(FieldValue), nameof(FieldValue.Items))] = "compared",
        [(typeof(FieldValue), nameof(FieldValue.Citations))] = "compared",
        [(typeof(FieldValue), nameof(FieldValue.Location))] = "ignored: a location",
        [(typeof(FieldValue), nameof(FieldValue.Text))] = "ignored: computed from Items",
        [(typeof(FieldValue), nameof(FieldValue.Claims))] = "compared",
        [(typeof(FieldValue), nameof(FieldValue.HasClaims))] = "ignored: computed from Claims",
        [(typeof(ClaimItem), nameof(ClaimItem.Value))] = "compared",
        [(typeof(ClaimItem), nameof(ClaimItem.Sources))] = "compared",
        [(typeof(ClaimItem), nameof(ClaimItem.Rank))] = "compared",
        [(typeof(ClaimItem), nameof(ClaimItem.Note))] = "compared",
        [(typeof(ClaimItem), nameof(ClaimItem.Location))] = "ignored: a location",
        [(typeof(ClaimItem), nameof(ClaimItem.ValueLocation))] = "ignored: a location",
        [(typeof(ScalarItem), nameof(ScalarItem.Text))] = "compared",
        [(typeof(ScalarItem), nameof(ScalarItem.Location))] = "ignored: a location",
        [(typeof(ScalarItem), nameof(ScalarItem.Date))] = "ignored: parsed from Text by the field's type, which the compared schema fixes",
        [(typeof(ScalarItem), nameof(ScalarItem.Quantity))] = "ignored: parsed from Text by the field's type, which the compared schema fixes",
        [(typeof(ScalarItem), nameof(ScalarItem.EnumIndex))] = "ignored: parsed from Text by the field's type, which the compared schema fixes",
        [(typeof(CitationItem), nameof(CitationItem.Article))] = "compared",
        [(typeof(CitationItem), nameof(CitationItem.Line))] = "compared",
        [(typeof(CitationItem), nameof(CitationItem.Quote))] = "compared",
        [(typeof(CitationItem), nameof(CitationItem.ArticleLocation))] = "ignored: a location",
        [(typeof(CitationItem), nameof(CitationItem.LineLocation))] = "ignored: a location",
        [(typeof(CitationItem), nameof(CitationItem.QuoteLocation))] = "ignored: a location",
    };

    private static readonly Type[] ModelTypes = [typeof(FactRecord), typeof(FieldValue), typeof(ScalarItem), typeof(CitationItem), typeof(ClaimItem), typeof(InferenceItem)];

    [Fact]
    public void EveryMemberOfTheParsedModelIsKnownToSameContent()
    {
        var members = ModelTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (Type: t, Member: p.Name)))
            .ToList();

        var unknown = members.Where(m => !Known.ContainsKey(m)).Select(m => $"{m.Type.Name}.{m.Member}").ToList();
        Assert.True(unknown.Count == 0, $"New member(s) of the parsed model: {string.Join(", ", unknown)}. FactFileModel.SameContent (generator/FactsGen.Generator/Emit/EmitModels.cs) does not know about them: compare them there (or say why emission ignores them), then add them to {nameof(FactFileModelEqualityTests)}.{nameof(Known)}.");

        // And the list names no member that is gone (a rename would otherwise leave it stale).
        var gone = Known.Keys.Where(k => !members.Contains(k)).Select(k => $"{k.Type.Name}.{k.Member}").ToList();
        Assert.True(gone.Count == 0, $"Known lists member(s) the model no longer has: {string.Join(", ", gone)}");
    }

    [Fact]
    public void ModelsThatDifferOnlyInLocationsAreEqual()
    {
        var a = Model(At(0));
        var b = Model(At(100));

        Assert.NotEqual(a.Records[0].Location, b.Records[0].Location);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    /// <summary>Each compared member, changed in one record of an otherwise equal model.</summary>
    public static TheoryData<string> Changes() =>
    [
        "path", "schema", "record count", "FactRecord.Kind", "FactRecord.Id", "FactRecord.Fields (count)", "FactRecord.Fields (absent)",
        "FieldValue.Items (count)", "FieldValue.Citations (count)", "ScalarItem.Text", "CitationItem.Article", "CitationItem.Line", "CitationItem.Quote",
        "FieldValue.Claims (count)", "ClaimItem.Value", "ClaimItem.Sources", "ClaimItem.Rank", "ClaimItem.Note",
        "FactRecord.Inferences (count)", "InferenceItem.Field", "InferenceItem.Reason", "ClaimItem.Inferences",
    ];

    [Theory]
    [MemberData(nameof(Changes))]
    public void ModelsThatDifferInAComparedMemberAreUnequal(string change)
    {
        var a = Model(At(0));
        var b = Change(Model(At(0)), change);

        Assert.Equal(a, Model(At(0)));
        Assert.NotEqual(a, b);
        Assert.NotEqual(b, a);
    }

    [Fact]
    public void EveryComparedMemberHasAChangeThatTestsIt()
    {
        // A member listed as compared must have a case in Changes, so it is really tested.
        var cases = ((IEnumerable<object[]>)Changes()).Select(c => (string)c[0]).ToList();
        foreach (var (type, member) in Known.Where(k => k.Value == "compared").Select(k => k.Key))
        {
            Assert.Contains(cases, c => c.StartsWith($"{type.Name}.{member}", StringComparison.Ordinal));
        }
    }

    private static FactFileModel Change(FactFileModel model, string change)
    {
        var record = model.Records[0];
        var name = record.Fields[1]!;
        var sources = record.Fields[^1]!;
        var citation = sources.Citations[0];
        FactRecord changed = change switch
        {
            "path" => record,
            "schema" => record,
            "record count" => record,
            "FactRecord.Kind" => record with { Kind = 2 },
            "FactRecord.Id" => record with { Id = "other" },
            "FactRecord.Fields (count)" => record with { Fields = record.Fields.Take(record.Fields.Count - 1).ToEquatableArray() },
            "FactRecord.Fields (absent)" => record with { Fields = record.Fields.Select((f, i) => i == 1 ? null : f).ToEquatableArray() },
            "FieldValue.Items (count)" => WithField(record, 1, name with { Items = name.Items.Concat(name.Items).ToEquatableArray() }),
            "FieldValue.Citations (count)" => WithField(record, record.Fields.Count - 1, sources with { Citations = sources.Citations.Concat(sources.Citations).ToEquatableArray() }),
            "ScalarItem.Text" => WithField(record, 1, name with { Items = EquatableArray.Create(name.Items[0] with { Text = "Other" }) }),
            "CitationItem.Article" => WithField(record, record.Fields.Count - 1, sources with { Citations = EquatableArray.Create(citation with { Article = "b" }) }),
            "CitationItem.Line" => WithField(record, record.Fields.Count - 1, sources with { Citations = EquatableArray.Create(citation with { Line = 2 }) }),
            "CitationItem.Quote" => WithField(record, record.Fields.Count - 1, sources with { Citations = EquatableArray.Create(citation with { Quote = "other words" }) }),
            "FieldValue.Claims (count)" => WithField(record, 1, name with { Claims = name.Claims.Take(1).ToEquatableArray() }),
            "ClaimItem.Value" => WithClaim(record, claim => claim with { Value = EquatableArray.Create(claim.Value[0] with { Text = "Other" }) }),
            "ClaimItem.Sources" => WithClaim(record, claim => claim with { Sources = EquatableArray.Create(citation with { Line = 2 }) }),
            "ClaimItem.Rank" => WithClaim(record, claim => claim with { Rank = ClaimRank.Deprecated }),
            "ClaimItem.Note" => WithClaim(record, claim => claim with { Note = "other" }),
            "FactRecord.Inferences (count)" => record with { Inferences = EquatableArray<InferenceItem>.Empty },
            "InferenceItem.Field" => record with { Inferences = EquatableArray.Create(record.Inferences[0] with { Field = "country" }) },
            "InferenceItem.Reason" => record with { Inferences = EquatableArray.Create(record.Inferences[0] with { Reason = "another reason" }) },
            "ClaimItem.Inferences" => WithClaim(record, claim => claim with { Inferences = record.Inferences }),
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, null),
        };

        return change switch
        {
            "path" => model with { Path = "/project/facts/other.yaml" },
            "schema" => model with { Schema = FactSchema.BuiltIn with { SilencedSections = EquatableArray.Create("events") } },
            "record count" => model with { Records = model.Records.Concat(model.Records).ToEquatableArray() },
            _ => model with { Records = EquatableArray.Create(changed) },
        };
    }

    /// <summary>The record with its name's second claim changed.</summary>
    private static FactRecord WithClaim(FactRecord record, Func<ClaimItem, ClaimItem> change)
    {
        var name = record.Fields[1]!;
        return WithField(record, 1, name with { Claims = EquatableArray.Create(name.Claims[0], change(name.Claims[1])) });
    }

    private static FactRecord WithField(FactRecord record, int index, FieldValue value) =>
        record with { Fields = record.Fields.Select((f, i) => i == index ? value : f).ToEquatableArray() };

    /// <summary>An actor with an id, a name and one citation, every node at <paramref name="at"/>.</summary>
    private static FactFileModel Model(Func<int, LocationInfo> at)
    {
        var actors = FactKinds.Actors;
        var fields = new FieldValue?[actors.Fields.Count];
        fields[actors.IndexOf("id")] = Scalar("blinken", at(1));
        var citation = new CitationItem("a", 3, "Blinken spoke", at(4), at(5), at(6));

        // Claims (not allowed on an actor's name, but equality does not look at the schema's rules).
        fields[actors.IndexOf("name")] = Scalar("Antony Blinken", at(2)) with
        {
            Claims = EquatableArray.Create(
                new ClaimItem(EquatableArray.Create(new ScalarItem("Antony Blinken", at(7))), EquatableArray.Create(citation), ClaimRank.Preferred, "a note", at(7), at(7)),
                new ClaimItem(EquatableArray.Create(new ScalarItem("Tony Blinken", at(8))), EquatableArray.Create(citation), ClaimRank.Normal, null, at(8), at(8))),
        };
        fields[actors.IndexOf("sources")] = new FieldValue(
            EquatableArray<ScalarItem>.Empty,
            EquatableArray.Create(new CitationItem("a", 3, "Blinken spoke", at(4), at(5), at(6))),
            at(3));
        Assert.Equal(1, actors.IndexOf("name"));
        Assert.Equal(actors.Fields.Count - 1, actors.IndexOf("sources"));
        var record = new FactRecord(actors.Index, "blinken", at(0), at(1), fields.ToEquatableArray(), IsValid: true)
        {
            Inferences = EquatableArray.Create(new InferenceItem("role", "the article names his office elsewhere", at(7), at(8))),
        };
        return new FactFileModel("/project/facts/test.yaml", EquatableArray.Create(record), FactSchema.BuiltIn);
    }

    private static FieldValue Scalar(string text, LocationInfo location) =>
        new(EquatableArray.Create(new ScalarItem(text, location)), EquatableArray<CitationItem>.Empty, location);

    private static Func<int, LocationInfo> At(int offset) =>
        node => new LocationInfo("/project/facts/test.yaml", offset + (node * 10), 5, offset + node, 4, offset + node, 9);
}
