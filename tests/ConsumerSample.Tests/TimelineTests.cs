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
        Assert.All(lines.Skip(heading + 1).Take(blinken.Statements.Length), l => Assert.StartsWith("    - ", l, System.StringComparison.Ordinal));
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
