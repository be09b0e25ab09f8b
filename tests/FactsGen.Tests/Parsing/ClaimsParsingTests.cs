using FactsGen.Checking;
using FactsGen.Model;
using FactsGen.Semantics;
using FactsGen.Tests.Emit;

namespace FactsGen.Tests.Parsing;

/// <summary>
/// Claims as the parser reads them into the model (docs/fact-files.md §14), for built-in and declared kinds: each
/// claim's value typed as the field's, its rank, note, citations and inferred; the best value chosen
/// once, in the model; and a claim's citations among those the quote check verifies.
/// </summary>
public class ClaimsParsingTests
{
    private static FactBaseAnalysis Analyze() => FactBaseAnalysis.Analyze(
    [
        new FactBaseFile("/project/facts/articles/a.txt", ClaimsApiTests.Article),
        new FactBaseFile("/project/facts/base.yaml", ClaimsApiTests.Yaml),
        new FactBaseFile("/project/facts/kinds.yaml", ClaimsApiTests.KindsYaml),
    ]);

    private static FieldValue Field(FactBaseAnalysis analysis, string section, string id, string field)
    {
        var (_, record) = analysis.AcceptedRecords().Single(r => analysis.KindOf(r.Record).Section == section && r.Record.Id == id);
        return record.Fields[analysis.KindOf(record).IndexOf(field)]!;
    }

    [Fact]
    public void BuiltInClaimsAreTypedRankedAndTheBestValueIsTheModels()
    {
        var analysis = Analyze();
        Assert.Empty(analysis.Diagnostics);

        var strength = Field(analysis, "deployments", "wagner-mali", "strength");
        Assert.Equal(2, strength.Claims.Count);
        Assert.Equal([ClaimRank.Normal, ClaimRank.Preferred], strength.Claims.Select(c => c.Rank));
        Assert.Equal(1000, strength.Claims[0].Value[0].Quantity.Value);
        Assert.Equal("the later figure", strength.Claims[1].Note);
        Assert.Equal("1,500 Wagner fighters", strength.Claims[1].Sources.Single().Quote);

        // The preferred claim's value is the field's value, for every stage after the parser.
        Assert.Equal("1500", strength.Text);
        var deployments = FactsGen.Schema.FactKinds.Deployments;
        Assert.True(ClaimRules.IsDisputed(deployments.Fields[deployments.IndexOf("strength")], strength.Claims));

        // A deprecated first claim is never the best value: the first normal one is.
        var date = Field(analysis, "sanctions", "ecowas-niger", "date");
        Assert.Equal("2023-08", date.Text);
        Assert.Equal(8, date.Items[0].Date.Start!.Value.Month);
        Assert.Equal(1, ClaimRules.BestIndex(date.Claims));

        // A plain value has no claims.
        Assert.False(Field(analysis, "deployments", "wagner-mali-plain", "strength").HasClaims);
    }

    [Fact]
    public void DeclaredClaimsHoldListsAndTheirOwnInferred()
    {
        var analysis = Analyze();

        var actors = Field(analysis, "events", "coup", "actors");
        Assert.Equal(["ecowas", "niger"], actors.Claims[0].Value.Select(i => i.Text));
        Assert.Equal(["niger"], actors.Claims[1].Value.Select(i => i.Text));
        Assert.Equal(["ecowas", "niger"], actors.Items.Select(i => i.Text));

        var date = Field(analysis, "events", "coup", "date");
        Assert.Equal("2023-07-26", date.Text);
        var inferred = date.Claims[1].Inferences.Single();
        Assert.Equal(("date", "last week in a piece of 8 August"), (inferred.Field, inferred.Reason));
        Assert.Empty(date.Claims[0].Inferences);
    }

    [Fact]
    public void EveryClaimsCitationsAreAmongThoseTheQuoteCheckVerifies()
    {
        var analysis = Analyze();
        var file = analysis.Files.Single(f => f.Path.EndsWith("base.yaml", StringComparison.Ordinal));

        var quotes = FactsGen.Articles.CitationSet.Of(file).Citations.Select(c => c.Quote).ToList();

        Assert.Contains("about 1,000 fighters", quotes);
        Assert.Contains("1,500 Wagner fighters", quotes);
        Assert.Contains("July 26", quotes);
        Assert.Contains("last week", quotes);
    }
}
