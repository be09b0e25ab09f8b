using FactsGen.LanguageServer.Features;
using FactsGen.Tooling.Escaping;

namespace FactsGen.LanguageServer.Tests;

/// <summary>Text from fact files and articles goes into hovers escaped: it shows as written and adds no markup.</summary>
public sealed class MarkdownTests
{
    [Theory]
    [InlineData("<img src=x onerror=alert(1)>", "\\<img src\\=x onerror\\=alert\\(1\\)\\>")]
    [InlineData("**bold** _it_ `code` [link](http://x) # h", "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\[link\\]\\(http\\:\\/\\/x\\) \\# h")]
    [InlineData("plain words, “curly” and … kept", "plain words\\, “curly” and … kept")]
    public void Escape_BackslashesEveryAsciiPunctuationCharacter(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Escape(text));
    }

    [Fact]
    public void Bold_EscapesInside()
    {
        Assert.Equal("**a\\*b**", MarkdownText.Bold("a*b"));
    }
}
