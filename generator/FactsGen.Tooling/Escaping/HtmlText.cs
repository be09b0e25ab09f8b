using System;
using System.Globalization;
using System.Text;

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
    public static StringBuilder Escape(StringBuilder sb, string value, int start, int length)
    {
        var end = start + length;
        for (var i = start; i < end; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(value[i + 1]))
                    {
                        // A well-formed pair (emoji and the like) is text like any other.
                        sb.Append(c).Append(value[++i]);
                    }
                    else if (IsShownAsEscape(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb;
    }

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
    /// Characters shown as <c>\uXXXX</c>: controls other than tab, line feed and carriage return
    /// (which HTML reads as white space), bidirectional controls (they reorder the text around them),
    /// line and paragraph separators, lone surrogates (not encodable in UTF-8) and noncharacters.
    /// Zero-width joiners and the like stay: emoji sequences need them.
    /// </summary>
    public static bool IsShownAsEscape(char c)
    {
        if (c is '\t' or '\n' or '\r')
        {
            return false;
        }

        return char.IsControl(c)
            || char.IsSurrogate(c)
            || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
            || c is '\u2028' or '\u2029'
            || c is '\uFFFE' or '\uFFFF' or (>= '\uFDD0' and <= '\uFDEF');
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
