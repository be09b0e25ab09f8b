using System.Globalization;

namespace FactsGen.Cli.Report;

/// <summary>How an article's coverage reads: a whole percentage rounded down (100 % only when every line is cited).</summary>
internal static class CoverageText
{
    /// <summary>The percentage, or null for an article with no non-empty line.</summary>
    public static int? Percent(int cited, int nonEmpty) => nonEmpty == 0 ? null : (int)(100L * cited / nonEmpty);

    /// <summary>"62 %", or "n/a" when nothing could be cited.</summary>
    public static string Format(int cited, int nonEmpty) =>
        Percent(cited, nonEmpty) is { } percent ? percent.ToString(CultureInfo.InvariantCulture) + " %" : "n/a";

    /// <summary>"8/13".</summary>
    public static string Fraction(int cited, int nonEmpty) =>
        cited.ToString(CultureInfo.InvariantCulture) + "/" + nonEmpty.ToString(CultureInfo.InvariantCulture);
}
