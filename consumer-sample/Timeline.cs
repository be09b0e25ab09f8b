using System.Collections.Generic;
using System.Linq;
using ConsumerSample.Facts;

namespace ConsumerSample;

/// <summary>
/// The kinds this fact base declares itself (facts/kinds.yaml): a dated timeline of events with their actors
/// resolved, who said what with citations, and who is involved, through the generated reverse navigation.
/// </summary>
public static class Timeline
{
    /// <summary>The events of the fact base in timeline order (<see cref="InOrder"/>).</summary>
    /// <returns>The events.</returns>
    public static IReadOnlyList<Event> Events() => InOrder(Facts.Events.All);

    /// <summary>
    /// Dated events first, in the order of their dates: by the earliest day each could be, then the latest,
    /// so "2023" (any day of it) comes before "July 2023", and "on or before 8 August 2023" before both;
    /// events whose dates cover the same days keep their fact-base order. Then the undated, in fact-base order.
    /// </summary>
    /// <param name="events">The events, in fact-base order.</param>
    /// <returns>The events in timeline order.</returns>
    public static IReadOnlyList<Event> InOrder(IEnumerable<Event> events)
    {
        var all = events.ToList();
        return all.Where(e => e.Date is not null).OrderBy(e => e.Date!.Value)
            .Concat(all.Where(e => e.Date is null))
            .ToList();
    }

    /// <summary>The timeline section: "- 26 July 2023 (coup): Niger's military seized power ...; with Mohamed Bazoum [..:2]".</summary>
    /// <returns>The lines.</returns>
    public static IEnumerable<string> EventLines()
    {
        yield return $"Timeline ({Words.Count(Facts.Events.All.Length, "event")})";
        foreach (var line in Events().SelectMany(e => Briefing.WithCaveats("  ", EventLine(e), e)))
        {
            yield return line;
        }
    }

    /// <summary>One event: its date in English (or "undated"; a window as "between 31 July and 6 August 2023"), kind, description, actors and certainty, then its citations.</summary>
    /// <param name="e">The event.</param>
    /// <returns>The line.</returns>
    public static string EventLine(Event e)
    {
        var line = $"{Briefing.Bullet}{(e.Date is { } date ? date.ToString() : "undated")} ({e.Kind.ToYamlName()}): {e.Description}";
        if (!e.Actors.IsEmpty)
        {
            line += "; with " + Words.Names(e.Actors);
        }

        if (e.Certainty != Certainty.Stated)
        {
            line += $" ({e.Certainty.ToYamlName()})";
        }

        return line + Briefing.Cite(e);
    }

    /// <summary>Who said what: each speaker (in fact-base order of actors) with their statements.</summary>
    /// <returns>The lines.</returns>
    public static IEnumerable<string> StatementLines()
    {
        yield return $"Who said what ({Words.Count(Statements.All.Length, "statement")})";
        foreach (var speaker in Actors.All.Where(a => !a.Statements.IsEmpty))
        {
            yield return $"  {speaker.Name} ({Words.Count(speaker.Statements.Length, "statement")})";
            foreach (var line in speaker.Statements.SelectMany(s => Briefing.WithCaveats("    ", StatementLine(s), s)))
            {
                yield return line;
            }
        }
    }

    /// <summary>
    /// One statement: quoted words in quotation marks, reported speech as the article gives it:
    /// "- 8 August 2023, BBC interview: "..." [..:7]".
    /// </summary>
    /// <param name="statement">The statement.</param>
    /// <returns>The line.</returns>
    public static string StatementLine(Statement statement)
    {
        var context = new List<string>();
        if (statement.Date is { } date)
        {
            context.Add(date.ToString());
        }

        if (statement.Medium is { } medium)
        {
            context.Add(medium);
        }

        var text = statement.Mode == StatementMode.Quoted ? $"\"{statement.Text}\"" : $"(reported) {statement.Text}";
        var line = Briefing.Bullet + (context.Count > 0 ? string.Join(", ", context) + ": " : string.Empty) + text;
        if (!statement.About.IsEmpty)
        {
            line += "; about " + Words.Names(statement.About);
        }

        return line + Briefing.Cite(statement);
    }

    /// <summary>Who is involved: per actor, what refers to it, from the generated reverse navigation ("Wagner Group: 3 deployments, 2 statements").</summary>
    /// <returns>The lines.</returns>
    public static IEnumerable<string> InvolvementLines()
    {
        var involved = Actors.All.Select(a => (Actor: a, Summary: Involvement(a))).Where(p => p.Summary.Length > 0).ToList();
        yield return $"Who is involved ({Words.Count(involved.Count, "actor")})";
        foreach (var (actor, summary) in involved)
        {
            // No bullet: these lines sum up other facts and carry no citations of their own.
            yield return $"  {actor.Name}: {summary}";
        }
    }

    /// <summary>An actor's involvement, each count only when there is one: "3 deployments, 2 statements, in 4 events".</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>The phrase, empty when nothing refers to the actor.</returns>
    public static string Involvement(Actor actor)
    {
        var parts = new List<string>();
        void Add(int count, string phrase)
        {
            if (count > 0)
            {
                parts.Add(phrase);
            }
        }

        Add(actor.Deployments.Length, Words.Count(actor.Deployments.Length, "deployment"));
        Add(actor.Statements.Length, Words.Count(actor.Statements.Length, "statement"));
        Add(actor.Events.Length, "in " + Words.Count(actor.Events.Length, "event"));
        Add(actor.SanctionsImposed.Length, "imposed " + Words.Count(actor.SanctionsImposed.Length, "sanction"));
        Add(actor.SanctionsAgainst.Length, "targeted by " + Words.Count(actor.SanctionsAgainst.Length, "sanction"));
        Add(actor.MentionedIn.Length, "mentioned in " + Words.Count(actor.MentionedIn.Length, "statement"));
        Add(actor.AddressedIn.Length, "addressed in " + Words.Count(actor.AddressedIn.Length, "statement"));
        Add(actor.Affiliates.Length, Words.Count(actor.Affiliates.Length, "affiliate"));
        return string.Join(", ", parts);
    }
}
