using System.Collections.Generic;
using System.Linq;

namespace FactsGen.Schema;

/// <summary>
/// Every C# name the generated code declares, in one place: the types of the namespace (the fixed
/// support types, and each kind's record, strong id, catalog and enums) and the members of each of
/// those types. The descriptors and emitters take their names from here, and
/// <see cref="FactBaseNames"/> checks with the same lists that every pair of names that must differ
/// does, so that no input makes generated code that fails to compile without an FG error (docs/fact-files.md §9).
/// </summary>
internal static class GeneratedNames
{
    /// <summary>The class that reads the catalogs' compact data (one method per kind, named as its catalog).</summary>
    public const string DataClass = "__FactsGenData";

    /// <summary>
    /// Types every fact base has whatever its kinds (docs/fact-files.md §6's list, their helpers, and v3's claim and
    /// inference types, docs/fact-files.md §13 and §14), so no kind may generate a type of these names.
    /// </summary>
    public static readonly IReadOnlyList<string> SupportTypes = new[]
    {
        "PartialDate", "DatePrecision", "Quantity", "QuantityKind", "QuantityMagnitude", "Citation", "Provenance",
        "ProvenanceAttribute", "ICitedFact", "Claim", "ClaimRank", "Inference", DataClass,
    };

    /// <summary>What every class inherits from <c>object</c>: a member of one of these names would hide it or clash.</summary>
    public static readonly IReadOnlyList<string> ObjectMembers = new[]
    {
        "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize",
    };

    /// <summary>A catalog's members besides one property per fact (docs/fact-files.md §8).</summary>
    public static readonly IReadOnlyList<string> CatalogMembers = new[] { "All", "Get", "TryGet" };

    /// <summary>
    /// Members every generated record has: inherited from <c>object</c> (a property would hide one:
    /// CS0108), compiler-made, <c>Clone</c> (no record may have a member of that name: CS8859), and
    /// v3's <c>DisputedFields</c> (docs/fact-files.md §14) and <c>Inferences</c> (docs/fact-files.md §13). No field, claims property
    /// or <c>reverse</c> may take them.
    /// </summary>
    public static readonly IReadOnlyList<string> MembersEveryRecordHas = ObjectMembers
        .Concat(new[] { "EqualityContract", "PrintMembers", "Deconstruct", "Clone", "DisputedFields", "Inferences" })
        .ToArray();

    /// <summary>The members of a kind's strong id (<c>ActorId</c>).</summary>
    public static readonly IReadOnlyList<string> IdMembers = new[] { "Value", "Resolve", "JsonConverter", "Equals", "GetHashCode", "ToString" };

    /// <summary>The members of an enum's helper class (<c>CertaintyExtensions</c>).</summary>
    public static readonly IReadOnlyList<string> EnumHelperMembers = new[] { "ToYamlName", "TryParseYamlName" };

    /// <summary>
    /// Members of <see cref="DataClass"/> that a kind's reader, a method named as its catalog and
    /// taking a <c>Type</c>, would clash with. Its other methods (<c>Index</c>, <c>Append</c>,
    /// <c>AppendList</c>) take other parameters: a reader of their name is an overload beside them.
    /// </summary>
    public static readonly IReadOnlyList<string> DataClassMembers = new[] { "Ids", "Records", "Reader", "HolderDataAttribute" };

    /// <summary>A kind's catalog: the PascalCase of its section (<c>deployments</c> → <c>Deployments</c>).</summary>
    public static string Catalog(string section) => Naming.ToPascalCase(section);

    /// <summary>A kind's strong id: <c>Actor</c> → <c>ActorId</c>.</summary>
    public static string IdType(string record) => record + "Id";

    /// <summary>A declared kind's enum: record and field, <c>Event</c> + <c>kind</c> → <c>EventKind</c>.</summary>
    public static string DeclaredEnum(string record, string field) => record + Naming.ToPascalCase(field);

    /// <summary>An enum's helper class: <c>Certainty</c> → <c>CertaintyExtensions</c>.</summary>
    public static string EnumHelpers(string enumName) => enumName + "Extensions";

    /// <summary>A field's property: <c>affiliated-with</c> → <c>AffiliatedWith</c>.</summary>
    public static string Property(string field) => Naming.ToPascalCase(field);

    /// <summary>A disputable field's claims (docs/fact-files.md §14): <c>strength</c> → <c>StrengthClaims</c>.</summary>
    public static string ClaimsProperty(string field) => Property(field) + "Claims";

    /// <summary>A fact's catalog property: the PascalCase of its id (docs/fact-files.md §2).</summary>
    public static string FactProperty(string id) => Naming.ToPascalCase(id);

    /// <summary>Member names a catalog has besides its facts, so no fact's id may become one (FG0008).</summary>
    public static IEnumerable<string> CatalogReserved(string catalog) => new[] { catalog }.Concat(CatalogMembers).Concat(ObjectMembers);

    /// <summary>Record, reverse and other PascalCase names to try instead of <paramref name="name"/>.</summary>
    public static IEnumerable<string> PascalAlternatives(string name) =>
        new[] { name + "Fact", name + "Record", name + "Entry" }.Concat(Enumerable.Range(2, 8).Select(i => name + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Kind ids and field names (slugs) to try instead of <paramref name="slug"/>.</summary>
    public static IEnumerable<string> SlugAlternatives(string slug, string word) =>
        new[] { slug + "-" + word }.Concat(Enumerable.Range(2, 8).Select(i => slug + "-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
