using System.Text;
using FactsGen.Escaping;

namespace FactsGen.Tooling.Escaping;

/// <summary>
/// JSON string literals that keep a string's exact value and are safe inside an HTML
/// <c>&lt;script&gt;</c> block too: quotes, backslashes, <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>
/// are escaped, and every character the common rule names (<see cref="EscapeLoop.IsUnsafe"/> at source
/// strictness: controls, U+2028/U+2029, which end lines in older JavaScript, bidirectional controls,
/// U+FEFF, lone surrogates) becomes <c>\uXXXX</c>. Utf8JsonWriter refuses lone surrogates, which a
/// YAML escape can put in a fact; this writes them as escapes instead of failing.
/// </summary>
public static class JsonText
{
    public static string Quote(string value) => Quote(new StringBuilder(value.Length + 2), value).ToString();

    public static StringBuilder Quote(StringBuilder sb, string value) =>
        EscapeLoop.Append(sb.Append('"'), value, default(Format)).Append('"');

    private readonly struct Format : IEscapeFormat
    {
        public UnsafeLevel Level => UnsafeLevel.Source;

        public bool LowerHex => true;

        public string? Replace(char c) => c switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '<' => "\\u003c",
            '>' => "\\u003e",
            '&' => "\\u0026",
            _ => null,
        };
    }
}
