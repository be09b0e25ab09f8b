using System.Text;

namespace FactsGen.LanguageServer.Features;

/// <summary>Markdown from fact and article text: every ASCII punctuation character backslash-escaped (CommonMark), so no text adds markup.</summary>
internal static class Markdown
{
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is < '\u0080' and (>= '!' and <= '/' or >= ':' and <= '@' or >= '[' and <= '`' or >= '{' and <= '~'))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    public static string Bold(string text) => text.Length == 0 ? string.Empty : "**" + Escape(text) + "**";

    public static string Code(string text) => "`" + text.Replace("`", "'", System.StringComparison.Ordinal) + "`";
}
