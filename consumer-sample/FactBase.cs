using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using ConsumerSample.Facts;

namespace ConsumerSample;

/// <summary>
/// The whole fact base as one value: the generated records themselves, with their citations.
/// It is the shape of the <c>--json</c> export: <c>{ "articles": [...], "actors": [...], "deployments": [...], "sanctions": [...],
/// "events": [...], "statements": [...] }</c>, the last two being the kinds the fact base declares (facts/kinds.yaml).
/// </summary>
/// <param name="Articles">The source articles.</param>
/// <param name="Actors">The actors.</param>
/// <param name="Deployments">The deployments.</param>
/// <param name="Sanctions">The sanctions.</param>
/// <param name="Events">The events (a declared kind).</param>
/// <param name="Statements">The statements (a declared kind).</param>
public sealed record FactBase(
    ImmutableArray<Article> Articles,
    ImmutableArray<Actor> Actors,
    ImmutableArray<Deployment> Deployments,
    ImmutableArray<Sanction> Sanctions,
    ImmutableArray<Event> Events,
    ImmutableArray<Statement> Statements)
{
    /// <summary>The export context: the source-generated contract, with quotes left readable (the output is not HTML).</summary>
    private static readonly FactBaseJsonContext Export = new(new JsonSerializerOptions(FactBaseJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The fact base compiled into this app, from the generated catalogs, in fact-base order.</summary>
    public static FactBase Current { get; } = new(
        global::ConsumerSample.Facts.Articles.All,
        global::ConsumerSample.Facts.Actors.All,
        global::ConsumerSample.Facts.Deployments.All,
        global::ConsumerSample.Facts.Sanctions.All,
        global::ConsumerSample.Facts.Events.All,
        global::ConsumerSample.Facts.Statements.All);

    /// <summary>Whether both hold equal records in the same order (lists compared item by item).</summary>
    /// <param name="other">The other fact base.</param>
    /// <returns>True when every list is equal item by item.</returns>
    public bool Equals(FactBase? other) =>
        other is not null
        && Articles.SequenceEqual(other.Articles)
        && Actors.SequenceEqual(other.Actors)
        && Deployments.SequenceEqual(other.Deployments)
        && Sanctions.SequenceEqual(other.Sanctions)
        && Events.SequenceEqual(other.Events)
        && Statements.SequenceEqual(other.Statements);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Articles.Length, Actors.Length, Deployments.Length, Sanctions.Length, Events.Length, Statements.Length);

    /// <summary>
    /// The fact base as indented JSON with kebab-case keys ("affiliated-with", "as-of"); absent optional fields are
    /// left out, as in the YAML. Characters are escaped only where JSON needs it, so quotes read as in the articles.
    /// </summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, Export.FactBase);

    /// <summary>Reads a fact base written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The fact base.</returns>
    /// <exception cref="JsonException">The text is not such a fact base.</exception>
    public static FactBase FromJson(string json) =>
        JsonSerializer.Deserialize(json, FactBaseJsonContext.Default.FactBase) ?? throw new JsonException("The JSON is null, not a fact base.");
}
