using System.Collections.Generic;
using System.Linq;

namespace FactsGen.Schema;

/// <summary>The built-in kinds of the fact-file format (docs/fact-files.md §4) as data: three cited kinds plus articles. Checked fields (docs/fact-files.md §12) are marked <c>InQuote()</c>.</summary>
internal static class FactKinds
{
    public static readonly EnumDescriptor ActorKind = new(
        "ActorKind", "actor kind", "What kind of actor a record describes.",
        ("person", "A named individual."),
        ("state", "A sovereign state."),
        ("government", "A government, ministry or other state authority."),
        ("military", "An armed force of a state, or a junta that rules through it."),
        ("armed-group", "A non-state armed group, militia or mercenary company."),
        ("organization", "A company, institution or other organization."),
        ("intergovernmental", "A body of states, such as the UN or a regional bloc."),
        ("media", "A news outlet or platform."));

    public static readonly EnumDescriptor Certainty = new(
        "Certainty", "certainty", "How firmly the source asserts a fact.",
        ("stated", "The article asserts it."),
        ("reported", "The article reports it as others' claim."),
        ("estimated", "The article gives it as an estimate."),
        ("believed", "The article says it is believed."),
        ("alleged", "The article says it is alleged."));

    public static readonly EnumDescriptor SanctionInstrument = new(
        "SanctionInstrument", "sanction instrument", "The means a sanction works through.",
        ("financial", "Financial measures: frozen assets, blocked transactions."),
        ("trade", "Trade measures: embargoes, border closures."),
        ("travel", "Travel bans."),
        ("diplomatic", "Diplomatic measures."),
        ("military", "Military measures, including arms embargoes."),
        ("other", "Any other instrument."));

    private static readonly KindDescriptor RawArticles = new(
        "articles", "Article", "article",
        "A source article that facts cite by line.",
        "Article '{id}'[: {title}][, {publisher}][, {published}]",
        new FieldDescriptor("id", ValueType.Id, "The article's id, as citations name it.").Required(),
        new FieldDescriptor("file", ValueType.Path, "The article's text file, relative to the fact file that declares it.").Required(),
        new FieldDescriptor("title", ValueType.String, "The article's title."),
        new FieldDescriptor("publisher", ValueType.String, "Who published the article."),
        new FieldDescriptor("published", ValueType.Date, "When the article was published."),
        new FieldDescriptor("url", ValueType.Url, "Where the article was published (absolute http(s) URL)."));

    private static readonly KindDescriptor RawActors = new(
        "actors", "Actor", "actor",
        "A person, state, armed group, body or outlet that plays a role in the facts.",
        "{name}[, {role}] ({kind})",
        new FieldDescriptor("id", ValueType.Id, "The actor's id.").Required(),
        new FieldDescriptor("name", ValueType.String, "The actor's name.").Required().InQuote(),
        new FieldDescriptor("kind", ValueType.Enum, "What kind of actor this is.").Required().Of(ActorKind),
        new FieldDescriptor("role", ValueType.String, "The actor's role, e.g. \"US Secretary of State\"."),
        new FieldDescriptor("country", ValueType.Country, "The actor's country (ISO 3166-1 alpha-2)."),
        new FieldDescriptor("aliases", ValueType.String, "Other names the sources use.").List(),
        new FieldDescriptor("affiliated-with", ValueType.Reference, "Actors this actor belongs to or acts for.").List().To("actors", reverse: "Affiliates").InQuote(),
        new FieldDescriptor("sources", ValueType.Citation, "Where the sources name this actor.").Required().List(nonEmpty: true));

