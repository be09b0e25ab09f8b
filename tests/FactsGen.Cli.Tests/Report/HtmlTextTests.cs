using FactsGen.Tooling.Escaping;

namespace FactsGen.Cli.Tests.Report;

/// <summary>The one HTML escaping of the project: markup characters, invisible characters, and which URLs may be links.</summary>
public class HtmlTextTests
{
    [Theory]
    [InlineData("plain words, 1,000 troops", "plain words, 1,000 troops")]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("a & b &amp; c", "a &amp; b &amp;amp; c")]
    [InlineData("\" onmouseover=\"x", "&quot; onmouseover=&quot;x")]
    [InlineData("it's", "it&#39;s")]
    [InlineData("</mark>", "&lt;/mark&gt;")]
    [InlineData("“curly” ‘quotes’ … and é", "“curly” ‘quotes’ … and é")]
    [InlineData("\u00A0no-break\u00A0space", "\u00A0no-break\u00A0space")]
    [InlineData("tab\tand\nline", "tab\tand\nline")]
    public void Escape_KeepsTheTextAndLeavesNoMarkup(string value, string expected)
    {
        Assert.Equal(expected, HtmlText.Escape(value));
    }

    [Theory]
    [InlineData("nul\0here", "nul\\u0000here")]
    [InlineData("bell\u0007", "bell\\u0007")]
    [InlineData("c1\u0085", "c1\\u0085")]
    [InlineData("abc\u202Edcba", "abc\\u202Edcba")] // right-to-left override: would reverse what follows
    [InlineData("\u2066isolate\u2069", "\\u2066isolate\\u2069")]
    [InlineData("mark\u200Fhere", "mark\\u200Fhere")]
    [InlineData("line\u2028sep", "line\\u2028sep")]
    [InlineData("non\uFFFEchar", "non\\uFFFEchar")]
    public void Escape_ShowsInvisibleAndUnencodableCharactersAsEscapes(string value, string expected)
    {
        Assert.Equal(expected, HtmlText.Escape(value));
    }

    [Fact]
    public void Escape_ShowsLoneSurrogatesAsEscapes()
    {
        // In code, not in attributes: an attribute's string cannot hold a lone surrogate.
        Assert.Equal("lone \\uD800 high", HtmlText.Escape("lone \uD800 high"));
        Assert.Equal("lone \\uDC00 low", HtmlText.Escape("lone \uDC00 low"));
        Assert.Equal("reversed \\uDE00\\uD83D pair", HtmlText.Escape("reversed \uDE00\uD83D pair"));
        Assert.Equal("cut pair \\uD83D", HtmlText.Escape("cut pair \uD83D"));
    }

    [Theory]
    [InlineData("emoji 😀 kept")]
    [InlineData("family 👨‍👩‍👧 (zero-width joiners)")]
    [InlineData("soft\u00ADhyphen")]
    public void Escape_KeepsPairsAndJoiners(string value)
    {
        Assert.Equal(value, HtmlText.Escape(value));
    }

    [Fact]
    public void Escape_OfARange_EscapesOnlyThatRange()
    {
        var sb = new System.Text.StringBuilder();
        HtmlText.Escape(sb, "a<b>&c", 1, 3);
        Assert.Equal("&lt;b&gt;", sb.ToString());
    }

    [Fact]
    public void Escape_NeverLeavesAMarkupCharacter()
    {
        var random = new Random(10);
        for (var n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(4) == 0 ? "<>&\"'"[random.Next(5)] : (char)random.Next(0, 0x10000);
            }

            var escaped = HtmlText.Escape(new string(chars));
            Assert.DoesNotContain('<', escaped);
            Assert.DoesNotContain('>', escaped);
            Assert.DoesNotContain('"', escaped);
            Assert.DoesNotContain('\'', escaped);
            Assert.All(escaped.Split('&').Skip(1), part => Assert.Matches("^(amp|lt|gt|quot|#39);", part));
            Assert.True(IsWellFormed(escaped), "a lone surrogate came through");
        }
    }

    [Theory]
    [InlineData("https://www.bbc.com/news/world-africa-66433155", true)]
    [InlineData("http://example.org/a?b=c&d=e", true)]
    [InlineData("HTTPS://EXAMPLE.ORG/", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JavaScript:alert(document.domain)", false)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("data:text/html,<script>alert(1)</script>", false)]
    [InlineData("vbscript:msgbox(1)", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("//example.org/protocol-relative", false)]
    [InlineData("/relative/path", false)]
    [InlineData("https://example.org/a b", false)]
    [InlineData("https://example.org/\u202Egnp.exe", false)]
    [InlineData("", false)]
    public void IsWebUrl_OnlyAbsoluteHttpAndHttps(string url, bool expected)
    {
        Assert.Equal(expected, HtmlText.IsWebUrl(url));
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
