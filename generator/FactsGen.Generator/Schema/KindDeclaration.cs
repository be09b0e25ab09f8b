using FactsGen.Diagnostics;
using FactsGen.Model;

namespace FactsGen.Schema;

/// <summary>One field of a declared kind, as its <c>kinds</c> record writes it (docs/fact-files.md §6).</summary>
internal sealed record FieldDeclaration(
    string Name,
    LocationInfo NameLocation,
    string Type,
    LocationInfo TypeLocation,
    EquatableArray<string> Values,
    bool IsList,
    bool IsRequired,
    string? Default,
    string? Reverse,
    LocationInfo? ReverseLocation,
    string? Doc,
    bool IsDisputable = false)
{
    public const string ReferencePrefix = "ref ";

    /// <summary>What <c>in-quote</c> says (docs/fact-files.md §12), null when absent: the type's default applies.</summary>
    public bool? InQuote { get; init; }

    /// <summary>Where <c>in-quote</c> is written (for FG0016 on a <c>ref</c> to a kind without a name).</summary>
    public LocationInfo? InQuoteLocation { get; init; }

    /// <summary>The format's value type that <see cref="Type"/> names (<see cref="ValueType.Reference"/> for <c>ref K</c>); null when it names none.</summary>
    public ValueType? FormatType =>
        TargetSection is not null ? ValueType.Reference : DeclaredFieldTypes.TryGet(Type, out var type, out _) ? type : null;

    /// <summary>For <c>ref K</c>: the section K (else null).</summary>
    public string? TargetSection => Type.StartsWith(ReferencePrefix, System.StringComparison.Ordinal) ? Type.Substring(ReferencePrefix.Length).Trim() : null;
}

/// <summary>
/// One record of a <c>kinds</c> section. <see cref="IsValid"/> is false when a rule that one file
/// can check failed (and was reported): the kind is then not emitted, and its section is silenced.
/// </summary>
internal sealed record KindDeclaration(
    string Id,
    LocationInfo IdLocation,
    string Record,
    LocationInfo RecordLocation,
    string? Doc,
    string? Summary,
    EquatableArray<FieldDeclaration> Fields,
    bool IsValid);

/// <summary>
/// The kinds one fact file declares and the diagnostics of those declarations.
/// <see cref="IsComplete"/> is false when the file could not be read to its end, so it may
/// declare kinds that nobody can see yet.
/// </summary>
internal sealed record FileKindDeclarations(string Path, EquatableArray<KindDeclaration> Kinds, EquatableArray<DiagnosticInfo> Diagnostics, bool IsComplete)
{
    public static FileKindDeclarations None(string path) => new(path, EquatableArray<KindDeclaration>.Empty, EquatableArray<DiagnosticInfo>.Empty, true);
}
