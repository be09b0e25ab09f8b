using FactsGen.Escaping;

namespace FactsGen.Tests.Escaping;

/// <summary>
/// The C# targets of the escaping module (C# string literals, XML doc text, <c>//</c> comments): what a
/// fact file says cannot end a literal or a comment, add code or markup, or hide text, and keeps its value.
/// HTML and JSON have their own tests beside the tools that use them; the rule all formats share is in UnsafeCharacterRuleTests.
/// </summary>
public class CSharpEscapingTests
{
    [Theory]
    [InlineData("plain text", "\"plain text\"")]
    [InlineData("say \"hi\"", "\"say \\\"hi\\\"\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    [InlineData("line\nbreak\r\ttab\0", "\"line\\nbreak\\r\\ttab\\0\"")]
    [InlineData("sep\u2028par\u2029", "\"sep\\u2028par\\u2029\"")]
    [InlineData("bidi\u202Eevil", "\"bidi\\u202Eevil\"")]
    [InlineData("emoji \U0001F600 and café", "\"emoji \U0001F600 and café\"")]
    public void CSharpLiteralsKeepTheValueAndCannotEndTheString(string value, string literal) =>
        Assert.Equal(literal, CSharpLiteral.String(value));

    [Fact]
    public void LoneSurrogatesBecomeEscapes()
    {
        // Not [InlineData]: attribute data is stored as UTF-8, which cannot hold a lone surrogate.
        Assert.Equal("\"lone\\uD800\"", CSharpLiteral.String("lone\uD800"));
        Assert.Equal("lone\\uDC00", XmlDoc.Text("lone\uDC00"));
        Assert.Equal("lone\\uD800", CSharpComment.Text("lone\uD800"));
    }

    [Fact]
    public void ACSharpLiteralCompilesBackToTheSameString()
    {
        var value = "\"; System.Environment.Exit(1); //\u2028\u202E\uDC00<>&\\";
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText($"class C {{ const string S = {CSharpLiteral.String(value)}; }}");

        Assert.Empty(tree.GetDiagnostics());
        var literal = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax>().Single();
        Assert.Equal(value, literal.Token.ValueText);
    }

    [Theory]
    [InlineData("a <b> & \"c\"", "a &lt;b&gt; &amp; &quot;c&quot;")]
    [InlineData("</summary><script>", "&lt;/summary&gt;&lt;script&gt;")]
    [InlineData("two\nlines", "two\\u000Alines")]
    [InlineData("sep\u2028", "sep\\u2028")]
    [InlineData("plain", "plain")]
    public void DocTextIsXmlEscapedAndStaysOnOneLine(string value, string doc) =>
        Assert.Equal(doc, XmlDoc.Text(value));

    [Theory]
    [InlineData("facts/a.yaml", "facts/a.yaml")]
    [InlineData("evil\nclass X {}", "evil\\u000Aclass X {}")]
    [InlineData("evil\u2028x", "evil\\u2028x")]
    [InlineData("rtl\u202Ex", "rtl\\u202Ex")]
    public void CommentTextCannotEndTheCommentLine(string value, string comment) =>
        Assert.Equal(comment, CSharpComment.Text(value));
}
