using System.Globalization;

using FactsGen.Values;

namespace FactsGen.Support;

/// <summary>How a whole number reads in English words ("five thousand", "twenty-one"), for messages that say what was looked for.</summary>
internal static class NumberWords
{
    private static readonly string[] Small =
    {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    };

    private static readonly string[] Tens = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };

    public static string ToWords(long n)
    {
        if (n < 0) return n.ToString(CultureInfo.InvariantCulture);
        if (n < 20) return Small[n];
        if (n < 100) return Tens[n / 10] + (n % 10 == 0 ? string.Empty : "-" + Small[n % 10]);
        if (n < 1000) return Small[n / 100] + " hundred" + (n % 100 == 0 ? string.Empty : " " + ToWords(n % 100));
        foreach (var (scale, name) in new[] { (1_000_000_000L, "billion"), (1_000_000L, "million"), (1_000L, "thousand") })
        {
            if (n >= scale)
            {
                return ToWords(n / scale) + " " + name + (n % scale == 0 ? string.Empty : " " + ToWords(n % scale));
            }
        }

        return n.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The forms a quote may state the number in, for a message: <c>'5000', '5,000', '5 000' or 'five thousand'</c>.</summary>
    public static string Forms(long n)
    {
        var digits = n.ToString(CultureInfo.InvariantCulture);
        var forms = new System.Collections.Generic.List<string> { digits };
        if (n >= 1000)
        {
            forms.Add(n.ToString("N0", CultureInfo.InvariantCulture));
            forms.Add(n.ToString("N0", CultureInfo.InvariantCulture).Replace(',', ' '));
        }

        forms.Add(ToWords(n));
        return English.Alternatives(forms);
    }
}
