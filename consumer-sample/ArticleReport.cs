using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConsumerSample.Facts;

namespace ConsumerSample;

/// <summary>A fact that cites an article, with the citations of that article only.</summary>
/// <param name="Fact">The actor, deployment or sanction.</param>
/// <param name="Citations">The fact's citations of the article, in the fact's order.</param>
public sealed record CitingFact(ICitedFact Fact, ImmutableArray<Citation> Citations);

/// <summary>
/// The facts that cite one article. Pure: it reads the generated catalogs and returns data or text.
/// </summary>
public static class ArticleReport
{
    /// <summary>The facts that cite the article: actors, deployments, sanctions, events, then statements, each in fact-base order.</summary>
    /// <param name="article">The article's id.</param>
    /// <returns>The facts with their citations of that article.</returns>
    public static ImmutableArray<CitingFact> FactsCiting(ArticleId article) =>
        Actors.All.Cast<ICitedFact>()
            .Concat(Deployments.All)
            .Concat(Sanctions.All)
            .Concat(Events.All)
            .Concat(Statements.All)
            .Select(fact => new CitingFact(fact, fact.Sources.Where(c => c.Article == article).ToImmutableArray()))
            .Where(citing => !citing.Citations.IsEmpty)
            .ToImmutableArray();

    /// <summary>The report on one article: a heading, then each citing fact with its cited lines and quotes.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The lines, without line terminators.</returns>
    public static IReadOnlyList<string> Lines(Article article)
    {
        var facts = FactsCiting(article.Id);
        var actors = facts.Where(f => f.Fact is Actor).ToList();
        var deployments = facts.Where(f => f.Fact is Deployment).ToList();
        var sanctions = facts.Where(f => f.Fact is Sanction).ToList();
        var events = facts.Where(f => f.Fact is Event).ToList();
        var statements = facts.Where(f => f.Fact is Statement).ToList();

        var lines = new List<string>
        {
            "Facts citing " + Briefing.ArticleLine(article),
            $"Cited by {Words.Count(facts.Length, "fact")}: {Words.Count(actors.Count, "actor")}, "
                + $"{Words.Count(deployments.Count, "deployment")}, {Words.Count(sanctions.Count, "sanction")}, "
                + $"{Words.Count(events.Count, "event")} and {Words.Count(statements.Count, "statement")}.",
        };

        Section(lines, "Actors", actors);
        Section(lines, "Deployments", deployments);
        Section(lines, "Sanctions", sanctions);
        Section(lines, "Events", events);
        Section(lines, "Statements", statements);
        return lines;
    }

    /// <summary>The id of a fact, as the fact files write it.</summary>
    /// <param name="fact">An actor, deployment, sanction, event or statement.</param>
    /// <returns>The id.</returns>
    public static string IdOf(ICitedFact fact) => fact switch
    {
        Actor actor => actor.Id.Value,
        Deployment deployment => deployment.Id.Value,
        Sanction sanction => sanction.Id.Value,
        Event e => e.Id.Value,
        Statement statement => statement.Id.Value,
        _ => string.Empty,
    };

    private static void Section(List<string> lines, string heading, List<CitingFact> facts)
    {
        lines.Add(string.Empty);
        lines.Add($"{heading} ({facts.Count})");
        if (facts.Count == 0)
        {
            lines.Add("  (none)");
        }

        foreach (var citing in facts)
        {
            lines.Add($"  {Briefing.Bullet}{Briefing.Label(citing.Fact)} ({IdOf(citing.Fact)})");
            lines.AddRange(citing.Citations.Select(c => $"      line {c.Line}: \"{c.Quote}\""));
        }
    }
}
