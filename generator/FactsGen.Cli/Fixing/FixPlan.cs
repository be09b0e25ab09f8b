using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using FactsGen.Articles;
using FactsGen.Model;
using FactsGen.Values;

namespace FactsGen.Cli.Fixing;

/// <summary>
/// One re-anchored citation: in fact file <see cref="Path"/>, replace <see cref="Length"/> characters
/// at <see cref="Offset"/> (of the file's text as the analysis read it, BOM excluded) with
/// <see cref="NewText"/>. <see cref="Location"/> is the whole <c>line:</c> value, 0-based.
/// </summary>
internal sealed record CitationEdit(string Path, int Offset, int Length, string NewText, int OldLine, int NewLine, string DiagnosticId, string Article, LocationInfo Location);

internal enum UnfixableReason
{
    /// <summary>The quote is on no line of the article.</summary>
    NotFound,

    /// <summary>The quote is on more than one line: only the editor knows which was meant.</summary>
    SeveralLines,

    /// <summary>The <c>line:</c> value is not plain digits in the file, so it cannot be rewritten in place.</summary>
    LineNotANumber,
}

/// <summary>A FG0012/FG0013 citation that fix leaves alone, and why.</summary>
internal sealed record UnfixableCitation(
    string Path,
    LocationInfo Location,
    string DiagnosticId,
    string Article,
    int Line,
    UnfixableReason Reason,
    ImmutableArray<int> Lines,
    ClosestPassage.Match? Closest)
{
    public string Describe() => Reason switch
    {
        UnfixableReason.NotFound when Closest is { } match =>
            $"the quote is on no line of article '{Article}'; the closest passage is on line {N(match.Line)}: \"{match.Text}\" (correct the quote, then run fix again)",
        UnfixableReason.NotFound => $"the quote is on no line of article '{Article}' (check the article id and the words)",
        UnfixableReason.SeveralLines => $"the quote is on lines {English.List(Lines.Select(N).ToList())} of article '{Article}'; cite the one you mean, or quote more words",
        _ => $"the quote is on line {N(Lines[0])} of article '{Article}', but the line value is not a plain number; write 'line: {N(Lines[0])}'",
    };

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What fix would do to a fact base: the edits it makes and the citations it cannot fix, in file order.</summary>
internal sealed record FixPlan(ImmutableArray<CitationEdit> Edits, ImmutableArray<UnfixableCitation> Unfixable);
