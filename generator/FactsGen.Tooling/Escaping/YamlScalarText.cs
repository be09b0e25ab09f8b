using System.Text;
using FactsGen.Escaping;

namespace FactsGen.Tooling.Escaping;

/// <summary>
/// A string as a YAML double-quoted scalar on one line (what <c>factsgen diff</c> shows of a quoted
/// value): quotes, backslashes, line breaks and every character that would hide or reorder the text
/// around it (controls, format and bidirectional characters, separators, lone surrogates) escaped,
/// so a reviewer sees what the file holds and the result reads back as the same value.
/// </summary>
public static class YamlScalarText
{
    public static string DoubleQuoted(string value) =>
        EscapeLoop.Append(new StringBuilder(value.Length + 2).Append('"'), value, default(Format)).Append('"').ToString();

    /// <summary>YAML's double-quoted escapes for quotes, backslashes and line breaks; the rest by the common rule at source strictness.</summary>
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
            _ => null,
        };
    }
}
