using System.Collections.Generic;
using System.Linq;

namespace FactsGen.Cli.Diffing;

/// <summary>What a record's change is.</summary>
internal enum RecordStatus
{
    Added,
    Removed,
    Renamed,
    Changed,
}

/// <summary>What happened to one citation of a kept record.</summary>
internal enum CitationStatus
{
    Added,
    Removed,

    /// <summary>Same article and quote, a new line, and the quote is on that line (what <c>factsgen fix</c> writes).</summary>
    Reanchored,

    /// <summary>Other words, or a line that does not hold the quote.</summary>
    Changed,
}

/// <summary>A value before and after, in the fact-file spelling; null where absent.</summary>
internal sealed record ValueChange(string Name, string? Old, string? New);

/// <summary>One claim of a disputable field (docs/fact-files.md §14), keyed by the field and its value.</summary>
internal sealed record ClaimChange(string Field, string Value, string Change, string? OldRank, string? NewRank);

/// <summary>A citation's change; <see cref="Claim"/> names the claim (<c>strength claim ~5000</c>) when it is one of a claim's sources.</summary>
internal sealed record CitationChange(CitationStatus Status, string Article, int OldLine, int NewLine, string? OldQuote, string? NewQuote)
{
    public string? Claim { get; init; }
}

/// <summary>A record added, removed, renamed (<see cref="OldId"/>) or changed; <see cref="Path"/> and <see cref="Line"/> where it is now (before, for a removal).</summary>
internal sealed record RecordChange(
    string Section,
    string Id,
    RecordStatus Status,
    string? OldId,
    string Path,
    int Line,
    IReadOnlyList<ValueChange> Fields,
    IReadOnlyList<ClaimChange> Claims,
    IReadOnlyList<ValueChange> Inferred,
    IReadOnlyList<CitationChange> Citations)
{
    public bool OnlyReanchored => Status == RecordStatus.Changed && Fields.Count == 0 && Claims.Count == 0 && Inferred.Count == 0 && Citations.All(c => c.Status == CitationStatus.Reanchored);
}

/// <summary>A line of an article's text diff: removed (old number) or added (new number).</summary>
internal sealed record ArticleLine(bool Added, int Number, string Text);

/// <summary>A citation that cites a changed line: of the new base at a new line, or of the old one at a removed line.</summary>
internal sealed record CitingFact(string Section, string Id, int Line, bool Old);

internal sealed record ArticleChange(string Id, string Path, IReadOnlyList<ArticleLine> Lines, IReadOnlyList<CitingFact> CitedBy);

/// <summary>A declared kind added, removed or changed (its changed keys, and <c>fields</c> item by item).</summary>
internal sealed record KindChange(string Id, RecordStatus Status, IReadOnlyList<ValueChange> Changes);

/// <summary>A diagnostic of the new base that the old one did not have, as check prints it.</summary>
internal sealed record NewDiagnostic(string Path, int Line, int Column, string Severity, string Id, string Message);

/// <summary>Everything <c>factsgen diff</c> found, in the order every format prints it.</summary>
internal sealed record FactBaseDiff(
    IReadOnlyList<string> Sections,
    IReadOnlyList<RecordChange> Records,
    IReadOnlyList<ArticleChange> Articles,
    IReadOnlyList<KindChange> Kinds,
    IReadOnlyList<NewDiagnostic> Diagnostics)
{
    public bool IsEmpty => Records.Count == 0 && Articles.Count == 0 && Kinds.Count == 0 && Diagnostics.Count == 0;

    public IEnumerable<RecordChange> In(string section) => Records.Where(r => r.Section == section);

    public int Count(RecordStatus status) => Records.Count(r => r.Status == status);

    public int CitationCount(CitationStatus status) => Records.Sum(r => r.Citations.Count(c => c.Status == status));
}
