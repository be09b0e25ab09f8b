using System;
using System.Globalization;

namespace FactsGen.Values;

/// <summary>One date of year, month or day precision: <c>2021</c>, <c>2023-08</c>, <c>2023-08-09</c>; an end of a <see cref="PartialDateValue"/>.</summary>
public readonly record struct SingleDate
{
    private static readonly string[] MonthNames =
    {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    };

    // Year, month and day in one int (0 for an absent month or day): every date of a fact base is
    // held in the models the driver keeps, and three fields (two of them nullable) took 20 bytes.
    private readonly int _ymd;

    private SingleDate(int year, int? month, int? day) => _ymd = (year * 10000) + ((month ?? 0) * 100) + (day ?? 0);

    private SingleDate(int ymd) => _ymd = ymd;

    /// <summary>The date as one int, never 0 (there is no year 0): what a model packs it into.</summary>
    internal int Packed => _ymd;

    /// <summary>The date <see cref="Packed"/> gave; null for 0.</summary>
    internal static SingleDate? FromPacked(int packed) => packed == 0 ? null : new SingleDate(packed);

    public int Year => _ymd / 10000;

    public int? Month => (_ymd / 100) % 100 is var month and > 0 ? month : null;

    public int? Day => _ymd % 100 is var day and > 0 ? day : null;

    /// <summary>The first day the date covers: 2023-08 starts on 1 August.</summary>
    public DateTime FirstDay => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day the date covers: 2023-08 ends on 31 August.</summary>
    public DateTime LastDay => new(Year, Month ?? 12, Day ?? DateTime.DaysInMonth(Year, Month ?? 12));

    public static bool TryParse(string text, out SingleDate value, out string error)
    {
        // Parts are read in place (no Split, no message until one fails): this runs for every date of a cold build.
        value = default;
        error = string.Empty;
        var yearEnd = text.IndexOf('-');
        var monthEnd = yearEnd < 0 ? -1 : text.IndexOf('-', yearEnd + 1);
        if ((monthEnd >= 0 && text.IndexOf('-', monthEnd + 1) >= 0) || !TryDigits(text, 0, yearEnd < 0 ? text.Length : yearEnd, 4, out var year))
        {
            return NotADate(text, out error);
        }

        if (year < 1)
        {
            error = $"'{text}' is not a real date: there is no year 0; write a year from 0001";
            return false;
        }

        int? month = null, day = null;
        if (yearEnd >= 0)
        {
            if (!TryDigits(text, yearEnd + 1, monthEnd < 0 ? text.Length : monthEnd, 2, out var m))
            {
                return NotADate(text, out error);
            }

            month = m;
            if (month is < 1 or > 12)
            {
                error = $"'{text}' is not a real date: month {month} does not exist; write a month from 01 to 12";
                return false;
            }
        }

        if (monthEnd >= 0)
        {
            if (!TryDigits(text, monthEnd + 1, text.Length, 2, out var d))
            {
                return NotADate(text, out error);
            }

            day = d;
            if (day < 1 || day > DateTime.DaysInMonth(year, month!.Value))
            {
                error = $"'{text}' is not a real date: {MonthNames[month!.Value - 1]} {year} has no day {day}; write a day from 01 to {DateTime.DaysInMonth(year, month!.Value).ToString(CultureInfo.InvariantCulture)}";
                return false;
            }
        }

        value = new SingleDate(year, month, day);
        return true;
    }

    private static bool NotADate(string text, out string error)
    {
        error = $"'{text}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2023-08-09)";
        return false;
    }

    /// <summary>The number written from <paramref name="start"/> to <paramref name="end"/>, when it is exactly <paramref name="digits"/> ASCII digits.</summary>
    private static bool TryDigits(string text, int start, int end, int digits, out int number)
    {
        number = 0;
        if (end - start != digits)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c < '0' || c > '9')
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>The date as the fact files write it: <c>2021</c>, <c>2023-08</c>, <c>2023-08-09</c>.</summary>
    public string ToIso() =>
        Year.ToString("D4", CultureInfo.InvariantCulture)
        + (Month is { } m ? "-" + m.ToString("D2", CultureInfo.InvariantCulture) : string.Empty)
        + (Day is { } d ? "-" + d.ToString("D2", CultureInfo.InvariantCulture) : string.Empty);

    /// <summary>English: "2021", "August 2023", "9 August 2023".</summary>
    public string ToEnglish() => ToEnglish(withMonth: true, withYear: true);

    /// <summary>
    /// English without the parts an interval's end already says: the start of "between 31 July and 6
    /// August 2023" leaves out the year, of "between 1 and 6 August 2023" the month too.
    /// </summary>
    public string ToEnglish(bool withMonth, bool withYear)
    {
        var year = Year.ToString(CultureInfo.InvariantCulture);
        if (Month is not { } month)
        {
            return year;
        }

        var text = Day is { } day ? day.ToString(CultureInfo.InvariantCulture) : string.Empty;
        if (withMonth || Day is null)
        {
            text = (text.Length > 0 ? text + " " : string.Empty) + MonthNames[month - 1];
        }

        return withYear ? text + " " + year : text;
    }
}
