using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using FactsGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactsGen.Tests.Emit;

/// <summary>
/// The generated API of disputed values (docs/fact-files.md §14) for built-in and declared kinds, compiled with a
/// consumer that uses it with its static types (zero warnings, nullable on, warnings as errors), then
/// run: best value, <c>XClaims</c>, <c>DisputedFields</c>, equality, <c>ToString()</c>, JSON round trip.
/// </summary>
public class ClaimsApiTests
{
    public const string Article =
        "Wagner has about 1,000 fighters in Mali.\n" +
        "Others say 1,500 Wagner fighters are in Mali.\n" +
        "The coup took place on July 26.\n" +
        "A military coup last week, Tuesday 8 August.\n" +
        "ECOWAS imposed sanctions on Niger.\n";

    public const string Yaml = """
        articles:
          - id: a
            file: articles/a.txt
        actors:
          - id: wagner
            name: Wagner
            kind: armed-group
            sources: [{article: a, line: 1, quote: "Wagner"}]
          - id: ecowas
            name: ECOWAS
            kind: intergovernmental
            sources: [{article: a, line: 5, quote: "ECOWAS"}]
          - id: niger
            name: Niger
            kind: state
            sources: [{article: a, line: 5, quote: "Niger"}]
        deployments:
          - id: wagner-mali
            actor: wagner
            location: Mali
            strength:
              claims:
                - value: ~1000
                  sources: [{article: a, line: 1, quote: "about 1,000 fighters"}]
                - value: 1500
                  rank: preferred
                  note: "the later figure"
                  sources: [{article: a, line: 2, quote: "1,500 Wagner fighters"}]
            sources: [{article: a, line: 1, quote: "Wagner has about 1,000 fighters in Mali"}]
          - id: wagner-mali-plain
            actor: wagner
            location: Mali
            strength: 1500
            sources: [{article: a, line: 2, quote: "1,500 Wagner fighters"}]
        sanctions:
          - id: ecowas-niger
            imposed-by: ecowas
            targets: [niger]
            date:
              claims:
                - value: 2023-07-26
                  rank: deprecated
                  sources: [{article: a, line: 3, quote: "July 26"}]
                - value: 2023-08
                  sources: [{article: a, line: 4, quote: "last week"}]
            sources: [{article: a, line: 5, quote: "ECOWAS imposed sanctions on Niger"}]
        """;

    public const string KindsYaml = """
        kinds:
          - id: events
            record: Event
            fields:
              - name: date
                type: date
                disputable: true
              - name: actors
                type: ref actors
                list: true
                disputable: true
                reverse: Events
        events:
          - id: coup
            date:
              claims:
                - value: 2023-07-26
                  sources: [{article: a, line: 3, quote: "July 26"}]
                - value: 2023-08
                  inferred:
                    date: last week in a piece of 8 August
                  sources: [{article: a, line: 4, quote: "last week"}]
            actors:
              claims:
                - value: [ecowas, niger]
                  rank: preferred
                  sources: [{article: a, line: 5, quote: "ECOWAS imposed sanctions on Niger"}]
                - value: niger
                  sources: [{article: a, line: 5, quote: "Niger"}]
            sources: [{article: a, line: 3, quote: "The coup"}]
          - id: quiet
            sources: [{article: a, line: 3, quote: "The coup"}]
        """;

