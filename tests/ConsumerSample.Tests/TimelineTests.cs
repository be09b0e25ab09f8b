using System.Linq;
using ConsumerSample.Facts;
using Xunit;

namespace ConsumerSample.Tests;

/// <summary>The declared kinds (facts/kinds.yaml) as the app uses them: the timeline, who said what, and reverse navigation.</summary>
public sealed class TimelineTests
{
    [Fact]
    public void The_timeline_lists_dated_events_in_date_order_then_the_undated()
    {
        var events = Timeline.Events();

        Assert.Equal(Events.All.Length, events.Count);
        var dated = events.TakeWhile(e => e.Date is not null).Select(e => e.Date!.Value).ToList();
        Assert.Equal(dated.OrderBy(d => d), dated);
        Assert.All(events.Skip(dated.Count), e => Assert.Null(e.Date));
    }

    [Fact]
    public void The_real_timeline_reads_forwards_the_coup_before_every_event_the_text_places_after_it()
    {
        var events = Timeline.Events();
        var coup = events.ToList().IndexOf(Events.JulyCoup);
        var coupDay = Events.JulyCoup.Date!.Value.Earliest!.Value;

        var after = Events.All.Where(e => e.Date is { Earliest: { } earliest } && earliest >= coupDay && e != Events.JulyCoup).ToList();
        Assert.True(after.Count >= 10, $"{after.Count} events after the coup");
        Assert.All(after, e => Assert.True(events.ToList().IndexOf(e) > coup, $"{e.Id} is listed before the coup"));

        var lines = Timeline.EventLines().Where(l => l.StartsWith("  - ", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(events.Select(e => "  " + Timeline.EventLine(e)), lines);
        Assert.Contains(lines, l => l.StartsWith("  - between 26 July and 9 August 2023 (detention): ", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Events_are_ordered_by_the_earliest_day_they_could_be_then_the_latest_with_windows_in_English()
    {
        // In fact-base order; the ids say where each belongs.
        Event[] events =
        [
            Dated("e7-undated", null),
            Dated("e5-july", "2023-07"),
            Dated("e4-year", "2023"),
            Dated("e8-week", "2023-07-31/2023-08-06"),
            Dated("e3-before-coup", "../2023-07-26"),
            Dated("e6-after-coup", "2023-07-26/.."),
            Dated("e6-coup", "2023-07-26"),
            Dated("e9-undated", null),
            Dated("e2-turn-of-year", "2022-12/2023-01"),
            Dated("e1-long-before", "../2022-06"),
            Dated("e5-also-july", "2023-07"),
        ];

        var ordered = Timeline.InOrder(events).Select(e => e.Id.Value).ToList();

        Assert.Equal(
            [
                "e1-long-before", "e3-before-coup", // open at the start: the far past, the earlier end first
                "e2-turn-of-year", "e4-year",
                "e5-july", "e5-also-july",          // the same days: fact-base order
                "e6-coup", "e6-after-coup",          // from the same day: ending on it, then open at the end
                "e8-week",
                "e7-undated", "e9-undated",
            ],
            ordered);
        Assert.StartsWith("- between 31 July and 6 August 2023 (coup): ", Timeline.EventLine(events[3]), System.StringComparison.Ordinal);
        Assert.StartsWith("- between December 2022 and January 2023 (coup): ", Timeline.EventLine(events[8]), System.StringComparison.Ordinal);
        Assert.StartsWith("- on or before 26 July 2023 (coup): ", Timeline.EventLine(events[4]), System.StringComparison.Ordinal);
        Assert.StartsWith("- on or after 26 July 2023 (coup): ", Timeline.EventLine(events[5]), System.StringComparison.Ordinal);
        Assert.Equal("between 31 July and 6 August 2023", Words.On(events[3].Date!.Value));
        Assert.Equal("in July 2023", Words.On(events[1].Date!.Value));
    }

    private static Event Dated(string id, string? date) => new(
        id: new EventId(id),
        kind: EventKind.Coup,
        date: date is null ? null : PartialDate.Parse(date),
        location: null,
        countries: [],
        actors: [],
        sanction: null,
        description: "an event",
        certainty: Certainty.Stated,
        sources: [new Citation(new ArticleId("wion"), 1, "quote")]);

    [Fact]
    public void The_coup_reads_with_its_day_its_actors_resolved_and_its_citations()
    {
        var line = Timeline.EventLine(Events.JulyCoup);

        Assert.StartsWith("- 26 July 2023 (coup): ", line, System.StringComparison.Ordinal);
        Assert.Contains("Mohamed Bazoum", line, System.StringComparison.Ordinal);
        Assert.Matches(TestSupport.TrailingCitations(), line);
        Assert.Equal(EventKind.Coup, Events.JulyCoup.Kind);
    }

    [Fact]
    public void Who_said_what_groups_each_speakers_statements_under_them()
    {
        var lines = Timeline.StatementLines().ToList();

        Assert.Equal($"Who said what ({Statements.All.Length} statements)", lines[0]);
        var blinken = Actors.AntonyBlinken;
        var heading = lines.IndexOf($"  {blinken.Name} ({blinken.Statements.Length} statements)");
        Assert.True(heading > 0);
        Assert.All(blinken.Statements, s => Assert.Equal(blinken.Id, s.Speaker));
        var under = lines.Skip(heading + 1).TakeWhile(l => l.StartsWith("    ", System.StringComparison.Ordinal))
            .Where(l => !l.StartsWith("    " + Briefing.CaveatIndent, System.StringComparison.Ordinal)).ToList();
        Assert.Equal(blinken.Statements.Length, under.Count);
        Assert.All(under, l => Assert.StartsWith("    - ", l, System.StringComparison.Ordinal));
    }

    [Fact]
    public void Quoted_statements_are_in_quotation_marks_and_reported_ones_say_so()
    {
        foreach (var statement in Statements.All)
        {
            var line = Timeline.StatementLine(statement);
            Assert.Contains(statement.Mode == StatementMode.Quoted ? $"\"{statement.Text}\"" : $"(reported) {statement.Text}", line, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Reverse_navigation_gives_Wagners_deployments_statements_and_events()
    {
        var wagner = Actors.Wagner;

        Assert.Equal(Deployments.All.Where(d => d.Actor == wagner.Id), wagner.Deployments);
        Assert.Equal(Statements.All.Where(s => s.About.Contains(wagner.Id)), wagner.MentionedIn);
        Assert.Equal(Events.All.Where(e => e.Actors.Contains(wagner.Id)), wagner.Events);
        Assert.StartsWith($"{wagner.Deployments.Length} deployments", Timeline.Involvement(wagner), System.StringComparison.Ordinal);
        Assert.Contains($"  {wagner.Name}: {Timeline.Involvement(wagner)}", Timeline.InvolvementLines());
    }
}
