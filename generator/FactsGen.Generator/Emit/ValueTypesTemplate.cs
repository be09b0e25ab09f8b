namespace FactsGen.Emit;

/// <summary>
/// The fixed value types every fact base uses (docs/fact-files.md §8). Plain C# text with <c>__NS__</c> for the
/// namespace; compiled by the tests under nullable, warnings as errors and documentation warnings.
/// </summary>
internal static class ValueTypesTemplate
{
    public const string Provenance = """
        /// <summary>
        /// Where a fact comes from: the article, the 1-based line, and the words quoted from that line.
        /// FactsGen checked at build time that the quote is on that line.
        /// </summary>
        [global::System.AttributeUsage(global::System.AttributeTargets.Property | global::System.AttributeTargets.Field | global::System.AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
        public sealed class ProvenanceAttribute : global::System.Attribute
        {
            /// <summary>Records one citation.</summary>
            /// <param name="article">The cited article's id.</param>
            /// <param name="line">The 1-based line of the article.</param>
            /// <param name="quote">The words quoted from that line.</param>
            public ProvenanceAttribute(string article, int line, string quote)
            {
                Article = article;
                Line = line;
                Quote = quote;
            }

            /// <summary>The cited article's id.</summary>
            public string Article { get; }

            /// <summary>The 1-based line of the article.</summary>
            public int Line { get; }

            /// <summary>The words quoted from that line.</summary>
            public string Quote { get; }
        }

        /// <summary>A fact that carries its citations at run time.</summary>
        public interface ICitedFact
        {
            /// <summary>Where the sources state the fact; never empty.</summary>
            global::System.Collections.Immutable.ImmutableArray<global::__NS__.Citation> Sources { get; }
        }

        /// <summary>One citation: a line of an article and the words quoted from it.</summary>
        /// <param name="Article">The cited article.</param>
        /// <param name="Line">The 1-based line of the article.</param>
        /// <param name="Quote">The words quoted from that line.</param>
        public sealed record Citation(global::__NS__.ArticleId Article, int Line, string Quote)
        {
            /// <summary>The citation as <c>[article-id:line]</c>.</summary>
            public override string ToString() => "[" + Article.Value + ":" + Line.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "]";
        }
        """;

    public const string Inference = """
        /// <summary>
        /// A value the editor inferred: its field is listed under <c>inferred</c>, with the reason, because
        /// no quote of the fact says it. Shown as the editor's, not the source's.
        /// </summary>
        /// <param name="Field">The field, as fact files spell it (<c>location</c>).</param>
        /// <param name="Reason">Why the editor holds the value although no quote says it.</param>
        public sealed record Inference(string Field, string Reason)
        {
            /// <summary>The inference as <c>field (inferred: reason)</c>.</summary>
            public override string ToString() => Field + " (inferred: " + Reason + ")";
        }
        """;

