using System;
using System.Globalization;

namespace FactsGen.Values;

/// <summary>A date of year, month or day precision: <c>2021</c>, <c>2023-08</c>, <c>2023-08-09</c>.</summary>
internal readonly record struct PartialDateValue
{
    private static readonly string[] MonthNames =
    {
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    };

    private PartialDateValue(int year, int? month, int? day)
    {
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    public static bool TryParse(string text, out PartialDateValue value, out string error)
    {
        value = default;
        error = $"'{text}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2023-08-09)";
        var parts = text.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || !AllDigits(parts[0]))
        {
            return false;
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (year < 1)
        {
            error = $"'{text}' is not a real date: there is no year 0; write a year from 0001";
            return false;
        }

        int? month = null, day = null;
        if (parts.Length > 1)
        {
            if (parts[1].Length != 2 || !AllDigits(parts[1]))
            {
                return false;
            }

            month = int.Parse(parts[1], CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                error = $"'{text}' is not a real date: month {month} does not exist; write a month from 01 to 12";
                return false;
            }
        }

        if (parts.Length > 2)
        {
            if (parts[2].Length != 2 || !AllDigits(parts[2]))
            {
                return false;
            }

            day = int.Parse(parts[2], CultureInfo.InvariantCulture);
            if (day < 1 || day > DateTime.DaysInMonth(year, month!.Value))
            {
                error = $"'{text}' is not a real date: {MonthNames[month!.Value - 1]} {year} has no day {day}; write a day from 01 to {DateTime.DaysInMonth(year, month!.Value).ToString(CultureInfo.InvariantCulture)}";
                return false;
            }
        }

        value = new PartialDateValue(year, month, day);
        error = string.Empty;
        return true;
    }

    /// <summary>English, as the generated <c>PartialDate.ToString()</c> reads: "2021", "August 2023", "9 August 2023".</summary>
    public string ToEnglish() =>
        Month is null ? Year.ToString(CultureInfo.InvariantCulture)
        : Day is null ? $"{MonthNames[Month.Value - 1]} {Year.ToString(CultureInfo.InvariantCulture)}"
        : $"{Day.Value.ToString(CultureInfo.InvariantCulture)} {MonthNames[Month.Value - 1]} {Year.ToString(CultureInfo.InvariantCulture)}";

    private static bool AllDigits(string s)
    {
        foreach (var c in s)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return s.Length > 0;
    }
}
