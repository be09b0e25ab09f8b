using System.Collections.Generic;
using System.Linq;

namespace FactsGen.Cli.Report;

/// <summary>A piece of a line that one or more quotes cover, with the quotes (their tags) that do.</summary>
internal sealed record MarkSegment<T>(TextRange Range, IReadOnlyList<T> Tags);

/// <summary>
/// Turns the quotes of one line, which may overlap or nest, into marks that do not: the line is cut
/// at every start and end of a quote, and each piece that some quote covers becomes one mark
/// carrying all the quotes over it. Marks then never straddle each other and the HTML stays valid.
/// </summary>
internal static class MarkLayout
{
    /// <summary>The covered pieces in line order; tags keep the order of <paramref name="quotes"/>.</summary>
    public static IReadOnlyList<MarkSegment<T>> Segments<T>(IReadOnlyList<(TextRange Range, T Tag)> quotes)
    {
        var cuts = quotes
            .Where(q => q.Range.Length > 0)
            .SelectMany(q => new[] { q.Range.Start, q.Range.End })
            .Distinct()
            .OrderBy(x => x)
            .ToList();

        var segments = new List<MarkSegment<T>>();
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var piece = new TextRange(cuts[i], cuts[i + 1]);
            var tags = quotes
                .Where(q => q.Range.Start <= piece.Start && piece.End <= q.Range.End)
                .Select(q => q.Tag)
                .ToList();
            if (tags.Count > 0)
            {
                segments.Add(new MarkSegment<T>(piece, tags));
            }
        }

        return segments;
    }
}
