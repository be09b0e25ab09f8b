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

        return EscapeLoop.Append(sb, value, default(Format));
    }

    /// <summary>XML's markup characters as entities; line breaks and the rest by the common rule at source strictness.</summary>
    private readonly struct Format : IEscapeFormat
    {
        public UnsafeLevel Level => UnsafeLevel.Source;

        public bool LowerHex => false;

        public string? Replace(char c) => c switch
        {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            _ => null,
        };
    }
}
