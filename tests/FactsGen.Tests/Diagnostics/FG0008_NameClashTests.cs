using static FactsGen.Tests.Diagnostics.DiagnosticFixture;

namespace FactsGen.Tests.Diagnostics;

/// <summary>FG0008: two ids with one C# name, or an id whose C# name is reserved: never a silent rename.</summary>
public class FG0008_NameClashTests
{
    [Fact]
    public void TwoIdsWithOneCSharpName()
    {
        var yaml = ValidActor.With("id: blinken", "id: wagner-2021") + "\n" +
            ValidActor.Substring("actors:\n".Length).With("id: blinken", "id: wagner2021");
        var run = Run(yaml);

        run.Single()
            .AssertAt(run, "FG0008", 8, 9, "wagner2021")
            .AssertMessage("Actor id 'wagner2021' becomes the C# name 'Wagner2021', which is already the name of 'wagner-2021' (test.yaml(2,9)); rename the id, e.g. 'wagner2021-fact'");

        // The first keeps the name; the second is not generated (no silent rename such as Wagner2021_2).
        Assert.True(run.Emits("Actors", "Wagner2021"));
        Assert.DoesNotContain(run.Run.Result.Results.Single().GeneratedSources, s => s.SourceText.ToString().Contains("\"wagner2021\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("all", "All")]
    [InlineData("get", "Get")]
    [InlineData("try-get", "TryGet")]
    [InlineData("actors", "Actors")]
    [InlineData("to-string", "ToString")]
    [InlineData("equals", "Equals")]
    [InlineData("get-hash-code", "GetHashCode")]
    public void ReservedMemberName(string id, string name)
    {
        var run = Run(ValidActor.With("id: blinken", "id: " + id));

        run.Single()
            .AssertAt(run, "FG0008", 2, 9, id)
            .AssertMessage($"Actor id '{id}' becomes the C# name '{name}', which the catalog 'Actors' already has as a member", $"rename the id, e.g. '{id}-fact'");
    }

    [Fact]
    public void CatalogNameOfAnotherKindIsFree()
    {
        // 'actors' is the Actors catalog's own name, but a deployment may take it (its catalog is Deployments).
        var yaml = """
            deployments:
              - id: actors
                actor: wagner
                location: Mali
                sources:
                  - {article: a, line: 1, quote: "Wagner fighters are in Mali"}
            """;
        var run = Run(yaml);

        Assert.Empty(run.Diagnostics);
        Assert.True(run.Emits("Deployments", "Actors"));
    }

    [Theory]
    [InlineData("build-index")]
    [InlineData("facts")]
    [InlineData("items")]
    [InlineData("data")]
    [InlineData("decode")]
    [InlineData("s-all")]
    [InlineData("builder")]
    [InlineData("by-id")]
    [InlineData("value")]
    [InlineData("id")]
    [InlineData("actor")]
    [InlineData("actor-id")]
    [InlineData("provenance")]
    [InlineData("citation")]
    public void NamesOfGeneratedHelpersAndTypesAreFreeToUse(string id)
    {
        // Ids that are not reserved by docs/fact-files.md §2 must neither be refused nor break the generated code
        // (the fixture asserts the output compiles with zero errors and warnings).
        var run = Run(ValidActor.With("id: blinken", "id: " + id));

        Assert.Empty(run.Diagnostics);
    }
}