    public const string PartialDate = """
        /// <summary>How precise a <see cref="PartialDate"/> is.</summary>
        public enum DatePrecision
        {
            /// <summary>A year: <c>2021</c>.</summary>
            Year,

            /// <summary>A month: <c>2023-08</c>.</summary>
            Month,

            /// <summary>A day: <c>2023-08-09</c>.</summary>
            Day,
        }

        /// <summary>
        /// A date as precise as the source: a year, a month or a day (<c>2021</c> is a year, not 1 January 2021),
        /// or a window between two such dates (<c>2023-07-31/2023-08-06</c>), open at one end (<c>../2023-08-08</c>, <c>2023-07-26/..</c>).
        /// </summary>
        #if NETCOREAPP3_0_OR_GREATER
        [global::System.Text.Json.Serialization.JsonConverter(typeof(global::__NS__.PartialDate.JsonConverter))]
        #endif
        public readonly struct PartialDate : global::System.IEquatable<global::__NS__.PartialDate>, global::System.IComparable<global::__NS__.PartialDate>
        {
            private const string OpenEnd = "..";

            private static readonly string[] MonthNames =
            {
                "January", "February", "March", "April", "May", "June",
                "July", "August", "September", "October", "November", "December",
            };

            // Each end packed as yyyymmdd, 00 for a month or day the source does not give; 0 is an open end.
            // A single date has both ends equal; _slashed tells it from 2023/2023, which spells differently.
            private readonly int _start;
            private readonly int _end;
            private readonly bool _slashed;

            /// <summary>Creates a date of year, month or day precision.</summary>
            /// <param name="year">The year, 1 to 9999.</param>
            /// <param name="month">The month, 1 to 12, or null for a year.</param>
            /// <param name="day">The day of the month, or null; needs a month.</param>
            /// <exception cref="global::System.ArgumentOutOfRangeException">The parts do not make a real calendar date.</exception>
            public PartialDate(int year, int? month = null, int? day = null)
            {
                if (year < 1 || year > 9999)
                {
                    throw new global::System.ArgumentOutOfRangeException(nameof(year), year, "The year must be from 1 to 9999.");
                }

                if (month is { } m && (m < 1 || m > 12))
                {
                    throw new global::System.ArgumentOutOfRangeException(nameof(month), month, "The month must be from 1 to 12.");
                }

                if (day is { } d && (month is null || d < 1 || d > global::System.DateTime.DaysInMonth(year, month.Value)))
                {
                    throw new global::System.ArgumentOutOfRangeException(nameof(day), day, "The day must be a day of the given month.");
                }

                _start = _end = (year * 100 + (month ?? 0)) * 100 + (day ?? 0);
                _slashed = false;
            }

            private PartialDate(int start, int end, bool slashed)
            {
                _start = start;
                _end = end;
                _slashed = slashed;
            }

            /// <summary>The year; of an interval, its start's (its end's when open at the start).</summary>
            public int Year => Shown / 10000;

            /// <summary>The month (1 to 12), or null for a year; of an interval, its start's (its end's when open at the start).</summary>
            public int? Month => Shown / 100 % 100 is var m && m != 0 ? m : null;

            /// <summary>The day of the month, or null for a year or a month; of an interval, its start's (its end's when open at the start).</summary>
            public int? Day => Shown % 100 is var d && d != 0 ? d : null;

            /// <summary>How precise the date is; of an interval, its start (its end when open at the start).</summary>
            public global::__NS__.DatePrecision Precision => Shown % 100 != 0 ? global::__NS__.DatePrecision.Day : Shown / 100 % 100 != 0 ? global::__NS__.DatePrecision.Month : global::__NS__.DatePrecision.Year;

            /// <summary>The first day the date covers; <see cref="global::System.DateTime.MinValue"/> when open at the start (see <see cref="Earliest"/>).</summary>
            public global::System.DateTime Start => _start == 0 ? global::System.DateTime.MinValue : FirstDay(_start);

            /// <summary>Whether the date is a window between two dates (<c>2023-07-31/2023-08-06</c>); false for one date and for a window open at one end.</summary>
            public bool IsInterval => _slashed && _start != 0 && _end != 0;

        #if NET6_0_OR_GREATER
            /// <summary>The first day the date covers (1 August for <c>2023-08</c>), or null when open at the start (<c>../2023-08-08</c>).</summary>
            public global::System.DateOnly? Earliest => _start == 0 ? null : global::System.DateOnly.FromDateTime(FirstDay(_start));

            /// <summary>The last day the date covers (31 August for <c>2023-08</c>), or null when open at the end (<c>2023-07-26/..</c>).</summary>
            public global::System.DateOnly? Latest => _end == 0 ? null : global::System.DateOnly.FromDateTime(LastDay(_end));
        #else
            /// <summary>The first day the date covers (1 August for <c>2023-08</c>), or null when open at the start (<c>../2023-08-08</c>).</summary>
            public global::System.DateTime? Earliest => _start == 0 ? null : FirstDay(_start);

            /// <summary>The last day the date covers (31 August for <c>2023-08</c>), or null when open at the end (<c>2023-07-26/..</c>).</summary>
            public global::System.DateTime? Latest => _end == 0 ? null : LastDay(_end);
        #endif

            private int Shown => _start != 0 ? _start : _end;

            /// <summary>The window between two dates, both included: <c>2023-07-31/2023-08-06</c>.</summary>
            /// <param name="start">The first date, not itself a window.</param>
            /// <param name="end">The last date, not itself a window; its last day is not before the start's first.</param>
            /// <returns>The window.</returns>
            /// <exception cref="global::System.ArgumentException">An end is a window, or the end is before the start.</exception>
            public static global::__NS__.PartialDate Between(global::__NS__.PartialDate start, global::__NS__.PartialDate end)
            {
                if (LastDay(End(end, nameof(end))) < FirstDay(End(start, nameof(start))))
                {
                    throw new global::System.ArgumentException("The end " + end.ToIsoString() + " is before the start " + start.ToIsoString() + ".", nameof(end));
                }

                return new global::__NS__.PartialDate(start._start, end._end, slashed: true);
            }

            /// <summary>On or before a date: <c>../2023-08-08</c>.</summary>
            /// <param name="end">The last date, not itself a window.</param>
            /// <returns>The window open at the start.</returns>
            /// <exception cref="global::System.ArgumentException">The end is a window.</exception>
            public static global::__NS__.PartialDate OnOrBefore(global::__NS__.PartialDate end) => new(0, End(end, nameof(end)), slashed: true);

            /// <summary>On or after a date: <c>2023-07-26/..</c>.</summary>
            /// <param name="start">The first date, not itself a window.</param>
            /// <returns>The window open at the end.</returns>
            /// <exception cref="global::System.ArgumentException">The start is a window.</exception>
            public static global::__NS__.PartialDate OnOrAfter(global::__NS__.PartialDate start) => new(End(start, nameof(start)), 0, slashed: true);

            /// <summary>Parses the fact-file spelling: <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>, or two of them as <c>START/END</c> with <c>..</c> for an open end.</summary>
            /// <param name="text">The text.</param>
            /// <returns>The date.</returns>
            /// <exception cref="global::System.FormatException">The text is not such a date.</exception>
            public static global::__NS__.PartialDate Parse(string text)
            {
                var slash = (text ?? throw new global::System.ArgumentNullException(nameof(text))).IndexOf('/');
                if (slash < 0)
                {
                    return ParseOne(text, text);
                }

                var start = text.Substring(0, slash);
                var end = text.Substring(slash + 1);
                if (start == OpenEnd && end == OpenEnd)
                {
                    throw new global::System.FormatException("A window open at both ends says nothing: " + text);
                }

                try
                {
                    return start == OpenEnd ? OnOrBefore(ParseOne(end, text))
                        : end == OpenEnd ? OnOrAfter(ParseOne(start, text))
                        : Between(ParseOne(start, text), ParseOne(end, text));
                }
                catch (global::System.ArgumentException e)
                {
                    throw new global::System.FormatException(e.Message + " " + text, e);
                }
            }

            /// <summary>The date in the fact-file spelling: <c>2021</c>, <c>2023-08</c>, <c>2023-08-09</c>, <c>2023-07-31/2023-08-06</c>, <c>../2023-08-08</c>.</summary>
            /// <returns>The text, as <see cref="Parse"/> reads it.</returns>
            public string ToIsoString() =>
                !_slashed ? Iso(_start) : (_start == 0 ? OpenEnd : Iso(_start)) + "/" + (_end == 0 ? OpenEnd : Iso(_end));

            /// <summary>
            /// The date in English: "2021", "August 2023", "9 August 2023", "between 31 July and 6 August 2023",
            /// "between December 2022 and January 2023", "on or before 8 August 2023", "in or after July 2023".
            /// </summary>
            /// <returns>The English text.</returns>
            public override string ToString()
            {
                if (!_slashed || _start == _end)
                {
                    return English(_start, true, true);
                }

                if (_start == 0)
                {
                    return (_end % 100 == 0 ? "in or before " : "on or before ") + English(_end, true, true);
                }

                if (_end == 0)
                {
                    return (_start % 100 == 0 ? "in or after " : "on or after ") + English(_start, true, true);
                }

                // The start leaves out what the end says after it: the year when both name a month of it,
                // the month too when both name a day of it.
                var sameYear = _start / 10000 == _end / 10000 && _start / 100 % 100 != 0 && _end / 100 % 100 != 0;
                var sameMonth = sameYear && _start / 100 == _end / 100 && _start % 100 != 0 && _end % 100 != 0;
                return "between " + English(_start, !sameMonth, !sameYear) + " and " + English(_end, true, true);
            }

            /// <inheritdoc/>
            public bool Equals(global::__NS__.PartialDate other) => _start == other._start && _end == other._end && _slashed == other._slashed;

            /// <inheritdoc/>
            public override bool Equals(object? obj) => obj is global::__NS__.PartialDate other && Equals(other);

            /// <inheritdoc/>
            public override int GetHashCode() => ((_start * 397) ^ _end) * 2 + (_slashed ? 1 : 0);

            /// <summary>
            /// Orders by the earliest possible day, then by the latest (an open end sorts as the far past or
            /// future): 2023-07 comes before 2023, which comes before 2023-08. Dates that cover the same days
            /// order a single date first, then the less precise.
            /// </summary>
            /// <param name="other">The date to compare with.</param>
            /// <returns>Negative, zero or positive.</returns>
            public int CompareTo(global::__NS__.PartialDate other)
            {
                var byDays = EarliestKey(_start).CompareTo(EarliestKey(other._start));
                if (byDays == 0) byDays = LatestKey(_end).CompareTo(LatestKey(other._end));
                if (byDays == 0) byDays = _slashed.CompareTo(other._slashed);
                if (byDays == 0) byDays = _start.CompareTo(other._start);
                return byDays != 0 ? byDays : _end.CompareTo(other._end);
            }

            /// <summary>Whether two dates are equal.</summary>
            /// <param name="left">A date.</param>
            /// <param name="right">Another date.</param>
            /// <returns>True when equal.</returns>
            public static bool operator ==(global::__NS__.PartialDate left, global::__NS__.PartialDate right) => left.Equals(right);

            /// <summary>Whether two dates differ.</summary>
            /// <param name="left">A date.</param>
            /// <param name="right">Another date.</param>
            /// <returns>True when different.</returns>
            public static bool operator !=(global::__NS__.PartialDate left, global::__NS__.PartialDate right) => !left.Equals(right);

            /// <summary>Whether a date sorts before another (<see cref="CompareTo"/>).</summary>
            /// <param name="left">A date.</param>
            /// <param name="right">Another date.</param>
            /// <returns>True when <paramref name="left"/> sorts first.</returns>
            public static bool operator <(global::__NS__.PartialDate left, global::__NS__.PartialDate right) => left.CompareTo(right) < 0;

            /// <summary>Whether a date sorts after another (<see cref="CompareTo"/>).</summary>
            /// <param name="left">A date.</param>
            /// <param name="right">Another date.</param>
            /// <returns>True when <paramref name="left"/> sorts last.</returns>
            public static bool operator >(global::__NS__.PartialDate left, global::__NS__.PartialDate right) => left.CompareTo(right) > 0;

            /// <summary>Whether a date sorts before another or equals it (<see cref="CompareTo"/>).</summary>
            /// <param name="left">A date.</param>
            /// <param name="right">Another date.</param>
            /// <returns>True unless <paramref name="left"/> sorts last.</returns>
            public static bool operator <=(global::__NS__.PartialDate left, global::__NS__.PartialDate right) => left.CompareTo(right) <= 0;

            /// <summary>Whether a date sorts after another or equals it (<see cref="CompareTo"/>).</summary>
            /// <param name="left">A date.</param>
            /// <param name="right">Another date.</param>
            /// <returns>True unless <paramref name="left"/> sorts first.</returns>
            public static bool operator >=(global::__NS__.PartialDate left, global::__NS__.PartialDate right) => left.CompareTo(right) >= 0;

            private static global::__NS__.PartialDate ParseOne(string part, string text)
            {
                var parts = part.Split('-');
                if (parts.Length > 3 || parts[0].Length != 4 || (parts.Length > 1 && parts[1].Length != 2) || (parts.Length > 2 && parts[2].Length != 2))
                {
                    throw new global::System.FormatException("Expected YYYY, YYYY-MM or YYYY-MM-DD, or START/END: " + text);
                }

                var numbers = new int[parts.Length];
                for (var i = 0; i < parts.Length; i++)
                {
                    if (!int.TryParse(parts[i], global::System.Globalization.NumberStyles.None, global::System.Globalization.CultureInfo.InvariantCulture, out numbers[i]))
                    {
                        throw new global::System.FormatException("Expected YYYY, YYYY-MM or YYYY-MM-DD, or START/END: " + text);
                    }
                }

                try
                {
                    return new global::__NS__.PartialDate(numbers[0], parts.Length > 1 ? numbers[1] : null, parts.Length > 2 ? numbers[2] : null);
                }
                catch (global::System.ArgumentOutOfRangeException e)
                {
                    throw new global::System.FormatException("Not a real date: " + text, e);
                }
            }

            /// <summary>A single date's packed end; a window is not an end.</summary>
            private static int End(global::__NS__.PartialDate date, string parameter) =>
                !date._slashed && date._start != 0 ? date._start : throw new global::System.ArgumentException("An end of a window is a single date, not " + (date._start == 0 && !date._slashed ? "default(PartialDate)" : date.ToIsoString()) + ".", parameter);

            private static global::System.DateTime FirstDay(int packed) =>
                new global::System.DateTime(packed / 10000, global::System.Math.Max(1, packed / 100 % 100), global::System.Math.Max(1, packed % 100));

            private static global::System.DateTime LastDay(int packed)
            {
                var year = packed / 10000;
                var month = packed / 100 % 100 == 0 ? 12 : packed / 100 % 100;
                return new global::System.DateTime(year, month, packed % 100 == 0 ? global::System.DateTime.DaysInMonth(year, month) : packed % 100);
            }

            private static int EarliestKey(int packed) => packed == 0 ? int.MinValue : (packed / 10000 * 100 + global::System.Math.Max(1, packed / 100 % 100)) * 100 + global::System.Math.Max(1, packed % 100);

            private static int LatestKey(int packed)
            {
                if (packed == 0)
                {
                    return int.MaxValue;
                }

                var day = LastDay(packed);
                return (day.Year * 100 + day.Month) * 100 + day.Day;
            }

            private static string Iso(int packed)
            {
                var c = global::System.Globalization.CultureInfo.InvariantCulture;
                var month = packed / 100 % 100;
                var day = packed % 100;
                return (packed / 10000).ToString("D4", c)
                    + (month != 0 ? "-" + month.ToString("D2", c) : string.Empty)
                    + (day != 0 ? "-" + day.ToString("D2", c) : string.Empty);
            }

            /// <summary>One end in English: "2021", "August 2023", "9 August 2023"; without the month or the year when the other end says it.</summary>
            private static string English(int packed, bool withMonth, bool withYear)
            {
                var c = global::System.Globalization.CultureInfo.InvariantCulture;
                var year = (packed / 10000).ToString(c);
                var month = packed / 100 % 100;
                var day = packed % 100;
                if (month == 0)
                {
                    return year;
                }

                var text = day != 0 ? day.ToString(c) : string.Empty;
                if (withMonth || day == 0)
                {
                    text = (text.Length > 0 ? text + " " : string.Empty) + MonthNames[month - 1];
                }

                return withYear ? text + " " + year : text;
            }

        #if NETCOREAPP3_0_OR_GREATER
            /// <summary>Reads and writes the date in its fact-file spelling.</summary>
            public sealed class JsonConverter : global::System.Text.Json.Serialization.JsonConverter<global::__NS__.PartialDate>
            {
                /// <inheritdoc/>
                public override global::__NS__.PartialDate Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) =>
                    global::__NS__.PartialDate.Parse(reader.GetString() ?? throw new global::System.Text.Json.JsonException("A date must be a string."));

                /// <inheritdoc/>
                public override void Write(global::System.Text.Json.Utf8JsonWriter writer, global::__NS__.PartialDate value, global::System.Text.Json.JsonSerializerOptions options) =>
                    writer.WriteStringValue(value.ToIsoString());
            }
        #endif
        }
        """;

