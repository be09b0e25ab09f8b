using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ConsumerSample.Facts;

namespace ConsumerSample;

/// <summary>
/// What a reader must know before trusting a fact's line: the values its sources dispute, each claim with its own
/// citations ("date disputed: 26 July 2023 [..:27] · between 31 July and 6 August 2023 [..:1]"), and the values the
/// editor inferred rather than read ("location (editor's inference: ...)"). The briefing prints them under the fact.
/// </summary>
public static class Caveats
{
    /// <summary>What separates the claims of a disputed value.</summary>
    public const string ClaimSeparator = " · ";

    /// <summary>The caveat lines of a fact, without indentation: one per disputed field (field order), then one per inference (file order).</summary>
    /// <param name="fact">A generated record of any kind.</param>
    /// <returns>The lines; none for a fact that is neither disputed nor inferred.</returns>
    public static IEnumerable<string> Lines(object fact)
    {
        var (disputed, inferences) = fact switch
        {
            Article a => (a.DisputedFields, a.Inferences),
            Actor a => (a.DisputedFields, a.Inferences),
            Deployment d => (d.DisputedFields, d.Inferences),
            Sanction s => (s.DisputedFields, s.Inferences),
            Event e => (e.DisputedFields, e.Inferences),
            Statement s => (s.DisputedFields, s.Inferences),
            _ => throw new ArgumentException("Not a fact of this fact base: " + fact, nameof(fact)),
        };

        foreach (var field in disputed)
        {
            yield return DisputedLine(fact, field);
        }

        foreach (var inference in inferences)
        {
            yield return InferenceLine(inference);
        }
    }

    /// <summary>A field the editor inferred: "location (editor's inference: the articles say he is detained, not where)".</summary>
    /// <param name="inference">The inference.</param>
    /// <returns>The line.</returns>
    public static string InferenceLine(Inference inference) => $"{inference.Field} ({EditorsInference(inference.Reason)})";

    /// <summary>
    /// A disputed field: "date disputed: " then each claim in file order, its value in English and its citations,
    /// a deprecated one marked as such.
    /// </summary>
    /// <param name="fact">The fact.</param>
    /// <param name="field">The field as fact files spell it (one of the fact's <c>DisputedFields</c>).</param>
    /// <returns>The line.</returns>
    public static string DisputedLine(object fact, string field) => (fact, field) switch
    {
        (Event e, "date") => Disputed(field, e.DateClaims),
        (Sanction s, "date") => Disputed(field, s.DateClaims),
        (Deployment d, "strength") => Disputed(field, d.StrengthClaims),
        (Deployment d, "location") => Disputed(field, d.LocationClaims),
        (Deployment d, "as-of") => Disputed(field, d.AsOfClaims),
        _ => throw new ArgumentException($"This app does not know the claims of '{field}' on {fact}.", nameof(field)),
    };

    /// <summary>The claims of one field as a line: "date disputed: 26 July 2023 [wion:27] · between 31 July and 6 August 2023 [india-tv:1]".</summary>
    /// <typeparam name="T">The field's type.</typeparam>
    /// <param name="field">The field as fact files spell it.</param>
    /// <param name="claims">Its claims, in file order.</param>
    /// <returns>The line.</returns>
    public static string Disputed<T>(string field, ImmutableArray<Claim<T>> claims) =>
        field + " disputed: " + string.Join(ClaimSeparator, claims.Select(ClaimText));

    private static string ClaimText<T>(Claim<T> claim)
    {
        var text = Convert.ToString(claim.Value, CultureInfo.InvariantCulture) ?? "none";
        if (claim.Rank == ClaimRank.Deprecated)
        {
            text += " (deprecated)";
        }

        text += " " + string.Join(" ", claim.Sources.DistinctBy(c => (c.Article, c.Line)).Select(c => c.ToString()));
        foreach (var inference in claim.Inferences)
        {
            text += $" ({EditorsInference(inference.Reason)})";
        }

        return text;
    }

    private static string EditorsInference(string reason) => "editor's inference: " + reason;
}
