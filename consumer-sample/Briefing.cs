using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConsumerSample.Facts;

namespace ConsumerSample;

/// <summary>
/// The fact base as a plain-text briefing. Pure: it reads the generated catalogs and returns text.
/// Every fact line starts with <see cref="Bullet"/> and ends with the fact's citations as <c>[article-id:line]</c>.
/// </summary>
public static class Briefing
{
    /// <summary>The briefing's title.</summary>
    public const string Title = "Briefing: Wagner, the Niger coup and the sanctions that followed";

    /// <summary>What every fact line starts with, after its indentation.</summary>
    public const string Bullet = "- ";

    /// <summary>The prefix of the headline line.</summary>
    public const string HeadlinePrefix = "Headline: ";

    /// <summary>The whole briefing, one line per element.</summary>
    /// <returns>The lines, without line terminators.</returns>
    public static IReadOnlyList<string> Lines()
    {
        var lines = new List<string>
        {
            Title,
            new string('=', Title.Length),
            $"Compiled from {Words.Count(Articles.All.Length, "article")}: {Words.Count(Actors.All.Length, "actor")}, "
                + $"{Words.Count(Deployments.All.Length, "deployment")}, {Words.Count(Sanctions.All.Length, "sanction")}, "
                + $"{Words.Count(Events.All.Length, "event")} and {Words.Count(Statements.All.Length, "statement")}.",
            "Every fact ends with its sources as [article-id:line].",
            string.Empty,
            Headline(Deployments.WagnerAfrica),
            string.Empty,
            "Sources",
        };

        foreach (var article in Articles.All)
        {
            lines.AddRange(WithCaveats("  ", ArticleLine(article), article));
        }

        lines.Add(string.Empty);
        lines.Add($"Actors ({Actors.All.Length})");
        foreach (var group in Actors.All.GroupBy(a => a.Kind).OrderBy(g => g.Key))
        {
            lines.Add($"  {Words.Heading(group.Key)} ({group.Count()})");
            lines.AddRange(group.SelectMany(actor => WithCaveats("    ", ActorLine(actor), actor)));
        }

        lines.Add(string.Empty);
        lines.Add($"Deployments ({Deployments.All.Length})");
        lines.AddRange(Deployments.All.SelectMany(deployment => WithCaveats("  ", DeploymentLine(deployment), deployment)));

        lines.Add(string.Empty);
        lines.Add($"Sanctions ({Sanctions.All.Length})");
        lines.AddRange(Sanctions.All.SelectMany(sanction => WithCaveats("  ", SanctionLine(sanction), sanction)));

        lines.Add(string.Empty);
        lines.AddRange(Timeline.EventLines());
        lines.Add(string.Empty);
        lines.AddRange(Timeline.StatementLines());
        lines.Add(string.Empty);
        lines.AddRange(Timeline.InvolvementLines());

        return lines;
    }

    /// <summary>The whole briefing as text, lines ended by <c>\n</c>.</summary>
    /// <returns>The text.</returns>
    public static string Text() => string.Join("\n", Lines()) + "\n";

    /// <summary>
    /// A fact's line at its indentation, then its caveats (<see cref="Caveats"/>) under it, indented further and
    /// without a bullet: they qualify the fact and are not facts of their own.
    /// </summary>
    /// <param name="indent">The fact line's indentation.</param>
    /// <param name="line">The fact's line.</param>
    /// <param name="fact">The fact.</param>
    /// <returns>The lines.</returns>
    public static IEnumerable<string> WithCaveats(string indent, string line, object fact) =>
        new[] { indent + line }.Concat(Caveats.Lines(fact).Select(caveat => indent + CaveatIndent + caveat));

    /// <summary>How much further than their fact's line caveats are indented.</summary>
    public const string CaveatIndent = "    ";

    /// <summary>
    /// The headline: a deployment put as a figure, e.g.
    /// "Headline: about 5,000 Wagner Group troops in Africa as of 9 August 2023 (estimated) [blinken-bbc-wagner-niger-sanctions:9]".
    /// </summary>
    /// <param name="deployment">The deployment.</param>
    /// <returns>The line.</returns>
    public static string Headline(Deployment deployment)
    {
        var actor = deployment.Actor.Resolve().Name;
        var figure = deployment.Strength is { } strength
            ? strength.Kind == QuantityKind.Magnitude
                ? $"{strength} of {actor} {deployment.Personnel ?? "forces"}"
                : $"{strength} {actor} {deployment.Personnel ?? "forces"}"
            : $"{actor} {deployment.Personnel ?? "forces"}";
        return HeadlinePrefix + figure + " in " + deployment.Location + When(deployment) + Qualifier(deployment.Certainty, deployment.AttributedTo)
            + Cite(deployment);
    }