    public const string Quantity = """
        /// <summary>How a <see cref="Quantity"/> is bounded.</summary>
        public enum QuantityKind
        {
            /// <summary>An exact count: <c>1500</c>.</summary>
            Exact,

            /// <summary>About a count ("around 1,000"): <c>~1000</c>.</summary>
            Approximate,

            /// <summary>At least a count: <c>&gt;=1000</c>.</summary>
            AtLeast,

            /// <summary>At most a count: <c>&lt;=1000</c>.</summary>
            AtMost,

            /// <summary>Between two counts: <c>1000..2000</c>.</summary>
            Range,

            /// <summary>An order of magnitude: <c>dozens</c>, <c>hundreds</c>, <c>thousands</c>.</summary>
            Magnitude,
        }

        /// <summary>An order of magnitude, as in "thousands of fighters".</summary>
        public enum QuantityMagnitude
        {
            /// <summary>Dozens.</summary>
            Dozens,

            /// <summary>Hundreds.</summary>
            Hundreds,

            /// <summary>Thousands.</summary>
            Thousands,
        }

        /// <summary>A count as a source gives it: exact, approximate, bounded, a range, or an order of magnitude.</summary>
        #if NETCOREAPP3_0_OR_GREATER
        [global::System.Text.Json.Serialization.JsonConverter(typeof(global::__NS__.Quantity.JsonConverter))]
        #endif
        public readonly struct Quantity : global::System.IEquatable<global::__NS__.Quantity>
        {
            private static readonly string[] MagnitudeNames = { "dozens", "hundreds", "thousands" };

            private Quantity(global::__NS__.QuantityKind kind, int value, int max, global::__NS__.QuantityMagnitude magnitude)
            {
                if (value < 0 || max < value)
                {
                    throw new global::System.ArgumentOutOfRangeException(nameof(value), value, "Counts are from 0 up, and a range's upper bound is not below its lower bound.");
                }

                Kind = kind;
                Value = value;
                MaxValue = max;
                MagnitudeValue = magnitude;
            }

            /// <summary>How the quantity is bounded.</summary>
            public global::__NS__.QuantityKind Kind { get; }

            /// <summary>
            /// The count; for a range its lower bound; for a magnitude the least count it implies
            /// (two dozen, two hundred, two thousand).
            /// </summary>
            public int Value { get; }

            /// <summary>A range's upper bound, else null.</summary>
            public int? Max => Kind == global::__NS__.QuantityKind.Range ? MaxValue : null;

            /// <summary>The order of magnitude, for <see cref="QuantityKind.Magnitude"/>, else null.</summary>
            public global::__NS__.QuantityMagnitude? Magnitude => Kind == global::__NS__.QuantityKind.Magnitude ? MagnitudeValue : null;

            private int MaxValue { get; }

            private global::__NS__.QuantityMagnitude MagnitudeValue { get; }

            /// <summary>An exact count.</summary>
            /// <param name="value">The count.</param>
            /// <returns>The quantity.</returns>
            public static global::__NS__.Quantity Exactly(int value) => new(global::__NS__.QuantityKind.Exact, value, value, default);

            /// <summary>About a count.</summary>
            /// <param name="value">The count.</param>
            /// <returns>The quantity.</returns>
            public static global::__NS__.Quantity About(int value) => new(global::__NS__.QuantityKind.Approximate, value, value, default);

            /// <summary>At least a count.</summary>
            /// <param name="value">The count.</param>
            /// <returns>The quantity.</returns>
            public static global::__NS__.Quantity AtLeast(int value) => new(global::__NS__.QuantityKind.AtLeast, value, value, default);

            /// <summary>At most a count.</summary>
            /// <param name="value">The count.</param>
            /// <returns>The quantity.</returns>
            public static global::__NS__.Quantity AtMost(int value) => new(global::__NS__.QuantityKind.AtMost, value, value, default);

            /// <summary>Between two counts.</summary>
            /// <param name="min">The lower bound.</param>
            /// <param name="max">The upper bound.</param>
            /// <returns>The quantity.</returns>
            public static global::__NS__.Quantity Between(int min, int max) => new(global::__NS__.QuantityKind.Range, min, max, default);

            /// <summary>An order of magnitude.</summary>
            /// <param name="magnitude">Dozens, hundreds or thousands.</param>
            /// <returns>The quantity.</returns>
            public static global::__NS__.Quantity Of(global::__NS__.QuantityMagnitude magnitude)
            {
                var least = magnitude switch { global::__NS__.QuantityMagnitude.Dozens => 24, global::__NS__.QuantityMagnitude.Hundreds => 200, _ => 2000 };
                return new(global::__NS__.QuantityKind.Magnitude, least, least, magnitude);
            }

            /// <summary>Parses the fact-file syntax: <c>1500</c>, <c>~1000</c>, <c>&gt;=1000</c>, <c>&lt;=1000</c>, <c>1000..2000</c>, <c>thousands</c>.</summary>
            /// <param name="text">The text.</param>
            /// <returns>The quantity.</returns>
            /// <exception cref="global::System.FormatException">The text is not a quantity.</exception>
            public static global::__NS__.Quantity Parse(string text)
            {
                if (text is null)
                {
                    throw new global::System.ArgumentNullException(nameof(text));
                }

                var magnitude = global::System.Array.IndexOf(MagnitudeNames, text);
                if (magnitude >= 0)
                {
                    return Of((global::__NS__.QuantityMagnitude)magnitude);
                }

                if (text.StartsWith("~", global::System.StringComparison.Ordinal)) return About(Number(text.Substring(1), text));
                if (text.StartsWith(">=", global::System.StringComparison.Ordinal)) return AtLeast(Number(text.Substring(2), text));
                if (text.StartsWith("<=", global::System.StringComparison.Ordinal)) return AtMost(Number(text.Substring(2), text));
                var range = text.IndexOf("..", global::System.StringComparison.Ordinal);
                return range < 0 ? Exactly(Number(text, text)) : Between(Number(text.Substring(0, range), text), Number(text.Substring(range + 2), text));
            }

            /// <summary>The quantity in the fact-file syntax, as <see cref="Parse"/> reads it.</summary>
            /// <returns>The text.</returns>
            public string ToSyntax()
            {
                var c = global::System.Globalization.CultureInfo.InvariantCulture;
                return Kind switch
                {
                    global::__NS__.QuantityKind.Approximate => "~" + Value.ToString(c),
                    global::__NS__.QuantityKind.AtLeast => ">=" + Value.ToString(c),
                    global::__NS__.QuantityKind.AtMost => "<=" + Value.ToString(c),
                    global::__NS__.QuantityKind.Range => Value.ToString(c) + ".." + MaxValue.ToString(c),
                    global::__NS__.QuantityKind.Magnitude => MagnitudeNames[(int)MagnitudeValue],
                    _ => Value.ToString(c),
                };
            }

            /// <summary>The quantity in English: "1,500", "about 1,000", "at least 1,000", "1,000 to 2,000", "thousands".</summary>
            /// <returns>The English text.</returns>
            public override string ToString()
            {
                var c = global::System.Globalization.CultureInfo.InvariantCulture;
                return Kind switch
                {
                    global::__NS__.QuantityKind.Approximate => "about " + Value.ToString("N0", c),
                    global::__NS__.QuantityKind.AtLeast => "at least " + Value.ToString("N0", c),
                    global::__NS__.QuantityKind.AtMost => "at most " + Value.ToString("N0", c),
                    global::__NS__.QuantityKind.Range => Value.ToString("N0", c) + " to " + MaxValue.ToString("N0", c),
                    global::__NS__.QuantityKind.Magnitude => MagnitudeNames[(int)MagnitudeValue],
                    _ => Value.ToString("N0", c),
                };
            }

            /// <inheritdoc/>
            public bool Equals(global::__NS__.Quantity other) => Kind == other.Kind && Value == other.Value && MaxValue == other.MaxValue && MagnitudeValue == other.MagnitudeValue;

            /// <inheritdoc/>
            public override bool Equals(object? obj) => obj is global::__NS__.Quantity other && Equals(other);

            /// <inheritdoc/>
            public override int GetHashCode() => (((int)Kind * 397) ^ Value) * 397 ^ MaxValue;

            /// <summary>Whether two quantities are equal.</summary>
            /// <param name="left">A quantity.</param>
            /// <param name="right">Another quantity.</param>
            /// <returns>True when equal.</returns>
            public static bool operator ==(global::__NS__.Quantity left, global::__NS__.Quantity right) => left.Equals(right);

            /// <summary>Whether two quantities differ.</summary>
            /// <param name="left">A quantity.</param>
            /// <param name="right">Another quantity.</param>
            /// <returns>True when different.</returns>
            public static bool operator !=(global::__NS__.Quantity left, global::__NS__.Quantity right) => !left.Equals(right);

            private static int Number(string digits, string text)
            {
                if (digits.Length == 0 || !int.TryParse(digits, global::System.Globalization.NumberStyles.None, global::System.Globalization.CultureInfo.InvariantCulture, out var n))
                {
                    throw new global::System.FormatException("Not a quantity: " + text);
                }

                return n;
            }

        #if NETCOREAPP3_0_OR_GREATER
            /// <summary>Reads and writes the quantity in the fact-file syntax.</summary>
            public sealed class JsonConverter : global::System.Text.Json.Serialization.JsonConverter<global::__NS__.Quantity>
            {
                /// <inheritdoc/>
                public override global::__NS__.Quantity Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) =>
                    global::__NS__.Quantity.Parse(reader.GetString() ?? throw new global::System.Text.Json.JsonException("A quantity must be a string."));

                /// <inheritdoc/>
                public override void Write(global::System.Text.Json.Utf8JsonWriter writer, global::__NS__.Quantity value, global::System.Text.Json.JsonSerializerOptions options) =>
                    writer.WriteStringValue(value.ToSyntax());
            }
        #endif
        }
        """;
}