    private static readonly KindDescriptor RawDeployments = new(
        "deployments", "Deployment", "deployment",
        "Forces of an actor present somewhere, as the sources state it.",
        "{actor}[: {strength}][ {personnel}] in {location}[ since {since}][ as of {as-of}] ({certainty})",
        new FieldDescriptor("id", ValueType.Id, "The deployment's id.").Required(),
        new FieldDescriptor("actor", ValueType.Reference, "Who is deployed.").Required().To("actors", reverse: "Deployments").InQuote(),
        new FieldDescriptor("location", ValueType.String, "Where, as the article says it.").Required().Disputable(),
        new FieldDescriptor("countries", ValueType.Country, "The countries the location covers (ISO 3166-1 alpha-2).").List(),
        new FieldDescriptor("strength", ValueType.Quantity, "How many.").InQuote().Disputable(),
        new FieldDescriptor("personnel", ValueType.String, "What the forces are called, e.g. \"troops\"."),
        new FieldDescriptor("purpose", ValueType.String, "What the forces are there for."),
        new FieldDescriptor("since", ValueType.Date, "Since when."),
        new FieldDescriptor("as-of", ValueType.Date, "When the figure held.").Disputable(),
        new FieldDescriptor("certainty", ValueType.Enum, "How firmly the source asserts it (default: stated).").Of(Certainty, "stated"),
        new FieldDescriptor("attributed-to", ValueType.Reference, "Who makes the claim.").List().To("actors"),
        new FieldDescriptor("sources", ValueType.Citation, "Where the sources state it.").Required().List(nonEmpty: true));

    private static readonly KindDescriptor RawSanctions = new(
        "sanctions", "Sanction", "sanction",
        "Sanctions imposed by one actor on others, as the sources state it.",
        "Sanctions by {imposed-by} on {targets}[, ordered by {ordered-by}][ through {through}][ ({instruments})][, {date}] ({certainty})",
        new FieldDescriptor("id", ValueType.Id, "The sanction's id.").Required(),
        new FieldDescriptor("imposed-by", ValueType.Reference, "Who imposes the sanctions.").Required().To("actors", reverse: "SanctionsImposed").InQuote(),
        new FieldDescriptor("targets", ValueType.Reference, "Who the sanctions target.").Required().List(nonEmpty: true).To("actors", reverse: "SanctionsAgainst").InQuote(),
        new FieldDescriptor("ordered-by", ValueType.Reference, "Who ordered them.").To("actors").InQuote(),
        new FieldDescriptor("through", ValueType.Reference, "The institution that carries them out, e.g. a central bank.").To("actors").InQuote(),
        new FieldDescriptor("instruments", ValueType.Enum, "The means the sanctions work through.").List().Of(SanctionInstrument),
        new FieldDescriptor("reason", ValueType.String, "Why, as the source says it."),
        new FieldDescriptor("date", ValueType.Date, "When they were imposed.").Disputable(),
        new FieldDescriptor("certainty", ValueType.Enum, "How firmly the source asserts it (default: stated).").Of(Certainty, "stated"),
        new FieldDescriptor("attributed-to", ValueType.Reference, "Who makes the claim.").List().To("actors"),
        new FieldDescriptor("sources", ValueType.Citation, "Where the sources state it.").Required().List(nonEmpty: true));

    /// <summary>The built-in kinds, in the order the generated API lists them (declared kinds follow them in a <see cref="FactSchema"/>).</summary>
    public static readonly IReadOnlyList<EnumDescriptor> Enums = new[] { ActorKind, Certainty, SanctionInstrument };

    /// <summary>Indexed as every schema indexes them (built-ins first), references resolved, reverses attached.</summary>
    public static readonly IReadOnlyList<KindDescriptor> All =
        FactSchema.Create(new[] { RawArticles, RawActors, RawDeployments, RawSanctions }, Enums, System.Array.Empty<string>()).Kinds.ToArray();

    public static KindDescriptor Articles => All[0];

    public static KindDescriptor Actors => All[1];

    public static KindDescriptor Deployments => All[2];

    public static KindDescriptor Sanctions => All[3];

    /// <summary>The section that declares kinds (docs/fact-files.md §6); it holds no facts itself.</summary>
    public const string KindsSection = "kinds";

    /// <summary>Sections a declared kind may not take.</summary>
    public static readonly IReadOnlyList<string> BuiltInSections = All.Select(k => k.Section).Concat(new[] { KindsSection }).ToArray();
}
