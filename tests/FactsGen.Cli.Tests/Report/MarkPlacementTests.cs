using FactsGen.Articles;
using FactsGen.Cli.Report;

namespace FactsGen.Cli.Tests.Report;

/// <summary>
/// Quotes are matched on the normalized line (docs/fact-files.md §5) and marked on the article's own text: the
/// range found must be exactly the words as the article writes them.
/// </summary>
public class MarkPlacementTests
{
    [Theory]
    [InlineData("The US has around 1,000 military forces in Niger as part of", "1,000 military forces", "1,000 military forces")]
    [InlineData("He said “gone up” twice.", "\"gone up\"", "“gone up”")]
    [InlineData("Russia’s Wagner group", "Russia's Wagner", "Russia’s Wagner")]
    [InlineData("‚low‛ and „low‟", "'low' and \"low\"", "‚low‛ and „low‟")]
    [InlineData("around\u00A01,000\u00A0troops", "around 1,000 troops", "around\u00A01,000\u00A0troops")]
    [InlineData("many   spaces\tand\u2003em space", "many spaces and em space", "many   spaces\tand\u2003em space")]
    [InlineData("but… they tried", "but... they tried", "but… they tried")]
    [InlineData("but… they tried", "but...", "but…")]
    [InlineData("  leading and trailing  ", "leading and trailing", "leading and trailing")]
    [InlineData("words", "  words  ", "words")]
    [InlineData("case Matters", "case Matters", "case Matters")]
    public void Locate_MarksTheArticlesOwnWords(string line, string quote, string marked)
    {
        var range = NormalizedLine.Of(line).Locate(quote);
        Assert.NotNull(range);
        Assert.Equal(marked, line[range.Value.Start..range.Value.End]);
    }

    [Fact]
    public void Locate_CountsAnEmojiBeforeTheQuoteAsTwoUnits()
    {
        var line = "🇳🇪 Niger 😀: “the coup” said…";
        var range = NormalizedLine.Of(line).Locate("\"the coup\"")!.Value;
        Assert.Equal(line.IndexOf('“'), range.Start);
        Assert.Equal("“the coup”", line[range.Start..range.End]);
    }

    [Fact]
    public void Locate_AnEmojiInsideTheQuote_KeepsItsPairWhole()
    {
        var line = "before 😀 after";
        var range = NormalizedLine.Of(line).Locate("😀 after")!.Value;
        Assert.Equal("😀 after", line[range.Start..range.End]);
    }

    [Fact]
    public void Locate_AQuoteOfHalfAPair_TakesThePairWhole()
    {
        var line = "x😀y";
        var range = NormalizedLine.Of(line).Locate("\uDE00y")!.Value; // the low half of 😀, then y
        Assert.Equal("😀y", line[range.Start..range.End]);
    }

    [Theory]
    [InlineData("Wagner fighters", "wagner fighters")] // case is not normalized
    [InlineData("colour", "color")]
    [InlineData("a line", "")]
    [InlineData("a line", "   ")]
    [InlineData("", "anything")]
    public void Locate_IsNullWhenTheQuoteIsNotThere(string line, string quote)
    {
        Assert.Null(NormalizedLine.Of(line).Locate(quote));
    }

    [Fact]
    public void Locate_MarksTheFirstOccurrence()
    {
        var line = "Niger, Niger and Niger";
        var range = NormalizedLine.Of(line).Locate("Niger")!.Value;
        Assert.Equal(new TextRange(0, 5), range);
    }

    [Fact]
    public void Locate_SelfRepeatingQuote_FoundWhereItStarts()
    {
        var line = new string('a', 5000) + "b" + new string('a', 100);
        var quote = new string('a', 100) + "b";
        var range = NormalizedLine.Of(line).Locate(quote)!.Value;
        Assert.Equal(new TextRange(4900, 5001), range);
    }

    [Fact]
    public void Text_IsWhatTheGeneratorNormalizes_ForRandomLines()
    {
        var random = new Random(4);
        const string alphabet = "ab .,'\"“”„‟‘’‚‛…\u00A0\t\u2003\u2028\u3000\u0085xy😀";
        for (var n = 0; n < 3000; n++)
        {
            var line = RandomText(random, alphabet, random.Next(0, 30));
            Assert.Equal(QuoteNormalizer.Normalize(line), NormalizedLine.Of(line).Text);
        }
    }

    [Fact]
    public void Locate_RangeNormalizesBackToTheQuote_ForRandomLinesAndQuotes()
    {
        var random = new Random(9);
        const string alphabet = "ab ,'\"“”‘’…\u00A0\t\u2003xy";
        for (var n = 0; n < 3000; n++)
        {
            var line = RandomText(random, alphabet, random.Next(1, 40));
            var normalized = NormalizedLine.Of(line);
            if (normalized.Text.Length == 0)
            {
                continue;
            }

            var start = random.Next(normalized.Text.Length);
            var quote = QuoteNormalizer.Normalize(normalized.Text.Substring(start, random.Next(1, normalized.Text.Length - start + 1)));
            if (quote.Length == 0)
            {
                continue;
            }

            var range = normalized.Locate(quote);
            Assert.NotNull(range);
            var marked = QuoteNormalizer.Normalize(line[range.Value.Start..range.Value.End]);

            // A quote may begin or end inside the "..." of an ellipsis; the mark then takes the whole "…".
            if (quote.StartsWith('.') || quote.EndsWith('.'))
            {
                Assert.Contains(quote, marked);
                Assert.True(marked.Length <= quote.Length + 4, $"'{marked}' for '{quote}' in '{line}'");
            }
            else
            {
                Assert.Equal(quote, marked);
            }

            // The mark starts and ends on the article's words, never on white space.
            Assert.False(char.IsWhiteSpace(line[range.Value.Start]));
            Assert.False(char.IsWhiteSpace(line[range.Value.End - 1]));
        }
    }

    private static string RandomText(Random random, string alphabet, int length)
    {
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(alphabet);
        var pieces = new List<string>();
        while (elements.MoveNext())
        {
            pieces.Add((string)elements.Current);
        }

        return string.Concat(Enumerable.Range(0, length).Select(_ => pieces[random.Next(pieces.Count)]));
    }
}
