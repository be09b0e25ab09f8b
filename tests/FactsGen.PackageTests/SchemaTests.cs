using System.Threading;
using FactsGen.PackageTests.Infrastructure;
using FactsGen.Parsing;
using FactsGen.Schema;
using FactsGen.Tooling.Schema;
using NJsonSchema;
using NJsonSchema.Validation;
using Newtonsoft.Json.Linq;

namespace FactsGen.PackageTests;

/// <summary>
/// The JSON schema for fact files: generated from the kind descriptors (and checked in, so it cannot
/// drift), met by every fact file of the real fact base, and in agreement with the generator: what the
/// generator accepts on its own the schema accepts, and the mistakes a schema can see it rejects.
/// </summary>
public sealed class SchemaTests
{
    /// <summary>The schema of the real fact base: the built-in kinds and the ones facts/kinds.yaml declares.</summary>
    private static readonly Lazy<FactsGen.Tooling.Engine.FactBaseSnapshot> RealBase = new(() => FactsGen.Tooling.Engine.FactBaseState.CheckOnce(
        Directory.EnumerateFiles(RepoPaths.Facts, "*.*", SearchOption.AllDirectories).Select(f => new FactsGen.Tooling.Files.FactBaseFile(f, File.ReadAllText(f)))));

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromJsonAsync(JsonSchemaWriter.Write(RealBase.Value.Schema.Kinds, RealBase.Value.Schema.Enums)).GetAwaiter().GetResult());

    [Fact]
    public void CheckedInSchema_IsWhatTheDescriptorsWrite()
    {
        var checkedIn = File.ReadAllText(RepoPaths.Schema).Replace("\r\n", "\n", StringComparison.Ordinal);
        var expected = JsonSchemaWriter.Write(RealBase.Value.Schema.Kinds, RealBase.Value.Schema.Enums);
        Assert.True(
            checkedIn == expected,
            "facts/factsgen.schema.json is out of date with the kinds (built-in and facts/kinds.yaml). Regenerate it: "
            + "dotnet run --project generator/FactsGen.Cli -- schema facts --output facts/factsgen.schema.json");
    }

    [Fact]
    public void PackagedSchema_IsTheBuiltInKinds()
    {
        var packaged = File.ReadAllText(Path.Combine(RepoPaths.Generator, "build", JsonSchemaWriter.FileName)).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.True(
            packaged == JsonSchemaWriter.Write(FactKinds.All, FactKinds.Enums),
            "generator/FactsGen.Generator/build/factsgen.schema.json is out of date with the kind descriptors (Schema/FactKinds.cs). Regenerate it: "
            + "dotnet run --project generator/FactsGen.Cli -- schema --output generator/FactsGen.Generator/build/factsgen.schema.json");
    }

    [Fact]
    public void TheRealBasesSchema_HasTheDeclaredKindsTheirFieldsAndEnumValues()
    {
        var json = JObject.Parse(File.ReadAllText(RepoPaths.Schema));
        var sections = (JObject)json["properties"]!;
        Assert.NotNull(sections["events"]);
        Assert.NotNull(sections["statements"]);
        var text = json.ToString();
        Assert.Contains("\"coup\"", text, StringComparison.Ordinal);
        Assert.Contains("What sort of event it is.", text, StringComparison.Ordinal);
        Assert.Contains("Who said or wrote it.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_IsDeterministicDraft07_AndNamesEveryKindFieldAndEnumValue()
    {
        Assert.Equal(JsonSchemaWriter.Write(FactKinds.All, FactKinds.Enums), JsonSchemaWriter.Write(FactKinds.All, FactKinds.Enums));
        var json = JObject.Parse(JsonSchemaWriter.Write(FactKinds.All, FactKinds.Enums));
        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)json["$schema"]);
        foreach (var kind in FactKinds.All)
        {
            Assert.NotNull(json["properties"]![kind.Section]);
            var record = (JObject)json["definitions"]![kind.Noun]!;
            var properties = ((JObject)record["properties"]!).Properties().Select(p => p.Name);
            Assert.Equal(kind.Fields.Select(f => f.Name).Append("inferred"), properties);
            Assert.Equal(kind.Fields.Where(f => f.IsRequired).Select(f => f.Name), record["required"]!.Values<string>());
            Assert.False((bool)record["additionalProperties"]!);

            // inferred names every value field (not id or sources); only disputable fields take claims.
            var inferred = ((JObject)record["properties"]!["inferred"]!["properties"]!).Properties().Select(p => p.Name);
            Assert.Equal(kind.Fields.Where(f => f != kind.IdField && f.Type != FactsGen.Schema.ValueType.Citation).Select(f => f.Name), inferred);
            foreach (var field in kind.Fields)
            {
                var takesClaims = record["properties"]![field.Name]!.ToString().Contains("\"claims\"", StringComparison.Ordinal);
                Assert.True(field.IsDisputable == takesClaims, $"{kind.Section}.{field.Name}: disputable {field.IsDisputable}, claims in the schema {takesClaims}");
            }
        }

        foreach (var e in FactKinds.Enums)
        {
            var definition = json["definitions"]!.Children<JProperty>().Single(p => p.Name.Equals(e.TypeName, StringComparison.OrdinalIgnoreCase));
            Assert.Equal(e.Members.Select(m => m.Yaml), definition.Value["enum"]!.Values<string>());
        }

        Assert.Equal(249, json["definitions"]!["country"]!["enum"]!.Count());
    }

    [Fact]
    public void Writer_WalksTheKindsAndEnumsItIsGiven()
    {
        var json = JObject.Parse(JsonSchemaWriter.Write(new[] { FactKinds.Actors }, new[] { FactKinds.ActorKind }));

        // The kinds it is given, and the section that declares kinds, which every fact base may have.
        Assert.Equal(new[] { "actors", "kinds" }, ((JObject)json["properties"]!).Properties().Select(p => p.Name));
        var definitions = ((JObject)json["definitions"]!).Properties().Select(p => p.Name).ToList();
        Assert.Contains("actor", definitions);
        Assert.Contains("actorKind", definitions);
        Assert.DoesNotContain("deployment", definitions);
        Assert.DoesNotContain("certainty", definitions);
        Assert.DoesNotContain("deployments", (string)json["description"]!, StringComparison.Ordinal);
    }

    /// <summary>
    /// What yaml-language-server needs (FactsGen.Editors.Tests drive it): a field's own type or
    /// anyOf (else completion inserts a bare key), its doc as the only description on its path
    /// (else hover shows a shared one), and no null type (else null is offered as a value).
    /// </summary>
    [Fact]
    public void EveryField_HasItsOwnTypeAndDoc_AndNoNullType()
    {
        var json = JObject.Parse(JsonSchemaWriter.Write(FactKinds.All, FactKinds.Enums));
        foreach (var kind in FactKinds.All)
        {
            foreach (var field in kind.Fields)
            {
                var schema = (JObject)json["definitions"]![kind.Noun]!["properties"]![field.Name]!;
                Assert.True(schema["type"] is not null || schema["anyOf"] is not null, $"{kind.Section}.{field.Name} has neither a type nor an anyOf");
                Assert.StartsWith(field.Doc, (string?)schema["description"], StringComparison.Ordinal);
            }
        }

        foreach (var definition in ((JObject)json["definitions"]!).Properties().Where(p => FactKinds.All.All(k => k.Noun != p.Name)))
        {
            Assert.Null(definition.Value["description"]);
        }

        Assert.DoesNotContain("\"null\"", json["definitions"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryFactFile_StartsWithTheSchemaModeline()
    {
        Assert.NotEmpty(RepoPaths.FactFiles);
        foreach (var file in RepoPaths.FactFiles)
        {
            var first = File.ReadLines(file).FirstOrDefault();
            Assert.True(first == JsonSchemaWriter.Modeline, $"{Path.GetRelativePath(RepoPaths.Root, file)} must start with '{JsonSchemaWriter.Modeline}', not '{first}'");
        }
    }

    public static TheoryData<string> FactFiles() => new(RepoPaths.FactFiles.Select(f => Path.GetRelativePath(RepoPaths.Facts, f)));

    [Theory]
    [MemberData(nameof(FactFiles))]
    public void RealFactFile_MeetsTheSchema(string file)
    {
        var documents = YamlToJson.Convert(File.ReadAllText(Path.Combine(RepoPaths.Facts, file)));
        Assert.NotEmpty(documents);
        foreach (var document in documents)
        {
            var errors = Schema.Value.Validate(document);
            Assert.True(errors.Count == 0, $"{file}: " + string.Join("\n", errors.Select(e => $"{e.Path} (line {e.LineNumber}): {e.Kind}")));
        }
    }

    /// <summary>YAML the generator accepts on its own (no per-file diagnostic): the schema must accept it too.</summary>
    public static TheoryData<string, string> Accepted() => new()
    {
        { "every value shape", """
            articles:
              - {id: a1, file: a.txt, title: 2023, publisher: true, published: 2021, url: "https://example.org/a"}
              - {id: a2, file: b.txt, published: 2023-08, url: HTTP://example.org}
              - {id: a3, file: c.txt, published: "2023-08-09", title: ~, url: }
            actors:
              - id: x
                name: X
                kind: armed-group
                country: NE
                aliases: solo alias
                affiliated-with: y
                sources: {article: a1, line: 1, quote: words}
              - {id: y, name: 1500, kind: state, aliases: [], affiliated-with: [], role: null, country: ~, sources: [{article: a1, line: 09, quote: 12}]}
            deployments:
              - {id: d1, actor: x, location: Niger, strength: 1500, since: 2021, as-of: 2023-08-09, certainty: estimated, countries: NE, sources: [{article: a1, line: 1, quote: q}]}
              - {id: d2, actor: x, location: Mali, strength: ~1000, countries: [ML, NE], attributed-to: y, sources: [{article: a1, line: 1, quote: q}]}
              - {id: d3, actor: x, location: Mali, strength: ">=1000", certainty: , sources: [{article: a1, line: 1, quote: q}]}
              - {id: d4, actor: x, location: Mali, strength: <=1000, sources: [{article: a1, line: 1, quote: q}]}
              - {id: d5, actor: x, location: Mali, strength: 1000..2000, sources: [{article: a1, line: 1, quote: q}]}
              - {id: d6, actor: x, location: Mali, strength: thousands, purpose: ~, sources: [{article: a1, line: 1, quote: q}]}
            sanctions:
              - {id: s1, imposed-by: x, targets: y, instruments: financial, date: 2023-08-08, sources: [{article: a1, line: 1, quote: q}]}
              - {id: s2, imposed-by: x, targets: [x, y], ordered-by: y, through: x, instruments: [trade, travel], certainty: reported, sources: [{article: a1, line: 1, quote: q}]}
            """ },
        { "date intervals and open ends", """
            sanctions:
              - {id: s1, imposed-by: x, targets: y, date: 2023-07-31/2023-08-06, sources: [{article: a, line: 1, quote: q}]}
              - {id: s2, imposed-by: x, targets: y, date: 2022-12/2023-01, sources: [{article: a, line: 1, quote: q}]}
              - {id: s3, imposed-by: x, targets: y, date: ../2023-08-08, sources: [{article: a, line: 1, quote: q}]}
              - {id: s4, imposed-by: x, targets: y, date: "2023-07-26/..", sources: [{article: a, line: 1, quote: q}]}
              - {id: s5, imposed-by: x, targets: y, date: 2021/2023-08, sources: [{article: a, line: 1, quote: q}]}
            """ },
        { "claims and inferred", """
            deployments:
              - id: d1
                actor: x
                location:
                  claims:
                    - {value: Niger, rank: preferred, note: "the first report", sources: [{article: a, line: 1, quote: q}]}
                    - value: Mali
                      rank: deprecated
                      sources: [{article: a, line: 2, quote: q}]
                      inferred: {location: "the paper's dateline"}
                strength:
                  claims:
                    - {value: 1500, sources: [{article: a, line: 1, quote: q}]}
                    - {value: ~1000, sources: [{article: a, line: 1, quote: q}]}
                as-of: {claims: [{value: 2023-08, sources: [{article: a, line: 1, quote: q}]}, {value: 2023-07-31/2023-08-06, sources: [{article: a, line: 1, quote: q}]}]}
                inferred:
                  actor: "the troops are Wagner's, as line 9 says of the group"
                  since: "the year the talks broke down"
                sources: [{article: a, line: 1, quote: q}]
            sanctions:
              - id: s1
                imposed-by: x
                targets: y
                date: {claims: [{value: 2023-08-08, sources: [{article: a, line: 1, quote: q}]}, {value: ../2023-08-10, rank: normal, sources: [{article: a, line: 2, quote: q}]}]}
                inferred: {imposed-by: "the bloc whose deadline passed"}
                sources: [{article: a, line: 1, quote: q}]
            """ },
        { "a kind with in-quote and disputable fields", """
            kinds:
              - id: events
                record: Event
                fields:
                  - {name: date, type: date, disputable: true}
                  - {name: actors, type: ref actors, list: true, in-quote: false}
                  - {name: place, type: string, in-quote: true, disputable: false}
            """ },
        { "several documents, empty sections and an empty document", """
            actors:
            ---
            deployments: []
            ---
            """ },
        { "anchors and aliases", """
            actors:
              - &wagner {id: w, name: W, kind: armed-group, sources: &src [{article: a, line: 2, quote: "x"}]}
            deployments:
              - {id: d, actor: w, location: L, sources: *src}
            """ },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void WhatTheGeneratorAccepts_TheSchemaAccepts(string name, string yaml)
    {
        var parsed = FactFileParser.Parse("/project/facts/test.yaml", yaml, CancellationToken.None);
        Assert.True(parsed.Diagnostics.Count == 0, $"{name}: the generator reports " + string.Join("; ", parsed.Diagnostics.Select(d => $"{d.Id} {d.Message}")));
        foreach (var document in YamlToJson.Convert(yaml))
        {
            var errors = Schema.Value.Validate(document);
            Assert.True(errors.Count == 0, $"{name}: " + string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        }
    }

    private const string Actor = "{id: x, name: X, kind: state, sources: [{article: a, line: 1, quote: q}]}";

    /// <summary>Mistakes the schema can see: the generator reports each with the given id, and the schema rejects it.</summary>
    public static TheoryData<string, string, string> Rejected() => new()
    {
        { "unknown section", "FG0002", "actor:\n  - " + Actor },
        { "unknown field", "FG0003", "actors:\n  - {id: x, name: X, kind: state, nmae: Y, sources: [{article: a, line: 1, quote: q}]}" },
        { "unknown citation key", "FG0003", "actors:\n  - {id: x, name: X, kind: state, sources: [{article: a, line: 1, quote: q, page: 2}]}" },
        { "missing required field", "FG0004", "actors:\n  - {id: x, kind: state, sources: [{article: a, line: 1, quote: q}]}" },
        { "empty required field", "FG0004", "actors:\n  - {id: x, name: , kind: state, sources: [{article: a, line: 1, quote: q}]}" },
        { "citation without quote", "FG0004", "actors:\n  - {id: x, name: X, kind: state, sources: [{article: a, line: 1}]}" },
        { "bad enum", "FG0005", "actors:\n  - {id: x, name: X, kind: persn, sources: [{article: a, line: 1, quote: q}]}" },
        { "bad slug", "FG0005", "actors:\n  - {id: Wagner_Group, name: X, kind: state, sources: [{article: a, line: 1, quote: q}]}" },
        { "bad reference slug", "FG0005", "deployments:\n  - {id: d, actor: Wagner, location: L, sources: [{article: a, line: 1, quote: q}]}" },
        { "lower-case country", "FG0005", "actors:\n  - {id: x, name: X, kind: state, country: ne, sources: [{article: a, line: 1, quote: q}]}" },
        { "unknown country", "FG0005", "actors:\n  - {id: x, name: X, kind: state, country: XX, sources: [{article: a, line: 1, quote: q}]}" },
        { "bad date", "FG0005", "deployments:\n  - {id: d, actor: x, location: L, since: 9 August 2023, sources: [{article: a, line: 1, quote: q}]}" },
        { "month 13", "FG0005", "deployments:\n  - {id: d, actor: x, location: L, since: 2023-13, sources: [{article: a, line: 1, quote: q}]}" },
        { "interval open at both ends", "FG0005", "deployments:\n  - {id: d, actor: x, location: L, since: ../.., sources: [{article: a, line: 1, quote: q}]}" },
        { "interval end that is not a date", "FG0005", "deployments:\n  - {id: d, actor: x, location: L, since: 2023-07/2023-13, sources: [{article: a, line: 1, quote: q}]}" },
        { "interval of three dates", "FG0005", "deployments:\n  - {id: d, actor: x, location: L, since: 2023/2024/2025, sources: [{article: a, line: 1, quote: q}]}" },
        { "quantity with separators", "FG0005", "deployments:\n  - {id: d, actor: x, location: L, strength: \"5,000\", sources: [{article: a, line: 1, quote: q}]}" },
        { "quantity as words", "FG0005", "deployments:\n  - {id: d, actor: x, location: L, strength: about 5000, sources: [{article: a, line: 1, quote: q}]}" },
        { "negative quantity", "FG0005", "deployments:\n  - {id: d, actor: x, location: L, strength: -5, sources: [{article: a, line: 1, quote: q}]}" },
        { "quoted line number", "FG0005", "actors:\n  - {id: x, name: X, kind: state, sources: [{article: a, line: \"9\", quote: q}]}" },
        { "line zero", "FG0005", "actors:\n  - {id: x, name: X, kind: state, sources: [{article: a, line: 0, quote: q}]}" },
        { "empty quote", "FG0005", "actors:\n  - {id: x, name: X, kind: state, sources: [{article: a, line: 1, quote: \"  \"}]}" },
        { "not a URL", "FG0005", "articles:\n  - {id: a, file: a.txt, url: example.org/a}" },
        { "section is not a list", "FG0005", "actors: {id: x}" },
        { "record is not a mapping", "FG0005", "actors:\n  - x" },
        { "list where a value is meant", "FG0005", "deployments:\n  - {id: d, actor: [x, y], location: L, sources: [{article: a, line: 1, quote: q}]}" },
        { "empty targets", "FG0005", "sanctions:\n  - {id: s, imposed-by: x, targets: [], sources: [{article: a, line: 1, quote: q}]}" },
        { "claims on a field that is not disputable", "FG0018", "deployments:\n  - {id: d, actor: x, location: L, purpose: {claims: [{value: a, sources: [{article: a, line: 1, quote: q}]}, {value: b, sources: [{article: a, line: 1, quote: q}]}]}, sources: [{article: a, line: 1, quote: q}]}" },
        { "one claim", "FG0018", "deployments:\n  - {id: d, actor: x, location: {claims: [{value: a, sources: [{article: a, line: 1, quote: q}]}]}, sources: [{article: a, line: 1, quote: q}]}" },
        { "a claim without sources", "FG0010", "deployments:\n  - {id: d, actor: x, location: {claims: [{value: a}, {value: b, sources: [{article: a, line: 1, quote: q}]}]}, sources: [{article: a, line: 1, quote: q}]}" },
        { "a claim without a value", "FG0004", "deployments:\n  - {id: d, actor: x, location: {claims: [{sources: [{article: a, line: 1, quote: q}]}, {value: b, sources: [{article: a, line: 1, quote: q}]}]}, sources: [{article: a, line: 1, quote: q}]}" },
        { "an unknown rank", "FG0005", "deployments:\n  - {id: d, actor: x, location: {claims: [{value: a, rank: best, sources: [{article: a, line: 1, quote: q}]}, {value: b, sources: [{article: a, line: 1, quote: q}]}]}, sources: [{article: a, line: 1, quote: q}]}" },
        { "a claim's value of the wrong type", "FG0005", "deployments:\n  - {id: d, actor: x, location: L, strength: {claims: [{value: many, sources: [{article: a, line: 1, quote: q}]}, {value: 5, sources: [{article: a, line: 1, quote: q}]}]}, sources: [{article: a, line: 1, quote: q}]}" },
        { "inferred names no field", "FG0003", "deployments:\n  - {id: d, actor: x, location: L, inferred: {locaton: why}, sources: [{article: a, line: 1, quote: q}]}" },
        { "inferred with an empty reason", "FG0005", "deployments:\n  - {id: d, actor: x, location: L, inferred: {location: \"  \"}, sources: [{article: a, line: 1, quote: q}]}" },
        { "a claim's inferred names another field", "FG0003", "deployments:\n  - {id: d, actor: x, location: {claims: [{value: a, inferred: {actor: why}, sources: [{article: a, line: 1, quote: q}]}, {value: b, sources: [{article: a, line: 1, quote: q}]}]}, sources: [{article: a, line: 1, quote: q}]}" },
        { "empty sources", "FG0010", "actors:\n  - {id: x, name: X, kind: state, sources: []}" },
        { "no sources", "FG0010", "actors:\n  - {id: x, name: X, kind: state}" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void WhatTheSchemaCanSee_BothReject(string name, string id, string yaml)
    {
        var parsed = FactFileParser.Parse("/project/facts/test.yaml", yaml, CancellationToken.None);
        Assert.True(parsed.Diagnostics.Any(d => d.Id == id), $"{name}: the generator reports {string.Join(", ", parsed.Diagnostics.Select(d => d.Id))}, not {id}");
        var errors = YamlToJson.Convert(yaml).SelectMany(d => Schema.Value.Validate(d)).ToList();
        Assert.True(errors.Count > 0, $"{name}: the schema accepts it");
    }

    [Fact]
    public void BrokenCopyOfARealFactFile_IsRejected()
    {
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.Facts, "deployments.yaml"));
        Assert.Contains("certainty: estimated", yaml, StringComparison.Ordinal);
        var broken = yaml.Replace("certainty: estimated", "certainty: estimatd", StringComparison.Ordinal).Replace("    location:", "    locaton:", StringComparison.Ordinal);

        var errors = YamlToJson.Convert(broken).SelectMany(d => Schema.Value.Validate(d)).ToList();

        Assert.Contains(errors, e => e.Path?.EndsWith(".certainty", StringComparison.Ordinal) == true || e.ToString().Contains("certainty", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.ToString().Contains("locaton", StringComparison.Ordinal) || e.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed || e.Kind == ValidationErrorKind.PropertyRequired);
    }

    [Fact]
    public void YamlToJson_KeepsYamlTypes()
    {
        var json = (JObject)YamlToJson.Convert("a: 1500\nb: ~1000\nc: 2023-08-09\nd: 2021\ne: \"1500\"\nf:\ng: true\nh: ~\ni: '>=1000'\nj: 0x10\n").Single();
        Assert.Equal(JTokenType.Integer, json["a"]!.Type);
        Assert.Equal(JTokenType.String, json["b"]!.Type);
        Assert.Equal(JTokenType.String, json["c"]!.Type);
        Assert.Equal("2023-08-09", (string?)json["c"]);
        Assert.Equal(JTokenType.Integer, json["d"]!.Type);
        Assert.Equal(JTokenType.String, json["e"]!.Type);
        Assert.Equal(JTokenType.Null, json["f"]!.Type);
        Assert.Equal(JTokenType.Boolean, json["g"]!.Type);
        Assert.Equal(JTokenType.Null, json["h"]!.Type);
        Assert.Equal(">=1000", (string?)json["i"]);
        Assert.Equal(16L, (long)json["j"]!);
    }
}
