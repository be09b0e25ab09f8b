using System.Globalization;

namespace FactsGen.Escaping;

/// <summary>Text for a <c>//</c> comment in generated C#.</summary>
internal static class CSharpComment
{
    /// <summary>
    /// Text for a <c>//</c> comment (e.g. a fact file's path, which comes from the file system and
    /// may hold any character): anything that could end the comment line or hide text (line and
    /// paragraph separators, controls, bidirectional overrides) is shown as <c>\uXXXX</c>.
    /// </summary>
    public static string Text(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (CSharpLiteral.NeedsEscape(c))
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
