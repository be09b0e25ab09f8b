using FactsGen.Tests.Infrastructure;

namespace FactsGen.Tests.Emit;

/// <summary>
/// <c>inferred</c> in the generated API (docs/fact-files.md §13): every record exposes <c>Inferences</c> (field and
/// reason, in file order), part of equality and <c>ToString()</c>, and the catalog property's doc
/// comment lists them. Compiled with a consumer that uses it, under nullable and warnings as errors.
/// </summary>
public class InferenceApiTests
{
    private const string Article =
        "Wagner fighters are in Mali.\n" +
        "Bazoum is detained by the junta.\n";

    private const string Facts = """
        articles:
          - id: a
            file: articles/a.txt
        actors:
          - id: wagner
            name: Wagner
            kind: armed-group
            sources:
              - {article: a, line: 1, quote: "Wagner fighters"}
          - id: bazoum
            name: Bazoum
            kind: person
            sources:
              - {article: a, line: 2, quote: "Bazoum is detained"}
        deployments:
          - id: wagner-mali
            actor: wagner
            location: Mali
            since: 2021
            inferred:
              since: "the article says they are there; 2021 is when every report places their arrival"
              location: "the \"same\" <country> as the headline"
            sources:
              - {article: a, line: 1, quote: "Wagner fighters are in Mali"}
        """;

    private const string Consumer = """
        #nullable enable
        using System.Collections.Immutable;
        using System.Linq;
        using Demo.Facts;

        namespace Consumer;

        /// <summary>Uses the generated API.</summary>
        public static class Probe
        {
            /// <summary>Reads the inferences.</summary>
            /// <returns>What it read.</returns>
            public static string Run()
            {
                ImmutableArray<Inference> inferences = Deployments.WagnerMali.Inferences;
                Inference first = inferences[0];
                string field = first.Field;
                string reason = first.Reason;
                var none = Actors.Wagner.Inferences;
                var copy = new Deployment(Deployments.WagnerMali.Id, Deployments.WagnerMali.Actor, Deployments.WagnerMali.Location, Deployments.WagnerMali.Countries,
                    Deployments.WagnerMali.Strength, Deployments.WagnerMali.Personnel, Deployments.WagnerMali.Purpose, Deployments.WagnerMali.Since, Deployments.WagnerMali.AsOf,
                    Deployments.WagnerMali.Certainty, Deployments.WagnerMali.AttributedTo, Deployments.WagnerMali.Sources);
                var same = new Deployment(copy.Id, copy.Actor, copy.Location, copy.Countries, copy.Strength, copy.Personnel, copy.Purpose, copy.Since, copy.AsOf,
                    copy.Certainty, copy.AttributedTo, copy.Sources, ImmutableArray.Create(inferences.ToArray()));
                return string.Join("\n", new[]
                {
                    "Fields " + string.Join(", ", inferences.Select(i => i.Field)),
                    "First " + field + ": " + reason,
                    "None " + none.IsDefault + " " + none.Length,
                    "Default " + copy.Inferences.IsDefault + " " + copy.Inferences.Length,
                    "Equal without " + copy.Equals(Deployments.WagnerMali),
                    "Equal with " + same.Equals(Deployments.WagnerMali),
                    "Printed " + Deployments.WagnerMali.ToString().Contains("Inferences = [since (inferred: the article says they are there; 2021 is when every report places their arrival), location (inferred: the \"same\" <country> as the headline)]"),
                });
            }
        }
        """;

    [Fact]
    public void EveryRecordExposesItsInferencesInFileOrderAsPartOfEqualityAndToString()
    {
        var run = GeneratorHarness.Run(
            new[] { ("/project/facts/articles/a.txt", Article), ("/project/facts/facts.yaml", Facts) }.Select(f => (Microsoft.CodeAnalysis.AdditionalText)new InMemoryAdditionalText(f.Item1, f.Item2)),
            consumerSource: Consumer);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        var result = (string)run.Load().GetType("Consumer.Probe", throwOnError: true)!.GetMethod("Run")!.Invoke(null, null)!;
        Assert.Equal(
            """
            Fields since, location
            First since: the article says they are there; 2021 is when every report places their arrival
            None False 0
            Default False 0
            Equal without False
            Equal with True
            Printed True
            """.ReplaceLineEndings("\n"),
            result);
    }

    [Fact]
    public void CatalogPropertyDocCommentListsTheInferencesEscaped()
    {
        var run = GeneratorHarness.Run(("/project/facts/articles/a.txt", Article), ("/project/facts/facts.yaml", Facts));
        var source = run.Result.Results.Single().GeneratedSources.Single(s => s.SourceText.ToString().Contains("Deployment WagnerMali =>", StringComparison.Ordinal)).SourceText.ToString().ReplaceLineEndings("\n");

        Assert.Contains(
            """<br/>[a:1] "Wagner fighters are in Mali"<br/>Inferred by the editor, not quoted: <c>since</c>: the article says they are there; 2021 is when every report places their arrival<br/>Inferred by the editor, not quoted: <c>location</c>: the &quot;same&quot; &lt;country&gt; as the headline</summary>""",
            source,
            StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }
}
