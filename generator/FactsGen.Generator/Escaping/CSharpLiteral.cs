using System.Globalization;
using System.Text;

namespace FactsGen.Escaping;

/// <summary>
/// C# string literals that keep a YAML string's exact value and cannot end the literal or inject
/// code: quotes, backslashes and every character that is not plainly printable (controls, line
/// and paragraph separators, bidirectional controls, lone surrogates) become escapes.
/// </summary>
internal static class CSharpLiteral
{
    public static string String(string value) => String(new StringBuilder(value.Length + 2), value).ToString();

    /// <summary>Appends the literal of <paramref name="value"/> to <paramref name="sb"/>.</summary>
    public static StringBuilder String(StringBuilder sb, string value)
    {
        sb.Append('"');
        if (IsPlain(value))
        {
            return sb.Append(value).Append('"');
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];

            // A run of printable ASCII (the bulk of any text) is appended at once.
            var run = i;
            while (run < value.Length && value[run] is >= ' ' and <= '~' and not '"' and not '\\')
            {
                run++;
            }

            if (run > i)
            {
                sb.Append(value, i, run - i);
                i = run - 1;
                continue;
            }

            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\0': sb.Append("\\0"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        // A well-formed pair (emoji and the like) is printable as it is.
                        sb.Append(c).Append(value[++i]);
                    }
                    else if (NeedsEscape(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"');
    }

    /// <summary>Printable ASCII without quote or backslash: the text is its own literal and doc text (no escape, no XML entity).</summary>
    internal static bool IsPlain(string value)
    {
        foreach (var c in value)
        {
            if (c < ' ' || c > '~' || c is '"' or '\\' or '&' or '<' or '>')
            {
                return false;
            }
        }

        return true;
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Characters that must not appear raw in generated source or doc comments.</summary>
    public static bool NeedsEscape(char c)
    {
        if (char.IsSurrogate(c))
        {
            return true; // lone surrogate (pairs are handled by the caller)
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
    }
}
