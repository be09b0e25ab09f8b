using FactsGen.Tests.Infrastructure;
using FactsGen.Values;

namespace FactsGen.Tests.Emit;

/// <summary>
/// The generated <c>Quantity</c>'s English and spelling, compiled and run, against the generator's own
/// (<see cref="QuantityValue"/>, used in doc comments and summaries) over the same inputs.
/// </summary>
public class QuantityRuntimeTests
{
    private static readonly string[] Inputs =
    [
        "0", "7", "999", "1000", "1500", "1000000", "2147483647",
        "~1000", "~5000", ">=1000", "<=1000", "1000..2000", "0..2147483647",
        "dozens", "hundreds", "thousands",
    ];

    private const string Probe = """
        #nullable enable
        namespace Probe
        {
            using System.Linq;
            using Demo.Facts;

            internal static class Run
            {
                public static string[] Describe(string[] inputs) => inputs.Select(t => Quantity.Parse(t).ToSyntax() + "|" + Quantity.Parse(t).ToString()).ToArray();
            }
        }
        """;

    [Fact]
    public void RunTimeEnglishAndSpellingAreTheGeneratorsOwn() => ValueTypeProbe.Run("FactsGen.Quantity", Probe, net6: true, run =>
    {
        var described = (string[])run.GetMethod("Describe")!.Invoke(null, [Inputs])!;
        foreach (var (input, runtime) in Inputs.Zip(described))
        {
            Assert.True(QuantityValue.TryParse(input, out var value, out var error), error);
            Assert.Equal(input + "|" + value.ToEnglish(), runtime);
        }

        Assert.Equal("~1000|about 1,000", described[7]);
    });
}
