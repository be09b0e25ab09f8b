using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace FactsGen.Cli.Diffing;

/// <summary>One count of a diff: "1 record added", "3 records added".</summary>
internal sealed record DiffCount(string Key, string One, string Many, int Count)
{
    public string Phrase => Count.ToString(CultureInfo.InvariantCulture) + " " + (Count == 1 ? One : Many);
}

/// <summary>What a diff holds, counted, in the order every format lists it.</summary>
internal static class DiffCounts
{
    public static IReadOnlyList<DiffCount> All(FactBaseDiff diff) =>
    [
        new("recordsAdded", "record added", "records added", diff.Count(RecordStatus.Added)),
        new("recordsRemoved", "record removed", "records removed", diff.Count(RecordStatus.Removed)),
        new("recordsRenamed", "record renamed", "records renamed", diff.Count(RecordStatus.Renamed)),
        new("recordsChanged", "record changed", "records changed", diff.Count(RecordStatus.Changed)),
        new("citationsReanchored", "citation re-anchored", "citations re-anchored", diff.CitationCount(CitationStatus.Reanchored)),
        new("citationsChanged", "citation changed", "citations changed", diff.CitationCount(CitationStatus.Changed)),
        new("citationsAdded", "citation added", "citations added", diff.CitationCount(CitationStatus.Added)),
        new("citationsRemoved", "citation removed", "citations removed", diff.CitationCount(CitationStatus.Removed)),
        new("articlesChanged", "article text changed", "article texts changed", diff.Articles.Count),
        new("kindsChanged", "declared kind changed", "declared kinds changed", diff.Kinds.Count),
        new("newDiagnostics", "new diagnostic", "new diagnostics", diff.Diagnostics.Count),
    ];

    /// <summary>The counts that are not 0.</summary>
    public static IReadOnlyList<DiffCount> Of(FactBaseDiff diff) => All(diff).Where(c => c.Count > 0).ToList();

    /// <summary>"2 records changed, 5 citations re-anchored", or "no change".</summary>
    public static string Sentence(FactBaseDiff diff)
    {
        var counts = Of(diff);
        return counts.Count == 0 ? "no change" : string.Join(", ", counts.Select(c => c.Phrase));
    }
}
