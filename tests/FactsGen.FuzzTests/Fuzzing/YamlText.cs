using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FactsGen.FuzzTests.Fuzzing;

/// <summary>Writes any string as a YAML scalar that reads back as exactly that string.</summary>
public static partial class YamlText
{
    /// <summary>A double-quoted scalar: every character that is not plainly printable is an escape.</summary>
    public static string DoubleQuoted(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
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
                        sb.Append(c).Append(value[++i]);
                    }
                    else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF'
                             || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse)
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

        return sb.Append('"').ToString();
    }

    /// <summary>A single-quoted scalar, or null when the value has characters it cannot carry safely.</summary>
    public static string? SingleQuoted(string value)
    {
        foreach (var c in value)
        {
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || char.IsSurrogate(c) && !char.IsSurrogatePair(value, value.IndexOf(c)) || c is '\u2028' or '\u2029' or '\uFEFF'
                || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned)
            {
                return null;
            }
        }

        return value.Length > 0 && (value[0] == ' ' || value[^1] == ' ') ? null : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    /// <summary>Whether the value reads back unchanged as a plain scalar, in block and flow context.</summary>
    public static bool IsPlainSafe(string value) =>
        PlainSafe().IsMatch(value) && value is not ("null" or "Null" or "NULL" or "true" or "false" or "yes" or "no" or "on" or "off" or "y" or "n");

    /// <summary>Plain, single- or double-quoted, whichever <paramref name="style"/> picks among those that work.</summary>
    public static string Scalar(string value, int style) => style switch
    {
        0 when IsPlainSafe(value) => value,
        1 when SingleQuoted(value) is { } single => single,
        _ => DoubleQuoted(value),
    };

    [GeneratedRegex(@"^[A-Za-z\u00C0-\u024F][A-Za-z0-9\u00C0-\u024F.()'/ -]*[A-Za-z0-9\u00C0-\u024F.)]$|^[A-Za-z]$")]
    private static partial Regex PlainSafe();
}
