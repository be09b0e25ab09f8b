using FactsGen.Tests.Infrastructure;
using FactsGen.Values;

namespace FactsGen.Tests.Emit;

/// <summary>
/// The generated <c>PartialDate</c> compiled and run, both where the consumer has <c>DateOnly</c>
/// (NET6_0_OR_GREATER, as net10 defines it) and where it has not (no defines: the netstandard2.0 branch):
/// ends, order, English, ISO text and JSON. Its English is checked against the generator's own
/// (<see cref="PartialDateValue"/>, used in doc comments and summaries) over the same inputs.
/// </summary>
public class PartialDateRuntimeTests
{
    /// <summary>Every form, with the precisions mixed and years that differ.</summary>
    private static readonly string[] Inputs =
    [
        "2021", "2023-08", "2023-08-09", "0001", "2024-02-29",
        "2023-07-31/2023-08-06", "2023-07/2023-08", "2022-12/2023-01", "2022-12-31/2023-01-01", "2022/2023",
        "2023-08-01/2023-08-06", "2023-07/2023-08-06", "2023-07-31/2023-08", "2023/2023-08", "2023-08/2023",
        "2023/2023", "2023-08-08/2023-08-08", "2023-08/2023-08-15",
        "../2023-08-08", "../2023-08", "../2023", "2023-07-26/..", "2023-07/..", "2023/..",
    ];

    private const string Probe = """
        #nullable enable
        namespace Probe
        {
            using System.Linq;
            using Demo.Facts;

            internal static class Run
            {
                public static string[] Describe(string[] inputs) => inputs.Select(t =>
                {
                    var d = PartialDate.Parse(t);
                    return string.Join("|", d.ToIsoString(), d.ToString(), Day(d.Earliest), Day(d.Latest), d.IsInterval ? "interval" : "-", d.Earliest?.GetType().Name ?? "-");
                }).ToArray();

                public static string[] Sort(string[] inputs) => inputs.Select(PartialDate.Parse).OrderBy(d => d).Select(d => d.ToIsoString()).ToArray();

                public static string Operators(string a, string b)
                {
                    var x = PartialDate.Parse(a);
                    var y = PartialDate.Parse(b);
                    return $"{x < y} {x <= y} {x > y} {x >= y} {x == y} {x != y} {System.Math.Sign(x.CompareTo(y))}";
                }

                public static string Built() => string.Join(" ",
                    PartialDate.Between(new PartialDate(2023, 7, 31), new PartialDate(2023, 8, 6)).ToIsoString(),
                    PartialDate.OnOrBefore(new PartialDate(2023, 8, 8)).ToIsoString(),
                    PartialDate.OnOrAfter(new PartialDate(2023, 7)).ToIsoString());

                public static string Throws(System.Action action)
                {
                    try { action(); return "no exception"; }
                    catch (System.Exception e) { return e.GetType().Name; }
                }

                public static string[] Rejected() =>
                [
                    Throws(() => PartialDate.Parse("../..")),
                    Throws(() => PartialDate.Parse("2023-08-03/2023-07")),
                    Throws(() => PartialDate.Parse("2023-07/2023-13")),
                    Throws(() => PartialDate.Parse("2023-07/")),
                    Throws(() => PartialDate.Parse("2023/2024/2025")),
                    Throws(() => PartialDate.Between(new PartialDate(2023, 8), new PartialDate(2023, 7))),
                    Throws(() => PartialDate.Between(PartialDate.Parse("2023/2024"), new PartialDate(2025))),
                    Throws(() => PartialDate.OnOrAfter(default)),
                ];

        #if NETCOREAPP3_0_OR_GREATER
                public static string[] Json(string[] inputs) => inputs.Select(t =>
                {
                    var json = System.Text.Json.JsonSerializer.Serialize(PartialDate.Parse(t));
                    var back = System.Text.Json.JsonSerializer.Deserialize<PartialDate>(json);
                    return json + (back == PartialDate.Parse(t) ? " round-trips" : " comes back as " + back.ToIsoString());
                }).ToArray();
        #endif

                private static string Day(System.DateTime? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "open";
        #if NET6_0_OR_GREATER
                private static string Day(System.DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "open";
        #endif
            }
        }
        """;

    public static TheoryData<bool> Frameworks => [true, false];

