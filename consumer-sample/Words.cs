using System.Collections.Generic;
using System.Linq;
using ConsumerSample.Facts;

namespace ConsumerSample;

/// <summary>
/// Headings for actor kinds and small phrase helpers. Certainties and instruments need no words here:
/// their fact-file spelling ("estimated", "financial") reads well, and the generated <c>ToYamlName()</c> gives it.
/// </summary>
public static class Words
{
    /// <summary>The heading of a group of actors of one kind: "People", "Armed groups".</summary>
    /// <param name="kind">The kind of actor.</param>
    /// <returns>The heading.</returns>
    public static string Heading(ActorKind kind) => kind switch
    {
        ActorKind.Person => "People",
        ActorKind.State => "States",
        ActorKind.Government => "Governments and state bodies",
        ActorKind.Military => "Armed forces",
        ActorKind.ArmedGroup => "Armed groups",
        ActorKind.Organization => "Organizations",
        ActorKind.Intergovernmental => "Intergovernmental bodies",
        ActorKind.Media => "Media",
        _ => kind.ToString(),
    };

    /// <summary>
    /// A date with the preposition its precision needs: "on 9 August 2023", "in August 2023", "in 2021"; a window
    /// says its own ("between 31 July and 6 August 2023", "on or before 8 August 2023").
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The phrase.</returns>
    public static string On(PartialDate date) =>
        date.IsInterval || date.Earliest is null || date.Latest is null ? date.ToString()
        : (date.Precision == DatePrecision.Day ? "on " : "in ") + date.ToString();

    /// <summary>The names of the actors the ids resolve to, as an English list: "A", "A and B", "A, B and C".</summary>
    /// <param name="actors">The actor ids.</param>
    /// <returns>The list.</returns>
    public static string Names(IEnumerable<ActorId> actors) => List(actors.Select(id => id.Resolve().Name));

    /// <summary>A count with its noun, plural unless one: "1 article", "2 articles".</summary>
    /// <param name="count">The count.</param>
    /// <param name="noun">The noun in the singular; the plural adds "s".</param>
    /// <returns>The phrase.</returns>
    public static string Count(int count, string noun) =>
        count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");

    /// <summary>Joins items as an English list: "A", "A and B", "A, B and C".</summary>
    /// <param name="items">The items.</param>
    /// <returns>The list, empty when there are no items.</returns>
    public static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count switch
        {
            0 => string.Empty,
            1 => all[0],
            _ => string.Join(", ", all.Take(all.Count - 1)) + " and " + all[^1],
        };
    }
}
