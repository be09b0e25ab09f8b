using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using ConsumerSample.Facts;
using Xunit;

namespace ConsumerSample.Tests;

/// <summary>Disputed values and the editor's inferences, as the briefing and the JSON export show them.</summary>
public sealed class CaveatTests
{
    private const string CoupDateDisputed =
        "date disputed: 26 July 2023 [blinken-bbc-wagner-niger-sanctions:27] · between 31 July and 6 August 2023 [blinken-wagner-niger-coup:1]";

    private static readonly System.Collections.Generic.List<string> Lines = Briefing.Lines().ToList();

    [Fact]
    public void The_coup_date_is_shown_as_disputed_with_each_claims_citation_right_under_the_coup()
    {
        Assert.Equal<string>(["date"], Events.JulyCoup.DisputedFields);
        Assert.Equal(CoupDateDisputed, Caveats.DisputedLine(Events.JulyCoup, "date"));

        var coup = Lines.IndexOf("  " + Timeline.EventLine(Events.JulyCoup));
        Assert.True(coup > 0);
        Assert.StartsWith("  - 26 July 2023 (coup): ", Lines[coup], System.StringComparison.Ordinal);
        Assert.Equal("      " + CoupDateDisputed, Lines[coup + 1]);
    }

    [Fact]
    public void Every_claim_is_shown_in_file_order_a_deprecated_one_marked_with_its_citations_once_each_and_its_inference()
    {
        var wion = new ArticleId("wion");
        var india = new ArticleId("india-tv");
        var e = new Event(
            id: new EventId("a-coup"),
            kind: EventKind.Coup,
            date: PartialDate.Parse("2023-07-26"),
            location: null,
            countries: [],
            actors: [],
            sanction: null,
            description: "a coup",
            certainty: Certainty.Stated,
            sources: [new Citation(wion, 27, "the July 26 coup")],
            dateClaims:
            [
                new Claim<PartialDate?>(PartialDate.Parse("2023-07-26"), ClaimRank.Preferred, [new Citation(wion, 27, "the July 26 coup"), new Citation(wion, 27, "July 26")]),
                new Claim<PartialDate?>(PartialDate.Parse("2023-07-31/2023-08-06"), ClaimRank.Normal, [new Citation(india, 1, "last week")], "an article of 8 August", [new Inference("date", "'last week' of 8 August")]),
                new Claim<PartialDate?>(PartialDate.Parse("2023-07"), ClaimRank.Deprecated, [new Citation(india, 3, "in July")]),
            ]);

        Assert.Equal<string>(["date"], e.DisputedFields);
        Assert.Equal(
            ["date disputed: 26 July 2023 [wion:27] · between 31 July and 6 August 2023 [india-tv:1] (editor's inference: 'last week' of 8 August) · July 2023 (deprecated) [india-tv:3]"],
            Caveats.Lines(e));
    }

    [Fact]
    public void A_value_that_is_not_disputed_gives_no_line()
    {
        var e = Events.BlinkenBbcInterview;
        Assert.True(e.DisputedFields.IsEmpty);
        Assert.Single(e.DateClaims);
        Assert.DoesNotContain(Caveats.Lines(e), l => l.Contains("disputed", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Inferences_are_shown_as_the_editors_under_their_fact_in_file_order()
    {
        var detention = Events.BazoumDetention;
        Assert.Equal(["location", "countries"], detention.Inferences.Select(i => i.Field));

        var at = Lines.IndexOf("  " + Timeline.EventLine(detention));
        Assert.True(at > 0);
        Assert.StartsWith("      location (editor's inference: the articles say he is detained, not where", Lines[at + 1], System.StringComparison.Ordinal);
        Assert.Equal("      location (editor's inference: " + detention.Inferences[0].Reason + ")", Lines[at + 1]);
        Assert.Equal("      countries (editor's inference: " + detention.Inferences[1].Reason + ")", Lines[at + 2]);
    }

    [Fact]
    public void Every_inference_of_the_fact_base_is_in_the_briefing_under_its_fact()
    {
        var facts = Articles.All.Cast<object>().Concat(TestSupport.AllFacts);
        var inferences = 0;
        foreach (var fact in facts)
        {
            foreach (var caveat in Caveats.Lines(fact))
            {
                Assert.Contains(Lines, l => l.EndsWith(Briefing.CaveatIndent + caveat, System.StringComparison.Ordinal) && !l.TrimStart().StartsWith(Briefing.Bullet, System.StringComparison.Ordinal));
                inferences += caveat.Contains("(editor's inference: ", System.StringComparison.Ordinal) ? 1 : 0;
            }
        }

        Assert.True(inferences >= 10, $"{inferences} inferences shown");
        Assert.Contains(Lines, l => l.Trim().StartsWith("imposed-by (editor's inference: ", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Json_carries_the_claims_and_the_inferences()
    {
        using var document = JsonDocument.Parse(TestSupport.Run("--json").Output);
        var events = document.RootElement.GetProperty("events").EnumerateArray().ToList();

        var coup = events.Single(e => e.GetProperty("id").GetString() == "july-coup");
        Assert.Equal("2023-07-26", coup.GetProperty("date").GetString());
        Assert.Equal(["date"], coup.GetProperty("disputed-fields").EnumerateArray().Select(f => f.GetString()));
        var claims = coup.GetProperty("date-claims").EnumerateArray().ToList();
        Assert.Equal(["2023-07-26", "2023-07-31/2023-08-06"], claims.Select(c => c.GetProperty("value").GetString()));
        Assert.Equal(["preferred", "normal"], claims.Select(c => c.GetProperty("rank").GetString()));
        Assert.Equal(["blinken-bbc-wagner-niger-sanctions:27", "blinken-wagner-niger-coup:1"], claims.Select(c =>
        {
            var source = Assert.Single(c.GetProperty("sources").EnumerateArray().ToList());
            return source.GetProperty("article").GetString() + ":" + source.GetProperty("line").GetInt32();
        }));

        var detention = events.Single(e => e.GetProperty("id").GetString() == "bazoum-detention");
        var inferred = detention.GetProperty("inferences").EnumerateArray().ToList();
        Assert.Equal(["location", "countries"], inferred.Select(i => i.GetProperty("field").GetString()));
        Assert.Equal(Events.BazoumDetention.Inferences[0].Reason, inferred[0].GetProperty("reason").GetString());
    }
}
