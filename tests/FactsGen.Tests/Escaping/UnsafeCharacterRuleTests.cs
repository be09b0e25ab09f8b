using System.Globalization;
using FactsGen.Escaping;
using FactsGen.Tooling.Escaping;

namespace FactsGen.Tests.Escaping;

/// <summary>
/// One rule for unsafe characters (<see cref="EscapeLoop.IsUnsafe"/>), held by every output format: C#
/// literals, doc comments, <c>//</c> comments, JSON, YAML, HTML and Markdown. What hides or reorders
/// text is shown as <c>\uXXXX</c> in all of them; joiners and soft hyphens stay in rendered text
/// (HTML, Markdown), where emoji and words need them, and are shown in code and data.
/// </summary>
public class UnsafeCharacterRuleTests
{
    [Theory]
    [InlineData('\uFEFF')]
    [InlineData('\u061C')]
    [InlineData('\u200E')]
    [InlineData('\u202E')]
    [InlineData('\u2066')]
    [InlineData('\u2028')]
    [InlineData('\u2029')]
    [InlineData('\u0085')]
    [InlineData('\u0001')]
    [InlineData('\uFFFE')]
    [InlineData('\uFDD0')]
    public void WhatHidesOrReordersText_IsAnEscape_InEveryFormat(char c)
    {
        var value = "a" + c + "b";
        var hex = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        var shown = "a\\u" + hex + "b";

        Assert.Equal("\"" + shown + "\"", CSharpLiteral.String(value));
        Assert.Equal(shown, XmlDoc.Text(value));
        Assert.Equal(shown, CSharpComment.Text(value));
        Assert.Equal("\"" + shown + "\"", YamlScalarText.DoubleQuoted(value));
        Assert.Equal("\"a\\u" + hex.ToLowerInvariant() + "b\"", JsonText.Quote(value));
        Assert.Equal(shown, HtmlText.Escape(value));
        Assert.Equal(shown, MarkdownText.Escape(value));
        Assert.True(EscapeLoop.IsUnsafe(c, UnsafeLevel.Rendered));
        Assert.True(EscapeLoop.IsUnsafe(c, UnsafeLevel.Source));
    }

    [Theory]
    [InlineData('\u200D')]
    [InlineData('\u200C')]
    [InlineData('\u00AD')]
    [InlineData('\uE000')]
    public void JoinersAndSoftHyphens_StayInRenderedText_AndAreShownInCodeAndData(char c)
    {
        var value = "a" + c + "b";
        var hex = ((int)c).ToString("X4", CultureInfo.InvariantCulture);

        Assert.Equal(value, HtmlText.Escape(value));
        Assert.Equal(value, MarkdownText.Escape(value));
        Assert.Equal("\"a\\u" + hex + "b\"", CSharpLiteral.String(value));
        Assert.Equal("a\\u" + hex + "b", XmlDoc.Text(value));
        Assert.Equal("\"a\\u" + hex.ToLowerInvariant() + "b\"", JsonText.Quote(value));
    }

    [Fact]
    public void LoneSurrogates_AreEscapes_AndPairsAreKept_InEveryFormat()
    {
        const string value = "\uD800 \uDC00 \U0001F600";
        Assert.Equal("\"\\uD800 \\uDC00 \U0001F600\"", CSharpLiteral.String(value));
        Assert.Equal("\\uD800 \\uDC00 \U0001F600", XmlDoc.Text(value));
        Assert.Equal("\\uD800 \\uDC00 \U0001F600", CSharpComment.Text(value));
        Assert.Equal("\"\\uD800 \\uDC00 \U0001F600\"", YamlScalarText.DoubleQuoted(value));
        Assert.Equal("\"\\ud800 \\udc00 \U0001F600\"", JsonText.Quote(value));
        Assert.Equal("\\uD800 \\uDC00 \U0001F600", HtmlText.Escape(value));
        Assert.Equal("\\uD800 \\uDC00 \U0001F600", MarkdownText.Escape(value));
        Assert.True(EscapeLoop.HasLoneSurrogate(value));
        Assert.False(EscapeLoop.HasLoneSurrogate("\U0001F600"));
        Assert.True(EscapeLoop.IsUnsafe('\uD800', UnsafeLevel.LoneSurrogates));
        Assert.False(EscapeLoop.IsUnsafe('\u202E', UnsafeLevel.LoneSurrogates));
    }

    [Fact]
    public void TabAndLineBreaks_AreEachFormatsOwn()
    {
        const string value = "a\tb\nc";
        Assert.Equal("\"a\\tb\\nc\"", CSharpLiteral.String(value));
        Assert.Equal("a\\u0009b\\u000Ac", XmlDoc.Text(value));
        Assert.Equal("\"a\\tb\\nc\"", JsonText.Quote(value));
        Assert.Equal(value, HtmlText.Escape(value));
        Assert.Equal(value, MarkdownText.Escape(value));
    }
}
