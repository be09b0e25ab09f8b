using System.Globalization;
using System.Text;

namespace FactsGen.Tooling.Escaping;

/// <summary>
/// JSON string literals that keep a string's exact value and are safe inside an HTML
/// <c>&lt;script&gt;</c> block too: quotes, backslashes, controls, <c>&lt;</c>, <c>&gt;</c>,
/// <c>&amp;</c>, U+2028/U+2029 (line ends to older JavaScript), bidirectional
/// controls and lone surrogates become <c>\uXXXX</c>. Utf8JsonWriter refuses lone surrogates, which a
/// YAML escape can put in a fact; this writes them as escapes instead of failing.
/// </summary>
public static class JsonText
{
    public static string Quote(string value) => Quote(new StringBuilder(value.Length + 2), value).ToString();

    public static StringBuilder Quote(StringBuilder sb, string value)
    {
        sb.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); continue;
                case '\\': sb.Append("\\\\"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\t': sb.Append("\\t"); continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[++i]);
            }
            else if (NeedsEscape(c))
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.Append('"');
    }

    private static bool NeedsEscape(char c) =>
        c < ' ' || c == '\u007F' || c is '<' or '>' or '&' || char.IsSurrogate(c) ||
        (c >= '\u0080' && c <= '\u009F') || c is '\u2028' or '\u2029' ||
        (c >= '\u200E' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF';
}
