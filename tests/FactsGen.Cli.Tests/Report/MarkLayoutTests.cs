using FactsGen.Cli.Report;

namespace FactsGen.Cli.Tests.Report;

/// <summary>Overlapping and nested quotes on one line become marks that never straddle each other.</summary>
public class MarkLayoutTests
{
    private static string Layout(params (int Start, int End, string Tag)[] quotes) =>
        string.Join(" ", MarkLayout.Segments(quotes.Select(q => (new TextRange(q.Start, q.End), q.Tag)).ToList())
            .Select(s => $"[{s.Range.Start},{s.Range.End}):{string.Join("+", s.Tags)}"));

    [Fact]
    public void Disjoint_QuotesKeepTheirRanges() =>
        Assert.Equal("[0,3):a [5,9):b", Layout((5, 9, "b"), (0, 3, "a")));

    [Fact]
    public void Overlapping_AreCutWhereTheyMeet() =>
        Assert.Equal("[0,4):a [4,6):a+b [6,9):b", Layout((0, 6, "a"), (4, 9, "b")));

    [Fact]
    public void Nested_InnerPieceCarriesBoth() =>
        Assert.Equal("[0,2):a [2,5):a+b [5,8):a", Layout((0, 8, "a"), (2, 5, "b")));

    [Fact]
    public void Identical_OnePieceForBoth() =>
        Assert.Equal("[1,4):a+b", Layout((1, 4, "a"), (1, 4, "b")));

    [Fact]
    public void Adjacent_StayTwoPieces() =>
        Assert.Equal("[0,3):a [3,6):b", Layout((0, 3, "a"), (3, 6, "b")));

    [Fact]
    public void ThreeWay_EveryPieceNamesExactlyTheQuotesOverIt() =>
        Assert.Equal("[0,2):a [2,3):a+b [3,4):a+b+c [4,5):b+c [5,7):c", Layout((0, 4, "a"), (2, 5, "b"), (3, 7, "c")));

    [Fact]
    public void Empty_RangesMarkNothing() =>
        Assert.Equal("[0,2):a", Layout((0, 2, "a"), (1, 1, "b")));

    [Fact]
    public void Segments_TileEachQuoteExactly_ForRandomQuotes()
    {
        var random = new Random(3);
        for (var n = 0; n < 500; n++)
        {
            var quotes = Enumerable.Range(0, random.Next(1, 7))
                .Select(i =>
                {
                    var start = random.Next(0, 30);
                    return (Range: new TextRange(start, start + random.Next(1, 12)), Tag: i);
                })
                .ToList();
            var segments = MarkLayout.Segments(quotes);

            for (var i = 1; i < segments.Count; i++)
            {
                Assert.True(segments[i - 1].Range.End <= segments[i].Range.Start, "marks overlap");
            }

            foreach (var quote in quotes)
            {
                var mine = segments.Where(s => s.Tags.Contains(quote.Tag)).Select(s => s.Range).ToList();
                Assert.Equal(quote.Range.Start, mine[0].Start);
                Assert.Equal(quote.Range.End, mine[^1].End);
                Assert.Equal(quote.Range.Length, mine.Sum(r => r.Length)); // contiguous, nothing twice
            }
        }
    }
}
