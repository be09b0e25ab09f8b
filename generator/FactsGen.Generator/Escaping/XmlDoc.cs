using System.Globalization;
using System.Text;

namespace FactsGen.Escaping;

/// <summary>
/// Text for <c>///</c> doc comments: XML-escaped, on one line (a line break would end the
/// comment), with invisible or unsafe characters shown as <c>\uXXXX</c> so the comment stays
/// well-formed and shows what the YAML holds.
/// </summary>
internal static class XmlDoc
{
    public static string Text(string value) => CSharpLiteral.IsPlain(value) ? value : Text(new StringBuilder(value.Length + 16), value).ToString();

    /// <summary>Appends the doc text of <paramref name="value"/> to <paramref name="sb"/>.</summary>
    public static StringBuilder Text(StringBuilder sb, string value)
    {
        if (CSharpLiteral.IsPlain(value))
        {
            return sb.Append(value);
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];

            // A run of printable ASCII that XML leaves alone is appended at once.
            var run = i;
            while (run < value.Length && value[run] is >= ' ' and <= '~' and not '&' and not '<' and not '>' and not '"')
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
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        sb.Append(c).Append(value[++i]);
                    }
                    else if (CSharpLiteral.NeedsEscape(c))
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

        return sb;
    }
}
