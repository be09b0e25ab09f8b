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
    public static StringBuilder String(StringBuilder sb, string value) =>
        Escaped(sb.Append('"'), value).Append('"');

    /// <summary>Appends what goes between the quotes of <paramref name="value"/>'s literal.</summary>
    public static StringBuilder Escaped(StringBuilder sb, string value) =>
        IsPlain(value) ? sb.Append(value) : EscapeLoop.Append(sb, value, default(Format));

    /// <summary>Quotes, backslashes and the usual control escapes; the rest by the common rule at source strictness.</summary>
    private readonly struct Format : IEscapeFormat
    {
        public UnsafeLevel Level => UnsafeLevel.Source;

        public bool LowerHex => false;

        public string? Replace(char c) => c switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\0' => "\\0",
            _ => null,
        };
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
}
