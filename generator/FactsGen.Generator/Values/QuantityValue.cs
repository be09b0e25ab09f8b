using System.Globalization;

namespace FactsGen.Values;

/// <summary>How a quantity is bounded (mirrors the generated <c>QuantityKind</c>).</summary>
public enum QuantityKind
{
    Exact,
    Approximate,
    AtLeast,
    AtMost,
    Range,
    Magnitude,
}

/// <summary>
/// A count as sources give it: <c>1500</c>, <c>~1000</c>, <c>&gt;=1000</c>, <c>&lt;=1000</c>,
/// <c>1000..2000</c>, or an order of magnitude <c>dozens</c>/<c>hundreds</c>/<c>thousands</c>.
/// </summary>
public readonly record struct QuantityValue
{
    public static readonly string[] Magnitudes = { "dozens", "hundreds", "thousands" };

    private QuantityValue(QuantityKind kind, int value, int max, string? magnitude)
    {
        Kind = kind;
        Value = value;
        Max = max;
        MagnitudeName = magnitude;
    }

    /// <summary>The kind and the magnitude's number (1 for dozens, 0 for none) in one byte: what a model packs besides the two numbers.</summary>
    internal byte Packed => (byte)((int)Kind | ((System.Array.IndexOf(Magnitudes, MagnitudeName) + 1) << 4));

    /// <summary>The value <see cref="Packed"/>, <see cref="Value"/> and <see cref="Max"/> gave.</summary>
    internal static QuantityValue FromPacked(int value, int max, byte packed) =>
        new((QuantityKind)(packed & 0xF), value, max, (packed >> 4) is var magnitude and > 0 ? Magnitudes[magnitude - 1] : null);

    public QuantityKind Kind { get; }

    /// <summary>The number, the lower bound of a range, or the least count a magnitude implies.</summary>
    public int Value { get; }

    /// <summary>The upper bound of a range (else equal to <see cref="Value"/>).</summary>
    public int Max { get; }

    public string? MagnitudeName { get; }

    public static bool TryParse(string text, out QuantityValue value, out string error)
    {
        // The general message only when nothing more precise was said, worded on failure: this runs for every quantity.
        string? precise = null;
        if (TryRead(text, out value, ref precise))
        {
            error = string.Empty;
            return true;
        }

        error = precise ?? $"'{text}' is not a quantity; write 1500, ~1000 (about), >=1000 (at least), <=1000 (at most), 1000..2000 (a range), or dozens, hundreds, thousands (digits only, no separators)";
        return false;
    }

    private static bool TryRead(string text, out QuantityValue value, ref string? error)
    {
        value = default;
        var magnitude = System.Array.IndexOf(Magnitudes, text);
        if (magnitude >= 0)
        {
            var least = magnitude switch { 0 => 24, 1 => 200, _ => 2000 };
            value = new QuantityValue(QuantityKind.Magnitude, least, least, text);
            return true;
        }

        QuantityKind kind;
        string body;
        if (text.StartsWith("~", System.StringComparison.Ordinal)) (kind, body) = (QuantityKind.Approximate, text.Substring(1));
        else if (text.StartsWith(">=", System.StringComparison.Ordinal)) (kind, body) = (QuantityKind.AtLeast, text.Substring(2));
        else if (text.StartsWith("<=", System.StringComparison.Ordinal)) (kind, body) = (QuantityKind.AtMost, text.Substring(2));
        else (kind, body) = (QuantityKind.Exact, text);

        var range = body.IndexOf("..", System.StringComparison.Ordinal);
        if (range >= 0)
        {
            if (kind != QuantityKind.Exact || !TryNumber(body.Substring(0, range), out var low, ref error) || !TryNumber(body.Substring(range + 2), out var high, ref error))
            {
                return false;
            }

            if (low > high)
            {
                error = $"'{text}' is not a range: {low} is greater than {high}; write the lower bound first";
                return false;
            }

            value = new QuantityValue(QuantityKind.Range, low, high, null);
            return true;
        }

        if (!TryNumber(body, out var number, ref error))
        {
            return false;
        }

        value = new QuantityValue(kind, number, number, null);
        return true;
    }

    /// <summary>English, as the generated <c>Quantity.ToString()</c> reads: "about 1,000", "at least 1,000", "thousands".</summary>
    public string ToEnglish() => Kind switch
    {
        QuantityKind.Exact => N(Value),
        QuantityKind.Approximate => "about " + N(Value),
        QuantityKind.AtLeast => "at least " + N(Value),
        QuantityKind.AtMost => "at most " + N(Value),
        QuantityKind.Range => N(Value) + " to " + N(Max),
        _ => MagnitudeName!,
    };

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static bool TryNumber(string s, out int number, ref string? error)
    {
        number = 0;
        if (s.Length == 0)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        if (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out number))
        {
            error = $"'{s}' is too large; write a number from 0 to {int.MaxValue}";
            return false;
        }

        return true;
    }
}
