using FactsGen.Tooling.Escaping;

namespace FactsGen.Cli.Tests;

/// <summary>
/// The escaping targets of <c>factsgen diff</c>: a value shown as a YAML double-quoted scalar keeps its
/// value and hides nothing; a Markdown code span cannot be ended, nor its list item broken, by the text inside.
/// </summary>
public class DiffEscapingTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("say \"hi\" \\o/", "\"say \\\"hi\\\" \\\\o/\"")]
    [InlineData("line\nbreak\r\ttab", "\"line\\nbreak\\r\\ttab\"")]
    [InlineData("sep\u2028par\u2029 bidi\u202Eevil", "\"sep\\u2028par\\u2029 bidi\\u202Eevil\"")]
    [InlineData("emoji \U0001F600 and café", "\"emoji \U0001F600 and café\"")]
    public void YamlDoubleQuoted_KeepsTheValueOnOneLine(string value, string quoted) =>
        Assert.Equal(quoted, YamlScalarText.DoubleQuoted(value));

    [Fact]
    public void YamlDoubleQuoted_LoneSurrogateBecomesAnEscape() =>
        Assert.Equal("\"lone\\uD800\"", YamlScalarText.DoubleQuoted("lone\uD800"));

    [Theory]
    [InlineData("plain", "`plain`")]
    [InlineData("a `tick`", "`` a `tick` ``")]
    [InlineData("`start", "`` `start ``")]
    [InlineData("two `` ticks", "```two `` ticks```")]
    [InlineData("*not* <b>html</b> [link](x)", "`*not* <b>html</b> [link](x)`")]
    [InlineData("line\nbreak\r\nand\u2028more", "`line break  and more`")]
    [InlineData("", "` `")]
    public void MarkdownCode_IsOneCodeSpanWhateverTheText(string value, string span) =>
        Assert.Equal(span, MarkdownText.Code(value));
}