    private const string Consumer = """
        #nullable enable
        using System;
        using System.Collections.Generic;
        using System.Collections.Immutable;
        using System.Linq;
        using System.Reflection;
        using System.Text.Json;
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
                static string Claims<T>(ImmutableArray<Claim<T>> claims) => "[" + string.Join("; ", claims.Select(c => (c.Value is IEnumerable<ActorId> ids ? string.Join("+", ids) : c.Value?.ToString()) + " " + c.Rank + " " + string.Join("", c.Sources) + (c.Note is null ? "" : " '" + c.Note + "'"))) + "]";

                // Best value: the preferred claim's, else the first normal one's.
                Deployment disputed = Deployments.WagnerMali;
                Quantity? strength = disputed.Strength;
                ImmutableArray<Claim<Quantity?>> strengthClaims = disputed.StrengthClaims;
                Say("Strength " + strength + " " + Claims(strengthClaims));
                Say("Location " + Claims(disputed.LocationClaims) + " AsOf " + Claims(disputed.AsOfClaims));
                Say("Disputed " + string.Join(",", disputed.DisputedFields));

                // A plain value: one Normal claim citing the record's sources.
                Deployment plain = Deployments.WagnerMaliPlain;
                Say("Plain " + Claims(plain.StrengthClaims) + " disputed " + plain.DisputedFields.Length);

                Sanction sanction = Sanctions.EcowasNiger;
                PartialDate? date = sanction.Date;
                ImmutableArray<Claim<PartialDate?>> dateClaims = sanction.DateClaims;
                Say("Sanction date " + date + " " + Claims(dateClaims) + " disputed " + sanction.DisputedFields.Length);

                // Declared kinds: a disputable date, and a disputable list of references.
                Event coup = Events.Coup;
                ImmutableArray<Claim<ImmutableArray<ActorId>>> actorClaims = coup.ActorsClaims;
                Say("Event " + coup.Date + " " + Claims(coup.DateClaims) + " actors " + string.Join("+", coup.Actors) + " " + Claims(actorClaims));
                Say("Event disputed " + string.Join(",", coup.DisputedFields) + " quiet " + Events.Quiet.DateClaims.Length + " " + Events.Quiet.ActorsClaims.Length + " " + Events.Quiet.DisputedFields.Length);
                Say("Reverse " + string.Join(",", Actors.Ecowas.Events.Select(e => e.Id)) + " niger " + string.Join(",", Actors.Niger.Events.Select(e => e.Id)));
                Say("Articles " + Articles.A.DisputedFields.Length);

                // Equality compares claims; a list value item by item.
                var same = new Event(coup.Id, coup.Date, coup.Actors, coup.Sources, dateClaims: coup.DateClaims, actorsClaims: ImmutableArray.CreateRange(coup.ActorsClaims.Select(c => new Claim<ImmutableArray<ActorId>>(ImmutableArray.CreateRange(c.Value), c.Rank, ImmutableArray.CreateRange(c.Sources), c.Note))));
                var reranked = new Event(coup.Id, coup.Date, coup.Actors, coup.Sources, dateClaims: coup.DateClaims, actorsClaims: coup.ActorsClaims.Select(c => new Claim<ImmutableArray<ActorId>>(c.Value, ClaimRank.Normal, c.Sources, c.Note)).ToImmutableArray());
                var noClaims = new Event(coup.Id, coup.Date, coup.Actors, coup.Sources);
                Say("Equal " + same.Equals(coup) + " " + reranked.Equals(coup) + " " + noClaims.Equals(coup) + " " + noClaims.ActorsClaims.Length + " " + noClaims.DisputedFields.Length);

                // ToString prints claims that the fact file wrote.
                Say("ToString " + sanction);
                Say("Claim ToString " + coup.ActorsClaims[1]);
                Say("Claim inferred " + string.Join(" ", coup.DateClaims.SelectMany(c => c.Inferences).Select(i => i.Field + ": " + i.Reason)));

                // JSON: claims are data; a round trip gives an equal record.
                var json = JsonSerializer.Serialize(coup);
                Say("Json " + json);
                var back = JsonSerializer.Deserialize<Event>(json)!;
                Say("Json back " + back.Equals(coup) + " " + string.Join(",", back.DisputedFields));
                var deployment = JsonSerializer.Deserialize<Deployment>(JsonSerializer.Serialize(disputed))!;
                Say("Json deployment " + deployment.Equals(disputed) + " " + deployment.Strength);

                // [Provenance] for the record's and every claim's citations.
                var provenance = typeof(Sanctions).GetProperty(nameof(Sanctions.EcowasNiger))!.GetCustomAttributes<ProvenanceAttribute>().Select(p => p.Article + ":" + p.Line + ":" + p.Quote);
                Say("Provenance " + string.Join(" | ", provenance));
                return string.Join("\n", lines);
            }
        }
        """;

