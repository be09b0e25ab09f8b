using System.Threading;
using FactsGen.Model;
using FactsGen.Parsing;
using FactsGen.Values;

namespace FactsGen.Tests.Parsing;

/// <summary>
/// The models the driver keeps for every file are held compactly (docs/performance.md, "Keeping less
/// alive"): a date in one int, short texts shared across files. What a compact form must not do is
/// change a value.
/// </summary>
public class CompactModelTests
{
    [Theory]
    [InlineData("0001", 1, null, null)]
    [InlineData("9999", 9999, null, null)]
    [InlineData("2023-08", 2023, 8, null)]
    [InlineData("2023-12-31", 2023, 12, 31)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    public void ADateKeepsItsYearMonthAndDay(string text, int year, int? month, int? day)
    {
        Assert.True(SingleDate.TryParse(text, out var date, out var error), error);

        Assert.Equal((year, month, day), (date.Year, date.Month, date.Day));
        Assert.Equal(text, date.ToIso());
    }

    [Fact]
    public void DatesOfDifferentPrecisionAreNotEqual()
    {
        SingleDate.TryParse("2023", out var year, out _);
        SingleDate.TryParse("2023-01", out var month, out _);
        SingleDate.TryParse("2023-01-01", out var day, out _);
        SingleDate.TryParse("2023-01-01", out var sameDay, out _);

        Assert.NotEqual(year, month);
        Assert.NotEqual(month, day);
        Assert.Equal(day, sameDay);
    }

    [Fact]
    public void AShortTextInTwoFilesIsOneString()
    {
        const string File =
            "articles:\n" +
            "  - id: shared-article-id\n" +
            "    file: articles/a.txt\n" +
            "actors:\n" +
            "  - id: {0}\n" +
            "    name: {0}\n" +
            "    kind: person\n" +
            "    sources: [{{ article: shared-article-id, line: 1, quote: Wagner }}]\n";

        // The table is lossy and shared with tests parsing on other threads, so another text may take
        // the slot between the two parses: one pair in three sharing the string is the pass mark (a
        // pool per file shares none).
        var shared = 0;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var first = FactFileParser.Parse("/project/facts/one.yaml", string.Format(File, "first-actor"), CancellationToken.None);
            var second = FactFileParser.Parse("/project/facts/two.yaml", string.Format(File, "second-actor"), CancellationToken.None);
            var articleOne = Article(first, "first-actor");
            var articleTwo = Article(second, "second-actor");
            Assert.Equal("shared-article-id", articleOne);
            Assert.Equal(articleOne, articleTwo);
            shared += ReferenceEquals(articleOne, articleTwo) ? 1 : 0;
        }

        Assert.True(shared > 0, "the same short text in two files was read into two strings each time");
    }

    private static string Article(ParsedFactFile file, string id) =>
        file.Records.Single(r => r.Id == id).Fields.Single(f => f is { Citations.IsEmpty: false })!.Citations[0].Article;

    [Theory]
    [InlineData("2023")]
    [InlineData("2023-07-26")]
    [InlineData("0001-01-01/9999-12-31")]
    [InlineData("2023-07-31/2023-08-06")]
    [InlineData("../2023-08-08")]
    [InlineData("2023-07-26/..")]
    [InlineData("2023/2024-02")]
    public void AnItemKeepsItsDate(string text)
    {
        Assert.True(PartialDateValue.TryParse(text, out var date, out var error), error);

        var item = new ScalarItem(text, default) { Date = date };

        Assert.Equal(date, item.Date);
        Assert.Equal((date.Start, date.End, date.IsSlashed, date.IsInterval), (item.Date.Start, item.Date.End, item.Date.IsSlashed, item.Date.IsInterval));
        Assert.Equal(default, item.Quantity);
        Assert.Equal(-1, item.EnumIndex);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1500")]
    [InlineData("~1000")]
    [InlineData(">=2147483647")]
    [InlineData("<=12")]
    [InlineData("0..2147483647")]
    [InlineData("dozens")]
    [InlineData("hundreds")]
    [InlineData("thousands")]
    public void AnItemKeepsItsQuantity(string text)
    {
        Assert.True(QuantityValue.TryParse(text, out var quantity, out var error), error);

        var item = new ScalarItem(text, default) { Quantity = quantity };

        Assert.Equal(quantity, item.Quantity);
        Assert.Equal((quantity.Kind, quantity.Value, quantity.Max, quantity.MagnitudeName), (item.Quantity.Kind, item.Quantity.Value, item.Quantity.Max, item.Quantity.MagnitudeName));
        Assert.Equal(default, item.Date);
        Assert.Equal(-1, item.EnumIndex);
    }

    [Fact]
    public void AnItemKeepsItsEnumMemberAndComparesByValue()
    {
        var location = new LocationInfo("/f.yaml", 3, 4, 1, 2, 1, 6);
        var plain = new ScalarItem("x", location);
        var member = new ScalarItem("x", location) { EnumIndex = 0 };
        QuantityValue.TryParse("0", out var zero, out _);
        var number = new ScalarItem("x", location) { Quantity = zero };

        Assert.Equal(-1, plain.EnumIndex);
        Assert.Equal(0, member.EnumIndex);
        Assert.Equal(int.MaxValue, (plain with { EnumIndex = int.MaxValue }).EnumIndex);
        Assert.Equal(member, new ScalarItem("x", location) { EnumIndex = 0 });

        // Each typed value is its own: the same text and place with another type is another item.
        Assert.NotEqual(plain, member);
        Assert.NotEqual(member, number);
        Assert.NotEqual(plain, number);
        Assert.Equal(default, member.Quantity);
    }
}
