namespace FactsGen.Values;

/// <summary>
/// A date as precise as the text allows: one date of year, month or day precision (<c>2023-08</c>),
/// an interval of two (<c>2023-07-31/2023-08-06</c>), or an interval open at one end
/// (<c>../2023-08-08</c>, <c>2023-07-26/..</c>).
/// </summary>
/// <remarks>
/// A single date has both ends equal; <see cref="IsSlashed"/> tells it from <c>2023/2023</c>, which
/// spells differently. A null end is an open end.
/// </remarks>
public readonly record struct PartialDateValue
{
    private const string OpenEnd = "..";

    private const string HowToWriteAnInterval =
        "write START/END with dates YYYY, YYYY-MM or YYYY-MM-DD and '..' for an open end (e.g. 2023-07-31/2023-08-06, ../2023-08-08, 2023-07-26/..)";

    private PartialDateValue(SingleDate? start, SingleDate? end, bool isSlashed)
    {
        Start = start;
        End = end;
        IsSlashed = isSlashed;
    }

    /// <summary>The value from its ends as <see cref="SingleDate.Packed"/> gives them (0 for an open or absent end).</summary>
    internal static PartialDateValue FromPacked(int start, int end, bool isSlashed) =>
        new(SingleDate.FromPacked(start), SingleDate.FromPacked(end), isSlashed);

    /// <summary>The date, or the interval's start; null when the interval is open at the start.</summary>
    public SingleDate? Start { get; }

    /// <summary>The date, or the interval's end; null when the interval is open at the end.</summary>
    public SingleDate? End { get; }

    /// <summary>Written with a slash: an interval, closed or open at one end.</summary>
    public bool IsSlashed { get; }

    /// <summary>Both ends given (<c>A/B</c>), not open at either.</summary>
    public bool IsInterval => IsSlashed && Start is not null && End is not null;

    public static bool TryParse(string text, out PartialDateValue value, out string error)
    {
        value = default;
        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            if (!SingleDate.TryParse(text, out var date, out error)) return false;
            value = new PartialDateValue(date, date, isSlashed: false);
            return true;
        }

        var startText = text.Substring(0, slash);
        var endText = text.Substring(slash + 1);
        if (endText.IndexOf('/') >= 0 || startText.Length == 0 || endText.Length == 0)
        {
            error = $"'{text}' is not a date interval: {HowToWriteAnInterval}";
            return false;
        }

        if (startText.Trim() != startText || endText.Trim() != endText)
        {
            error = $"'{text}' is not a date interval: write no spaces around the '/' (e.g. {startText.Trim()}/{endText.Trim()})";
            return false;
        }

        if (startText == OpenEnd && endText == OpenEnd)
        {
            error = $"'{text}' is open at both ends, which says nothing; give at least one end (e.g. ../2023-08-08 for on or before, 2023-07-26/.. for on or after)";
            return false;
        }

        if (!TryParseEnd(text, startText, "start", out var start, out error) || !TryParseEnd(text, endText, "end", out var end, out error))
        {
            return false;
        }

        if (start is { } s && end is { } e && e.LastDay < s.FirstDay)
        {
            error = $"'{text}' is not a date interval: the end {e.ToIso()} is before the start {s.ToIso()}; write the earlier date first";
            return false;
        }

        value = new PartialDateValue(start, end, isSlashed: true);
        return true;
    }

    /// <summary>The value as the fact files write it: <c>2023-08</c>, <c>2023-07-31/2023-08-06</c>, <c>../2023-08-08</c>.</summary>
    public string ToIso() =>
        !IsSlashed ? Start!.Value.ToIso() : (Start?.ToIso() ?? OpenEnd) + "/" + (End?.ToIso() ?? OpenEnd);

    /// <summary>
    /// English, as the generated <c>PartialDate.ToString()</c> reads: "9 August 2023", "between 31 July
    /// and 6 August 2023", "between December 2022 and January 2023", "on or before 8 August 2023",
    /// "in or after July 2023".
    /// </summary>
    public string ToEnglish()
    {
        if (Start is not { } start)
        {
            return (End!.Value.Day is null ? "in or before " : "on or before ") + End.Value.ToEnglish();
        }

        if (End is not { } end)
        {
            return (start.Day is null ? "in or after " : "on or after ") + start.ToEnglish();
        }

        if (start == end)
        {
            return start.ToEnglish();
        }

        // The start leaves out what the end says after it: the year when both name a month of it,
        // the month too when both name a day of it.
        var sameYear = start.Year == end.Year && start.Month is not null && end.Month is not null;
        var sameMonth = sameYear && start.Month == end.Month && start.Day is not null && end.Day is not null;
        return "between " + start.ToEnglish(withMonth: !sameMonth, withYear: !sameYear) + " and " + end.ToEnglish();
    }

    private static bool TryParseEnd(string text, string endText, string which, out SingleDate? date, out string error)
    {
        date = null;
        error = string.Empty;
        if (endText == OpenEnd)
        {
            return true;
        }

        if (!SingleDate.TryParse(endText, out var parsed, out var endError))
        {
            error = $"'{text}' is not a date interval: its {which} {endError}";
            return false;
        }

        date = parsed;
        return true;
    }
}