    [Fact]
    public void DisputedValuesWorkAsTheSpecSays()
    {
        var run = Run();

        Assert.Equal(
            """
            Strength 1,500 [about 1,000 Normal [a:1]; 1,500 Preferred [a:2] 'the later figure']
            Location [Mali Normal [a:1]] AsOf []
            Disputed strength
            Plain [1,500 Normal [a:2]] disputed 0
            Sanction date August 2023 [26 July 2023 Deprecated [a:3]; August 2023 Normal [a:4]] disputed 0
            Event 26 July 2023 [26 July 2023 Normal [a:3]; August 2023 Normal [a:4]] actors ecowas+niger [ecowas+niger Preferred [a:5]; niger Normal [a:5]]
            Event disputed date,actors quiet 0 0 0
            Reverse coup niger coup
            Articles 0
            Equal True False False 1 0
            ToString Sanction { Id = ecowas-niger, ImposedBy = ecowas, Targets = [niger], OrderedBy = , Through = , Instruments = [], Reason = , Date = August 2023, Certainty = Stated, AttributedTo = [], Sources = [[a:5]], Inferences = [], DateClaims = [Claim { Value = 26 July 2023, Rank = Deprecated, Sources = [[a:3]], Note = , Inferences = [] }, Claim { Value = August 2023, Rank = Normal, Sources = [[a:4]], Note = , Inferences = [] }] }
            Claim ToString Claim { Value = [niger], Rank = Normal, Sources = [[a:5]], Note = , Inferences = [] }
            Claim inferred date: last week in a piece of 8 August
            Json {"Id":"coup","Date":"2023-07-26","Actors":["ecowas","niger"],"Sources":[{"Article":"a","Line":3,"Quote":"The coup"}],"Inferences":[],"DateClaims":[{"Value":"2023-07-26","Rank":"normal","Sources":[{"Article":"a","Line":3,"Quote":"July 26"}],"Note":null,"Inferences":[]},{"Value":"2023-08","Rank":"normal","Sources":[{"Article":"a","Line":4,"Quote":"last week"}],"Note":null,"Inferences":[{"Field":"date","Reason":"last week in a piece of 8 August"}]}],"ActorsClaims":[{"Value":["ecowas","niger"],"Rank":"preferred","Sources":[{"Article":"a","Line":5,"Quote":"ECOWAS imposed sanctions on Niger"}],"Note":null,"Inferences":[]},{"Value":["niger"],"Rank":"normal","Sources":[{"Article":"a","Line":5,"Quote":"Niger"}],"Note":null,"Inferences":[]}],"DisputedFields":["date","actors"]}
            Json back True date,actors
            Json deployment True 1,500
            Provenance a:5:ECOWAS imposed sanctions on Niger | a:3:July 26 | a:4:last week
            """.ReplaceLineEndings("\n"),
            RunProbe(run));
    }

    [Fact]
    public void CatalogPropertyDocCommentShowsTheClaims()
    {
        var run = Run();
        var source = run.Run.Result.Results.Single().GeneratedSources.Single(s => s.SourceText.ToString().Contains("Facts.Deployment WagnerMali =>", StringComparison.Ordinal)).SourceText.ToString().ReplaceLineEndings("\n");

        Assert.Contains(
            """<br/>[a:1] "Wagner has about 1,000 fighters in Mali"<br/>Claim <c>strength</c> (normal): about 1,000 [a:1] "about 1,000 fighters"<br/>Claim <c>strength</c> (preferred): 1,500 — the later figure [a:2] "1,500 Wagner fighters"</summary>""",
            source,
            StringComparison.Ordinal);
    }

    private static FactsGen.Tests.Diagnostics.FactRun Run()
    {
        (string, string)[] files =
        [
            ("/project/facts/articles/a.txt", Article),
            ("/project/facts/base.yaml", Yaml),
            ("/project/facts/kinds.yaml", KindsYaml),
        ];
        // Compiled as a net10.0 app is (its preprocessor symbols on), so the ids' and enums' JSON converters are in.
        var parse = GeneratorHarness.ParseOptions.WithPreprocessorSymbols("NET", "NET10_0", "NET10_0_OR_GREATER", "NET9_0_OR_GREATER", "NET8_0_OR_GREATER", "NET6_0_OR_GREATER", "NET5_0_OR_GREATER", "NETCOREAPP", "NETCOREAPP3_0_OR_GREATER");
        var compilation = GeneratorHarness.CreateCompilation().AddSyntaxTrees(CSharpSyntaxTree.ParseText(Consumer, parse, path: "/src/Consumer.cs"));
        var driver = CSharpGeneratorDriver.Create(
            [new FactsGenerator().AsSourceGenerator()],
            files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Item1, f.Item2)),
            parse,
            new TestOptionsProvider(new Dictionary<string, string> { ["FactsNamespace"] = GeneratorHarness.Namespace, ["ProjectDir"] = "/project/", ["FactsGenProvenanceAttributes"] = "true" }))
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var generator = new GeneratorRun(driver, driver.GetRunResult(), output, diagnostics);
        Assert.Empty(generator.Diagnostics);

        // Zero errors and zero warnings, nullable on, warnings as errors, XML docs checked: generated code and the consumer alike.
        Assert.Empty(generator.CompilationProblems);
        return new FactsGen.Tests.Diagnostics.FactRun(generator, files.ToDictionary(f => f.Item1, f => f.Item2));
    }

    private static string RunProbe(FactsGen.Tests.Diagnostics.FactRun run)
    {
        var context = new AssemblyLoadContext("claims", isCollectible: true);
        try
        {
            using var stream = new MemoryStream();
            var emit = run.Run.Output.Emit(stream);
            Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
            stream.Position = 0;
            return (string)context.LoadFromStream(stream).GetType("Consumer.Probe", throwOnError: true)!.GetMethod("Run")!.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
