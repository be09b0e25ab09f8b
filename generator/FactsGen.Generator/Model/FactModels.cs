using FactsGen.Values;

namespace FactsGen.Model;

/// <summary>
/// One scalar value of a field, parsed once: its canonical text (e.g. quantity <c>~1000</c>, date
/// <c>2023-08</c>) and, by its field's type, the typed value (<see cref="Date"/>,
/// <see cref="Quantity"/>, <see cref="EnumIndex"/>) that later stages use instead of parsing again.
/// </summary>
public readonly record struct ScalarItem(string Text, LocationInfo Location)
{
    // An item holds one typed value at most (a date, a quantity or an enum member), so the three share
    // these fields, packed (96 bytes an item became 56): the driver keeps an item per value of every
    // record, and their arrays were the largest type a cold run kept.
    private readonly int _first;   // a date's start, a quantity's value, an enum member's index
    private readonly int _second;  // a date's end, a quantity's maximum
    private readonly byte _type;   // which of the three (0 when none)
    private readonly byte _detail; // a date's slash, a quantity's kind and magnitude

    private const byte DateType = 1;
    private const byte QuantityType = 2;
    private const byte EnumType = 3;

    public PartialDateValue Date
    {
        get => _type == DateType ? PartialDateValue.FromPacked(_first, _second, _detail != 0) : default;
        init => (_type, _first, _second, _detail) = (DateType, value.Start?.Packed ?? 0, value.End?.Packed ?? 0, value.IsSlashed ? (byte)1 : (byte)0);
    }

    public QuantityValue Quantity
    {
        get => _type == QuantityType ? QuantityValue.FromPacked(_first, _second, _detail) : default;
        init => (_type, _first, _second, _detail) = (QuantityType, value.Value, value.Max, value.Packed);
    }

    /// <summary>The member's index in the field's enum (-1 for other types).</summary>
    public int EnumIndex
    {
        get => _type == EnumType ? _first : -1;
        init
        {
            if (value >= 0)
            {
                (_type, _first, _second, _detail) = (EnumType, value, 0, 0);
            }
        }
    }
}

/// <summary>One <c>{ article, line, quote }</c> citation.</summary>
public sealed record CitationItem(string Article, int Line, string Quote, LocationInfo ArticleLocation, LocationInfo LineLocation, LocationInfo QuoteLocation);

/// <summary>
/// A field's value: scalar items, or citations for a citations field. Lists may hold many. A
/// disputable field written as <c>claims</c> (docs/fact-files.md §14) has its <see cref="Claims"/> in file order,
/// and <see cref="Items"/> is then its best value, chosen once here (<see cref="Semantics.ClaimRules.BestIndex"/>)
/// so that no later stage chooses again.
/// </summary>
public sealed record FieldValue(EquatableArray<ScalarItem> Items, EquatableArray<CitationItem> Citations, LocationInfo Location)
{
    public string Text => Items[0].Text;

    /// <summary>The claims, when the field holds <c>claims</c>; empty for a plain value.</summary>
    public EquatableArray<ClaimItem> Claims { get; init; } = EquatableArray<ClaimItem>.Empty;

    public bool HasClaims => !Claims.IsEmpty;
}

/// <summary>A claim's rank (docs/fact-files.md §14); <see cref="Normal"/> when the claim gives none.</summary>
public enum ClaimRank
{
    Normal,
    Preferred,
    Deprecated,
}

/// <summary>The ranks as fact files spell them, in <see cref="ClaimRank"/> order.</summary>
public static class ClaimRanks
{
    public static readonly string[] Names = { "normal", "preferred", "deprecated" };
}

/// <summary>
/// One claim of a disputable field (docs/fact-files.md §14): its value, parsed exactly as the field's
/// (<see cref="Value"/> holds one item, or a list's items), its own citations, rank and note.
/// <see cref="Location"/> is the claim's first key, <see cref="ValueLocation"/> its value's node.
/// </summary>
public sealed record ClaimItem(EquatableArray<ScalarItem> Value, EquatableArray<CitationItem> Sources, ClaimRank Rank, string? Note, LocationInfo Location, LocationInfo ValueLocation)
{
    /// <summary>The claim's own <c>inferred</c> (docs/fact-files.md §14): at most its field, with the editor's reason.</summary>
    public EquatableArray<InferenceItem> Inferences { get; init; } = EquatableArray<InferenceItem>.Empty;
}

/// <summary>
/// A record as parsed from YAML; <see cref="Kind"/> is its kind's index in the <see cref="Schema.FactSchema"/>. <see cref="Fields"/> is aligned with the kind's descriptor fields
/// (null where absent). <see cref="IsValid"/> is false when any of its fields was reported: such a
/// record still declares its id (so references to it do not cascade) but is not emitted.
/// </summary>
public sealed record FactRecord(int Kind, string Id, LocationInfo Location, LocationInfo IdLocation, EquatableArray<FieldValue?> Fields, bool IsValid)
{
    /// <summary>The fields the editor lists under <c>inferred</c>, with their reasons, in file order (docs/fact-files.md §13).</summary>
    public EquatableArray<InferenceItem> Inferences { get; init; } = EquatableArray<InferenceItem>.Empty;
}

/// <summary>One entry of <c>inferred</c>: a field the quotes need not contain, and the editor's reason for it.</summary>
public sealed record InferenceItem(string Field, string Reason, LocationInfo FieldLocation, LocationInfo ReasonLocation);
