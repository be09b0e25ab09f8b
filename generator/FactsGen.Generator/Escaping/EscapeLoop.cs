using System.Globalization;
using System.Text;

namespace FactsGen.Escaping;

/// <summary>
/// How one output format writes text: the characters it spells its own way (quotes, markup), and how
/// strictly it shows the characters <see cref="EscapeLoop.IsUnsafe"/> names. A struct, so the loop is
/// compiled once per format with no call per character.
/// </summary>
public interface IEscapeFormat
{
    /// <summary>The text for <paramref name="c"/> when the format writes it its own way; null to apply the common rule.</summary>
    string? Replace(char c);

    /// <summary>Which characters are shown as <c>\uXXXX</c>: every one (code and data), only the ones that mislead (rendered text), or none but lone surrogates.</summary>
    UnsafeLevel Level { get; }

    /// <summary>Whether the hex digits of <c>\uXXXX</c> are lower case (JSON's habit) rather than upper.</summary>
    bool LowerHex { get; }
}

/// <summary>How strictly an output shows characters as <c>\uXXXX</c> (<see cref="EscapeLoop.IsUnsafe"/>).</summary>
public enum UnsafeLevel
{
    /// <summary>Lone surrogates only (UTF-8 cannot carry them): a data format that keeps every other character.</summary>
    LoneSurrogates,

    /// <summary>Text a person reads rendered (HTML, Markdown): what hides or reorders text, but joiners and soft hyphens stay.</summary>
    Rendered,

    /// <summary>Source and data (C#, doc comments, JSON, YAML): every invisible, unassigned or private character too.</summary>
    Source,
}

/// <summary>
/// The one escaping loop and the one rule for unsafe characters, for every output: C# literals and
/// comments, doc comments, JSON, HTML, YAML and Markdown all walk text here. A well-formed surrogate
/// pair (an emoji) is always kept; a lone surrogate is always <c>\uXXXX</c>.
/// </summary>
public static class EscapeLoop
{
    /// <summary>Appends <c>value[start..start+length]</c> as <typeparamref name="TFormat"/> writes it.</summary>
    public static StringBuilder Append<TFormat>(StringBuilder sb, string value, int start, int length, TFormat format)
        where TFormat : struct, IEscapeFormat
    {
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            var c = value[i];

            // A run of printable ASCII that the format keeps (the bulk of any text) is appended at once:
            // such a character is never unsafe, and this loop runs over every fact of a build.
            if (c is >= ' ' and <= '~' && format.Replace(c) is null)
            {
                var run = i + 1;
                while (run < end && value[run] is >= ' ' and <= '~' && format.Replace(value[run]) is null)
                {
                    run++;
                }

                sb.Append(value, i, run - i);
                i = run - 1;
                continue;
            }

            if (format.Replace(c) is { } replaced)
            {
                sb.Append(replaced);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[++i]);
            }
            else if (IsUnsafe(c, format.Level))
            {
                sb.Append("\\u").Append(((int)c).ToString(format.LowerHex ? "x4" : "X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb;
    }

    /// <summary>Appends all of <paramref name="value"/>.</summary>
    public static StringBuilder Append<TFormat>(StringBuilder sb, string value, TFormat format)
        where TFormat : struct, IEscapeFormat =>
        Append(sb, value, 0, value.Length, format);

    /// <summary>
    /// The rule. At every level but <see cref="UnsafeLevel.LoneSurrogates"/>: controls (a format spells
    /// the tab and line breaks it allows through <see cref="IEscapeFormat.Replace"/>), line and paragraph
    /// separators, bidirectional controls (they reorder the text around them: U+061C, U+200E, U+200F,
    /// U+202A–U+202E, U+2066–U+2069), U+FEFF, noncharacters and lone surrogates. At
    /// <see cref="UnsafeLevel.Source"/> also every other format character (joiners, soft hyphens,
    /// zero-width spaces), private-use and unassigned characters, so generated code shows them all.
    /// </summary>
    public static bool IsUnsafe(char c, UnsafeLevel level)
    {
        if (char.IsSurrogate(c))
        {
            return true; // lone: pairs never get here
        }

        if (level == UnsafeLevel.LoneSurrogates)
        {
            return false;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFEFF'
            || c is '\uFFFE' or '\uFFFF' or (>= '\uFDD0' and <= '\uFDEF'))
        {
            return true;
        }

        return level == UnsafeLevel.Source
            && category is UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
    }

    /// <summary>Whether the text holds a surrogate that is not half of a well-formed pair.</summary>
    public static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