    /// <summary>One source article: "[id] Title, published 9 August 2023".</summary>
    /// <param name="article">The article.</param>
    /// <returns>The line.</returns>
    public static string ArticleLine(Article article)
    {
        var line = $"[{article.Id}] {article.Title ?? article.File}";
        if (article.Publisher is { } publisher)
        {
            line += ", " + publisher;
        }

        if (article.Published is { } published)
        {
            line += ", published " + published;
        }

        if (article.Url is { } url)
        {
            line += " <" + url + ">";
        }

        return line;
    }

    /// <summary>
    /// One actor: "- Antony Blinken, US Secretary of State (US); affiliated with United States [..:1] [..:3]".
    /// </summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The line.</returns>
    public static string ActorLine(Actor actor)
    {
        var line = Bullet + actor.Name;
        if (actor.Role is { } role)
        {
            line += ", " + role;
        }

        if (actor.Country is { } country)
        {
            line += " (" + country + ")";
        }

        if (!actor.AffiliatedWith.IsEmpty)
        {
            line += "; affiliated with " + Words.Names(actor.AffiliatedWith);
        }

        return line + Cite(actor);
    }

    /// <summary>
    /// One deployment: "- Wagner Group: about 5,000 troops in Africa, as of 9 August 2023 (estimated) [..:9]".
    /// </summary>
    /// <param name="deployment">The deployment.</param>
    /// <returns>The line.</returns>
    public static string DeploymentLine(Deployment deployment)
    {
        var line = Bullet + Label(deployment) + When(deployment);
        if (deployment.Purpose is { } purpose)
        {
            line += "; purpose: " + purpose;
        }

        return line + Qualifier(deployment.Certainty, deployment.AttributedTo) + Cite(deployment);
    }

    /// <summary>
    /// One sanction: "- Nigeria sanctions Niger's military junta and Niger; instruments: financial; ordered by ...;
    /// through ...; reason: ...; on 8 August 2023 (reported, according to Nigerian presidential spokesperson) [..:25] [..:29]".
    /// </summary>
    /// <param name="sanction">The sanction.</param>
    /// <returns>The line.</returns>
    public static string SanctionLine(Sanction sanction)
    {
        var parts = new List<string> { Label(sanction) };
        if (!sanction.Instruments.IsEmpty)
        {
            parts.Add("instruments: " + string.Join(", ", sanction.Instruments.Select(i => i.ToYamlName())));
        }

        if (sanction.OrderedBy is { } orderedBy)
        {
            parts.Add("ordered by " + orderedBy.Resolve().Name);
        }

        if (sanction.Through is { } through)
        {
            parts.Add("through " + through.Resolve().Name);
        }

        if (sanction.Reason is { } reason)
        {
            parts.Add("reason: " + reason);
        }

        if (sanction.Date is { } date)
        {
            parts.Add(Words.On(date));
        }

        return Bullet + string.Join("; ", parts) + Qualifier(sanction.Certainty, sanction.AttributedTo) + Cite(sanction);
    }

    /// <summary>A short name for a fact, without citations: the actor's name, "Wagner Group: about 5,000 troops in Africa", "Nigeria sanctions Niger".</summary>
    /// <param name="fact">An actor, deployment, sanction, event or statement.</param>
    /// <returns>The label.</returns>
    public static string Label(ICitedFact fact) => fact switch
    {
        Actor actor => actor.Name,
        Deployment deployment => Label(deployment),
        Sanction sanction => Label(sanction),
        Event e => e.Description,
        Statement statement => $"{statement.Speaker.Resolve().Name}: {statement.Text}",
        _ => fact.ToString() ?? string.Empty,
    };

    /// <summary>The fact's citations, each once, in order: " [article-id:line] [article-id:line]".</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The citations with a leading space.</returns>
    public static string Cite(ICitedFact fact) =>
        " " + string.Join(" ", fact.Sources.DistinctBy(c => (c.Article, c.Line)).Select(c => c.ToString()));

    private static string Label(Deployment deployment)
    {
        var personnel = deployment.Personnel ?? "forces";
        var force = deployment.Strength is { } strength
            ? strength.Kind == QuantityKind.Magnitude ? $"{strength} of {personnel}" : $"{strength} {personnel}"
            : personnel;
        return $"{deployment.Actor.Resolve().Name}: {force} in {deployment.Location}";
    }

    private static string Label(Sanction sanction) =>
        $"{sanction.ImposedBy.Resolve().Name} sanctions {Words.Names(sanction.Targets)}";

    private static string When(Deployment deployment)
    {
        var when = string.Empty;
        if (deployment.Since is { } since)
        {
            when += " since " + since;
        }

        if (deployment.AsOf is { } asOf)
        {
            when += " as of " + asOf;
        }

        return when;
    }

    private static string Qualifier(Certainty certainty, ImmutableArray<ActorId> attributedTo) =>
        attributedTo.IsEmpty
            ? $" ({certainty.ToYamlName()})"
            : $" ({certainty.ToYamlName()}, according to {Words.Names(attributedTo)})";
}
