using System.Collections.Generic;

namespace FactsGen.Support;

/// <summary>
/// The whole numbers a quote states (docs/fact-files.md §12): in digits with or without thousands separators
/// (<c>5000</c>, <c>5,000</c>, <c>5 000</c>), with a scale word (<c>5 thousand</c>, <c>1.5 million</c>),
/// or in English words (<c>twenty</c>, <c>twenty-five</c>, <c>five thousand</c>, <c>fifteen hundred</c>,
/// <c>a hundred and fifty</c>, <c>two dozen</c>). One pass over the text, so hostile quotes cost
/// their length. The text is <see cref="Mentions.Prepare"/>d (lower case, single spaces).
/// </summary>
internal static class NumbersInText
{
    private static readonly Dictionary<string, long> Units = new(System.StringComparer.Ordinal)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, long> Scales = new(System.StringComparer.Ordinal)
    {
        ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
    };

    /// <summary>Numbers too large for any quantity are not kept (a quantity is at most 2^31-1).</summary>
    private const long Largest = 1L << 40;

    public static HashSet<long> Read(string text)
    {
        var numbers = new HashSet<long>();
        var words = new WordNumber(numbers);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsDigit(c))
            {
                words.Flush();
                i = ReadDigits(text, i, numbers);
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetter(text[i])) i++;
                var word = text.Substring(start, i - start);

                // Number words run on across one space or hyphen ("twenty-five", "five thousand").
                var next = i + 1 < text.Length && (text[i] == ' ' || text[i] == '-') && char.IsLetter(text[i + 1]) ? PeekWord(text, i + 1) : null;
                words.Add(word, next);
                if (!(i < text.Length && (text[i] == ' ' || text[i] == '-') && i + 1 < text.Length && char.IsLetter(text[i + 1])))
                {
                    words.Flush();
                }
            }
            else
            {
                i++;
            }
        }

        words.Flush();
        return numbers;
    }

    private static string PeekWord(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]) && end - start < 16) end++;
        return text.Substring(start, end - start);
    }

    /// <summary>Reads a number in digits at <paramref name="start"/>; returns where it ends.</summary>
    private static int ReadDigits(string text, int start, HashSet<long> numbers)
    {
        // A digit run glued to letters or digits before it ("F16", "a1") is no count.
        var glued = start > 0 && char.IsLetterOrDigit(text[start - 1]);
        var i = start;
        while (i < text.Length && IsDigit(text[i])) i++;
        var first = text.Substring(start, i - start);
        long? plain = Parse(first);
        long? grouped = null;
        var pieces = new List<long>();
        if (first.Length <= 3)
        {
            // Thousands groups: the same separator (',' or ' ') before each group of exactly three digits.
            char? separator = null;
            var value = plain ?? 0;
            var groups = 0;
            while (i + 3 < text.Length + 0 && (text[i] == ',' || text[i] == ' ') && (separator is null || text[i] == separator)
                && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) && IsDigit(text[i + 3]) && (i + 4 >= text.Length || !IsDigit(text[i + 4])))
            {
                separator = text[i];
                var group = Parse(text.Substring(i + 1, 3)) ?? 0;
                pieces.Add(group);
                value = (value * 1000) + group;
                groups++;
                i += 4;
                if (value > Largest) break;
            }

            if (groups > 0)
            {
                grouped = value;
                if (separator == ',')
                {
                    plain = null; // "5,000" says 5000, not 5
                }
                else
                {
                    pieces.ForEach(p => numbers.Add(p)); // "5 000" also reads as 5 and 000
                }
            }
        }

        // A decimal part: "1.5" is no whole number, but "1.5 million" is.
        double? fraction = null;
        if (i + 1 < text.Length && text[i] == '.' && IsDigit(text[i + 1]) && grouped is null)
        {
            var end = i + 1;
            while (end < text.Length && IsDigit(text[end])) end++;
            if (double.TryParse(text.Substring(start, end - start), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var d))
            {
                fraction = d;
            }

            plain = null;
            i = end;
        }

        var number = grouped ?? plain;
        if (!glued && (i >= text.Length || !char.IsLetterOrDigit(text[i]) || text[i] == ' '))
        {
            if (number is { } n) numbers.Add(n);

            // A scale word after it: "5 thousand", "1.5 million".
            if (i + 1 < text.Length && text[i] == ' ' && char.IsLetter(text[i + 1]) && Scales.TryGetValue(PeekWord(text, i + 1), out var scale))
            {
                var scaled = number is { } whole ? whole * (double)scale : fraction * scale;
                if (scaled is { } s && s <= Largest && s == System.Math.Floor(s))
                {
                    numbers.Add((long)s);
                }
            }
        }

        return i;
    }

    private static long? Parse(string digits) =>
        digits.Length <= 12 && long.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>A run of number words, read as English counts them: units add, "hundred" multiplies what is pending, a scale closes a group.</summary>
    private sealed class WordNumber
    {
        private readonly HashSet<long> _numbers;
        private long _total;
        private long _current;
        private bool _any;

        public WordNumber(HashSet<long> numbers) => _numbers = numbers;

        public void Add(string word, string? next)
        {
            if (Units.TryGetValue(word, out var unit))
            {
                _current += unit;
                _any = true;
            }
            else if (word == "hundred")
            {
                _current = (_current == 0 ? 1 : _current) * 100;
                _any = true;
            }
            else if (word == "dozen")
            {
                _current = (_current == 0 ? 1 : _current) * 12;
                _any = true;
            }
            else if (Scales.TryGetValue(word, out var scale))
            {
                _total += (_current == 0 ? 1 : _current) * scale;
                _current = 0;
                _any = true;
                if (_total > Largest) Flush();
            }
            else if (word == "a" && next is "hundred" or "thousand" or "million" or "billion" or "dozen")
            {
                // "a hundred": the next word counts it.
            }
            else if (word == "and" && _any && next is not null && Units.ContainsKey(next))
            {
                // "a hundred and fifty"
            }
            else
            {
                Flush();
            }
        }

        public void Flush()
        {
            if (_any)
            {
                _numbers.Add(_total + _current);
            }

            _total = 0;
            _current = 0;
            _any = false;
        }
    }
}
