using System;
using System.Text;
using FactsGen.Escaping;

namespace FactsGen.Tooling.Escaping;

/// <summary>
/// Text and attribute values for HTML pages (the review site, <c>factsgen report</c>): every string
/// from a fact file or an article goes through here, so none can open a tag, end an attribute or
/// start a character reference. Characters that HTML cannot carry or that would silently change how
/// the text around them reads (controls, bidirectional controls, line and paragraph separators, lone
/// surrogates, noncharacters) are shown as <c>\uXXXX</c>, as the generator's doc comments show them:
/// a reviewer sees what the file holds.
/// </summary>
public static class HtmlText
{
    /// <summary>Escaped text for element content or a double- or single-quoted attribute value.</summary>
    public static string Escape(string value)
    {
        if (IsPlain(value))
        {
            return value; // most text: nothing to escape, nothing to allocate
        }

        return Escape(new StringBuilder(value.Length + 16), value).ToString();
    }

    /// <summary>Appends the escaped form of <paramref name="value"/> to <paramref name="sb"/>.</summary>
    public static StringBuilder Escape(StringBuilder sb, string value) => Escape(sb, value, 0, value.Length);

    /// <summary>Appends the escaped form of <c>value[start..start+length]</c>: a part of an article line between marks.</summary>
    public static StringBuilder Escape(StringBuilder sb, string value, int start, int length) =>
        EscapeLoop.Append(sb, value, start, length, default(Format));

    /// <summary>
    /// Whether a URL from a fact file may become a link: an absolute http or https URL only, so a
    /// <c>javascript:</c> or <c>data:</c> URL never becomes a live link (its text is still shown).
    /// </summary>
    public static bool IsWebUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return false;
        }

        // Uri forgives white space and controls that a browser would read differently.
        foreach (var c in url)
        {
            if (char.IsWhiteSpace(c) || IsShownAsEscape(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Characters shown as <c>\uXXXX</c>: the common rule for rendered text
    /// (<see cref="EscapeLoop.IsUnsafe"/>): controls other than tab, line feed and carriage return
    /// (which HTML reads as white space), bidirectional controls, U+FEFF, line and paragraph
    /// separators, lone surrogates and noncharacters. Zero-width joiners and soft hyphens stay: emoji
    /// sequences and words need them.
    /// </summary>
    public static bool IsShownAsEscape(char c) => c is not ('\t' or '\n' or '\r') && EscapeLoop.IsUnsafe(c, UnsafeLevel.Rendered);

    /// <summary>HTML's markup characters as references; tab and line breaks as they are; the rest by the common rule.</summary>
    private readonly struct Format : IEscapeFormat
    {
        public UnsafeLevel Level => UnsafeLevel.Rendered;

        public bool LowerHex => false;

        public string? Replace(char c) => c switch
        {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&#39;",
            '\t' => "\t",
            '\n' => "\n",
            '\r' => "\r",
            _ => null,
        };
    }

    /// <summary>Printable ASCII without markup characters: the text is its own HTML.</summary>
    private static bool IsPlain(string value)
    {
        foreach (var c in value)
        {
            if (c < ' ' || c > '~' || c is '&' or '<' or '>' or '"' or '\'')
            {
                return false;
            }
        }

        return true;
    }
}
