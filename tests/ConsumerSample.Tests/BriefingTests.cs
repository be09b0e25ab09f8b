using System.Collections.Generic;
using System.Linq;
using ConsumerSample.Facts;

namespace ConsumerSample.Tests;

public class BriefingTests
{
    private static readonly IReadOnlyList<string> Lines = Briefing.Lines();

    [Fact]
    public void Starts_with_the_title_and_the_counts_of_the_fact_base()
    {
        Assert.Equal(Briefing.Title, Lines[0]);
        Assert.Equal(new string('=', Briefing.Title.Length), Lines[1]);
        Assert.Equal(
            $"Compiled from {Articles.All.Length} articles: {Actors.All.Length} actors, {Deployments.All.Length} deployments, {Sanctions.All.Length} sanctions, "
                + $"{Events.All.Length} events and {Statements.All.Length} statements.",
            Lines[2]);
    }

    [Fact]
    public void Wagner_Africa_reads_about_5000_troops_estimated_and_cites_its_line()
    {
        var line = Briefing.DeploymentLine(Deployments.WagnerAfrica);

        Assert.Equal(
            "- Wagner Group: about 5,000 troops in Africa as of 9 August 2023 (estimated) [blinken-bbc-wagner-niger-sanctions:9]",
            line);
        Assert.Contains("about 5,000 troops", line);
        Assert.Contains("estimated", line);
        Assert.EndsWith("[blinken-bbc-wagner-niger-sanctions:9]", line);
        Assert.Contains("  " + line, Lines);
    }

    [Fact]
    public void Headline_is_the_Wagner_Africa_figure()
    {
        var headline = Assert.Single(Lines, l => l.StartsWith(Briefing.HeadlinePrefix, System.StringComparison.Ordinal));

        Assert.Equal(
            "Headline: about 5,000 Wagner Group troops in Africa as of 9 August 2023 (estimated) [blinken-bbc-wagner-niger-sanctions:9]",
            headline);
        Assert.Equal(Briefing.Headline(Deployments.WagnerAfrica), headline);
    }

    [Fact]
    public void Every_fact_line_ends_with_at_least_one_citation()
    {
        var factLines = Lines
            .Where(l => l.TrimStart().StartsWith(Briefing.Bullet, System.StringComparison.Ordinal)
                || l.StartsWith(Briefing.HeadlinePrefix, System.StringComparison.Ordinal))
            .ToList();

        Assert.Equal(1 + Actors.All.Length + Deployments.All.Length + Sanctions.All.Length + Events.All.Length + Statements.All.Length, factLines.Count);
        Assert.All(factLines, line => Assert.Matches(TestSupport.TrailingCitations(), line));
    }

    [Fact]
    public void Every_fact_has_its_line_with_each_of_its_citations_once_in_order()
    {
        foreach (var fact in TestSupport.AllFacts)
        {
            var line = fact switch
            {
                Actor a => Briefing.ActorLine(a),
                Deployment d => Briefing.DeploymentLine(d),
                Sanction s => Briefing.SanctionLine(s),
                Event e => Timeline.EventLine(e),
                Statement s => Timeline.StatementLine(s),
                _ => throw new Xunit.Sdk.XunitException("Unexpected fact " + fact),
            };

            Assert.Contains(Lines, l => l.TrimStart() == line);

            var cited = TestSupport.TrailingCitations().Match(line).Value.Trim().Split(' ');
            var expected = fact.Sources.Select(c => c.ToString()).Distinct().ToArray();
            Assert.Equal(expected, cited);
        }
    }

    [Fact]
    public void A_citation_repeated_on_one_line_is_shown_once()
    {
        // us-niger cites line 5 of the same article twice, with two quotes.
        Assert.Equal(2, Deployments.UsNiger.Sources.Length);
        Assert.EndsWith("(stated) [blinken-wagner-niger-coup:5]", Briefing.DeploymentLine(Deployments.UsNiger));
    }

