using System.Globalization;
using System.Text;

namespace FactsGen.Escaping;

/// <summary>
/// A string as a YAML double-quoted scalar on one line (what <c>factsgen diff</c> shows of a quoted
/// value): quotes, backslashes, line breaks and every character that would hide or reorder the text
/// around it (controls, format and bidirectional characters, separators, lone surrogates) escaped,
/// so a reviewer sees what the file holds and the result reads back as the same value.
/// </summary>
public static class YamlScalarText
{
    public static string DoubleQuoted(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(c).Append(value[++i]);
                continue;
            }

            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                '\n' => text.Append("\\n"),
                '\r' => text.Append("\\r"),
                '\t' => text.Append("\\t"),
                _ when char.IsControl(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator =>
                    text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => text.Append(c),
            };
        }

        return text.Append('"').ToString();
    }
}
