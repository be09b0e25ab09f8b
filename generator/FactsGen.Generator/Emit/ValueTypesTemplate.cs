namespace FactsGen.Emit;

/// <summary>
/// The fixed value types every fact base uses (spec §5). Plain C# text with <c>__NS__</c> for the
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
        /// A date as precise as the source: a year, a month or a day. <c>2021</c> is a year, not 1 January 2021.
        /// </summary>
        #if NETCOREAPP3_0_OR_GREATER
        [global::System.Text.Json.Serialization.JsonConverter(typeof(global::__NS__.PartialDate.JsonConverter))]
        #endif
        public readonly struct PartialDate : global::System.IEquatable<global::__NS__.PartialDate>, global::System.IComparable<global::__NS__.PartialDate>
        {
            private static readonly string[] MonthNames =
            {
                "January", "February", "March", "April", "May", "June",
                "July", "August", "September", "October", "November", "December",
            };

            private readonly byte _month;
            private readonly byte _day;

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

                Year = year;
                _month = (byte)(month ?? 0);
                _day = (byte)(day ?? 0);
            }

            /// <summary>The year.</summary>
            public int Year { get; }

            /// <summary>The month (1 to 12), or null for a year.</summary>
            public int? Month => _month == 0 ? null : _month;

            /// <summary>The day of the month, or null for a year or a month.</summary>
            public int? Day => _day == 0 ? null : _day;

            /// <summary>How precise the date is.</summary>
            public global::__NS__.DatePrecision Precision => _day != 0 ? global::__NS__.DatePrecision.Day : _month != 0 ? global::__NS__.DatePrecision.Month : global::__NS__.DatePrecision.Year;

            /// <summary>The first day the date covers.</summary>
            public global::System.DateTime Start => new global::System.DateTime(Year, _month == 0 ? 1 : _month, _day == 0 ? 1 : _day);

            /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
            /// <param name="text">The ISO text.</param>
            /// <returns>The date.</returns>
            /// <exception cref="global::System.FormatException">The text is not such a date.</exception>
            public static global::__NS__.PartialDate Parse(string text)
            {
                var parts = (text ?? throw new global::System.ArgumentNullException(nameof(text))).Split('-');
                if (parts.Length > 3 || parts[0].Length != 4 || (parts.Length > 1 && parts[1].Length != 2) || (parts.Length > 2 && parts[2].Length != 2))
                {
                    throw new global::System.FormatException("Expected YYYY, YYYY-MM or YYYY-MM-DD: " + text);
                }

                var numbers = new int[parts.Length];
                for (var i = 0; i < parts.Length; i++)
                {
                    if (!int.TryParse(parts[i], global::System.Globalization.NumberStyles.None, global::System.Globalization.CultureInfo.InvariantCulture, out numbers[i]))
                    {
                        throw new global::System.FormatException("Expected YYYY, YYYY-MM or YYYY-MM-DD: " + text);
                    }
                }

                return new global::__NS__.PartialDate(numbers[0], parts.Length > 1 ? numbers[1] : null, parts.Length > 2 ? numbers[2] : null);
            }

            /// <summary>The date as ISO text at its precision: <c>2021</c>, <c>2023-08</c>, <c>2023-08-09</c>.</summary>
            /// <returns>The ISO text.</returns>
            public string ToIsoString()
            {
                var c = global::System.Globalization.CultureInfo.InvariantCulture;
                return _month == 0 ? Year.ToString("D4", c)
                    : _day == 0 ? Year.ToString("D4", c) + "-" + _month.ToString("D2", c)
                    : Year.ToString("D4", c) + "-" + _month.ToString("D2", c) + "-" + _day.ToString("D2", c);
            }

            /// <summary>The date in English: "2021", "August 2023", "9 August 2023".</summary>
            /// <returns>The English text.</returns>
            public override string ToString()
            {
                var c = global::System.Globalization.CultureInfo.InvariantCulture;
                return _month == 0 ? Year.ToString(c)
                    : _day == 0 ? MonthNames[_month - 1] + " " + Year.ToString(c)
                    : _day.ToString(c) + " " + MonthNames[_month - 1] + " " + Year.ToString(c);
            }

            /// <inheritdoc/>
            public bool Equals(global::__NS__.PartialDate other) => Year == other.Year && _month == other._month && _day == other._day;

            /// <inheritdoc/>
            public override bool Equals(object? obj) => obj is global::__NS__.PartialDate other && Equals(other);

            /// <inheritdoc/>
            public override int GetHashCode() => (Year * 13 + _month) * 32 + _day;

            /// <summary>Orders by year, then month, then day; a year sorts before its months.</summary>
            /// <param name="other">The date to compare with.</param>
            /// <returns>Negative, zero or positive.</returns>
            public int CompareTo(global::__NS__.PartialDate other) =>
                Year != other.Year ? Year.CompareTo(other.Year) : _month != other._month ? _month.CompareTo(other._month) : _day.CompareTo(other._day);

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

        #if NETCOREAPP3_0_OR_GREATER
            /// <summary>Reads and writes the date as its ISO text.</summary>
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