    [Fact]
    public void Actors_are_grouped_under_one_heading_per_kind_in_enum_order()
    {
        var start = Lines.ToList().IndexOf($"Actors ({Actors.All.Length})");
        var end = Lines.ToList().IndexOf($"Deployments ({Deployments.All.Length})");
        Assert.True(start >= 0 && end > start);

        var headings = new List<string>();
        var byHeading = new Dictionary<string, List<string>>();
        foreach (var line in Lines.Skip(start + 1).Take(end - start - 1).Where(l => l.Length > 0))
        {
            if (line.StartsWith("    " + Briefing.CaveatIndent, System.StringComparison.Ordinal))
            {
                continue; // an actor's caveat (CaveatTests)
            }

            if (line.StartsWith("    - ", System.StringComparison.Ordinal))
            {
                byHeading[headings[^1]].Add(line.Trim());
            }
            else
            {
                Assert.StartsWith("  ", line);
                headings.Add(line.Trim());
                byHeading[line.Trim()] = new List<string>();
            }
        }

        var kinds = Actors.All.Select(a => a.Kind).Distinct().OrderBy(k => k).ToList();
        Assert.Equal(
            kinds.Select(k => $"{Words.Heading(k)} ({Actors.All.Count(a => a.Kind == k)})"),
            headings);

        foreach (var actor in Actors.All)
        {
            var heading = $"{Words.Heading(actor.Kind)} ({Actors.All.Count(a => a.Kind == actor.Kind)})";
            Assert.Contains(Briefing.ActorLine(actor), byHeading[heading]);
        }

        Assert.Contains("Antony Blinken", string.Join("\n", byHeading[$"People ({Actors.All.Count(a => a.Kind == ActorKind.Person)})"]));
        Assert.Contains("Wagner Group", string.Join("\n", byHeading[$"Armed groups ({Actors.All.Count(a => a.Kind == ActorKind.ArmedGroup)})"]));
    }

    [Fact]
    public void Actor_line_has_name_role_country_and_affiliations_by_name()
    {
        Assert.Equal(
            "- Antony Blinken, US Secretary of State (US); affiliated with United States "
            + "[blinken-wagner-niger-coup:1] [blinken-wagner-niger-coup:3] [blinken-bbc-wagner-niger-sanctions:1] [blinken-bbc-wagner-niger-sanctions:7]",
            Briefing.ActorLine(Actors.AntonyBlinken));
        Assert.StartsWith("- Yevgeny Prigozhin, Head of the Wagner Group; affiliated with Wagner Group [", Briefing.ActorLine(Actors.YevgenyPrigozhin));
    }

    [Fact]
    public void Sanction_line_resolves_every_reference_to_a_name()
    {
        var line = Briefing.SanctionLine(Sanctions.NigeriaCentralBankNiger);

        Assert.StartsWith("- Nigeria sanctions Niger's military junta and Niger; instruments: financial; ", line);
        Assert.Contains("; ordered by Bola Tinubu; through Central Bank of Nigeria; ", line);
        Assert.Contains("; reason: squeezing those involved in the takeover; on 8 August 2023 (reported, according to Nigerian presidential spokesperson) ", line);
        Assert.EndsWith(
            "[blinken-bbc-wagner-niger-sanctions:25] [blinken-bbc-wagner-niger-sanctions:29] [blinken-bbc-wagner-niger-sanctions:31]",
            line);
    }

    [Fact]
    public void References_are_resolved_to_names_never_shown_as_ids()
    {
        foreach (var actor in Actors.All)
        {
            AssertNamesNotIds(Briefing.ActorLine(actor), actor.AffiliatedWith);
        }

        foreach (var deployment in Deployments.All)
        {
            AssertNamesNotIds(Briefing.DeploymentLine(deployment), deployment.AttributedTo.Add(deployment.Actor));
        }

        foreach (var sanction in Sanctions.All)
        {
            var references = sanction.Targets.AddRange(sanction.AttributedTo).Add(sanction.ImposedBy);
            references = sanction.OrderedBy is { } by ? references.Add(by) : references;
            references = sanction.Through is { } through ? references.Add(through) : references;
            AssertNamesNotIds(Briefing.SanctionLine(sanction), references);
        }
    }

    [Fact]
    public void Dates_and_quantities_read_as_English()
    {
        Assert.Contains("  - Wagner Group: about 5,000 troops in Africa as of 9 August 2023 (estimated) [blinken-bbc-wagner-niger-sanctions:9]", Lines);
        Assert.Contains("  - Wagner Group: forces in Mali since 2021 (stated) [blinken-bbc-wagner-niger-sanctions:9]", Lines);
        Assert.Contains(Lines, l => l.StartsWith("  - France: 1,500 military personnel in Niger as of ", System.StringComparison.Ordinal));
        Assert.Contains(Lines, l => l.Contains("published 9 August 2023", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Text_is_the_lines_ended_by_newlines()
    {
        Assert.Equal(string.Join("\n", Lines) + "\n", Briefing.Text());
    }

    [Theory]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "A" }, "A")]
    [InlineData(new[] { "A", "B" }, "A and B")]
    [InlineData(new[] { "A", "B", "C" }, "A, B and C")]
    public void Lists_read_as_English(string[] items, string expected) => Assert.Equal(expected, Words.List(items));

    private static void AssertNamesNotIds(string line, IEnumerable<ActorId> references)
    {
        var text = TestSupport.WithoutCitations(line);
        foreach (var id in references)
        {
            var actor = id.Resolve();
            Assert.Contains(actor.Name, text);
            if (actor.Name != id.Value)
            {
                Assert.False(TestSupport.ContainsId(text, id.Value), $"'{line}' shows the id '{id.Value}' instead of the name '{actor.Name}'.");
            }
        }
    }
}