    [Theory]
    [MemberData(nameof(Frameworks))]
    public void EndsIntervalAndEnglishFollowTheSpelling(bool net6) => WithProbe(net6, run =>
    {
        var described = (string[])Call(run, "Describe", [Inputs]);
        var expectedDayType = net6 ? "DateOnly" : "DateTime";
        string Row(string iso, string english, string earliest, string latest, bool interval) =>
            string.Join("|", iso, english, earliest, latest, interval ? "interval" : "-", earliest == "open" ? "-" : expectedDayType);

        Assert.Equal(Row("2021", "2021", "2021-01-01", "2021-12-31", false), described[0]);
        Assert.Equal(Row("2023-08", "August 2023", "2023-08-01", "2023-08-31", false), described[1]);
        Assert.Equal(Row("2023-08-09", "9 August 2023", "2023-08-09", "2023-08-09", false), described[2]);
        Assert.Equal(Row("2024-02-29", "29 February 2024", "2024-02-29", "2024-02-29", false), described[4]);
        Assert.Equal(Row("2023-07-31/2023-08-06", "between 31 July and 6 August 2023", "2023-07-31", "2023-08-06", true), described[5]);
        Assert.Equal(Row("2023-07/2023-08", "between July and August 2023", "2023-07-01", "2023-08-31", true), described[6]);
        Assert.Equal(Row("2022-12/2023-01", "between December 2022 and January 2023", "2022-12-01", "2023-01-31", true), described[7]);
        Assert.Equal(Row("2022-12-31/2023-01-01", "between 31 December 2022 and 1 January 2023", "2022-12-31", "2023-01-01", true), described[8]);
        Assert.Equal(Row("2022/2023", "between 2022 and 2023", "2022-01-01", "2023-12-31", true), described[9]);
        Assert.Equal(Row("2023-08-01/2023-08-06", "between 1 and 6 August 2023", "2023-08-01", "2023-08-06", true), described[10]);
        Assert.Equal(Row("2023/2023-08", "between 2023 and August 2023", "2023-01-01", "2023-08-31", true), described[13]);
        Assert.Equal(Row("2023/2023", "2023", "2023-01-01", "2023-12-31", true), described[15]);
        Assert.Equal(Row("../2023-08-08", "on or before 8 August 2023", "open", "2023-08-08", false), described[18]);
        Assert.Equal(Row("../2023-08", "in or before August 2023", "open", "2023-08-31", false), described[19]);
        Assert.Equal(Row("2023-07-26/..", "on or after 26 July 2023", "2023-07-26", "open", false), described[21]);
        Assert.Equal(Row("2023/..", "in or after 2023", "2023-01-01", "open", false), described[23]);

        // Every spelling comes back from ToIsoString as written.
        Assert.Equal(Inputs, described.Select(d => d.Split('|')[0]));
    });

    [Theory]
    [MemberData(nameof(Frameworks))]
    public void OrderIsByEarliestDayThenLatestWithOpenEndsFarthestOut(bool net6) => WithProbe(net6, run =>
    {
        string[] shuffled = ["2023-07-26/..", "2023-08", "2023", "2023-07-31/2023-08-06", "../2023-08-08", "2023-07-26", "2023-07", "2023-07/2023-08", "2022-12/2023-01", "../2023", "2023-07-26/2023-08-08"];
        var sorted = (string[])Call(run, "Sort", [shuffled]);

        Assert.Equal(
            [
                "../2023-08-08", "../2023", // open at the start: the far past, then by latest day
                "2022-12/2023-01",
                "2023",                      // 1 January 2023
                "2023-07", "2023-07/2023-08", // 1 July: ends 31 July, then 31 August
                "2023-07-26", "2023-07-26/2023-08-08", "2023-07-26/..", // 26 July: ends 26 July, 8 August, never
                "2023-07-31/2023-08-06",
                "2023-08",
            ],
            sorted);
        Assert.Equal(sorted, (string[])Call(run, "Sort", [sorted.Reverse().ToArray()]));

        Assert.Equal("False False True True False True 1", Call(run, "Operators", "2023-07", "2023"));
        Assert.Equal("False True False True True False 0", Call(run, "Operators", "2023-07/2023-08", "2023-07/2023-08"));
        Assert.Equal("False False True True False True 1", Call(run, "Operators", "2023-07-26/..", "2023-07-26/2023-08-08"));
        // Same days, different spellings: not equal, so not 0, and a single date first.
        Assert.Equal("True True False False False True -1", Call(run, "Operators", "2023", "2023-01/2023-12"));
        Assert.Equal("True True False False False True -1", Call(run, "Operators", "2023-01/2023-12", "2023-01-01/2023-12-31"));
    });

    [Theory]
    [MemberData(nameof(Frameworks))]
    public void WindowsAreBuiltAndCheckedLikeTheFactFiles(bool net6) => WithProbe(net6, run =>
    {
        Assert.Equal("2023-07-31/2023-08-06 ../2023-08-08 2023-07/..", Call(run, "Built"));
        Assert.Equal(
            ["FormatException", "FormatException", "FormatException", "FormatException", "FormatException", "ArgumentException", "ArgumentException", "ArgumentException"],
            (string[])Call(run, "Rejected"));
    });

    [Fact]
    public void JsonIsTheFactFileSpellingAndRoundTrips() => WithProbe(net6: true, run =>
    {
        var json = (string[])Call(run, "Json", [Inputs]);

        Assert.Equal(Inputs.Select(i => $"\"{i}\" round-trips"), json);
    });

    [Theory]
    [MemberData(nameof(Frameworks))]
    public void RunTimeEnglishAndIsoAreTheGeneratorsOwn(bool net6) => WithProbe(net6, run =>
    {
        var described = (string[])Call(run, "Describe", [Inputs]);
        foreach (var (input, runtime) in Inputs.Zip(described))
        {
            Assert.True(PartialDateValue.TryParse(input, out var value, out var error), error);
            var parts = runtime.Split('|');
            Assert.Equal((value.ToIso(), value.ToEnglish(), value.IsInterval), (parts[0], parts[1], parts[4] == "interval"));
        }
    });

    private static object Call(Type run, string method, params object[] args) => run.GetMethod(method)!.Invoke(null, args)!;

    private static void WithProbe(bool net6, Action<Type> test) => ValueTypeProbe.Run("FactsGen.PartialDate", Probe, net6, test);
}
