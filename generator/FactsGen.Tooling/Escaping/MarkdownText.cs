using System.Linq;
using System.Text;
using FactsGen.Escaping;

namespace FactsGen.Tooling.Escaping;

/// <summary>
/// Text from fact files and articles inside Markdown: the pull request comment of <c>factsgen diff</c>
/// and the language server's hovers. <see cref="Code"/> is a code span, whose content Markdown and
/// GitHub take literally (no emphasis, links or HTML): the fence is one backtick longer than the
/// longest run inside, and line breaks become spaces, so no value can end the span or the list item
/// it sits in. <see cref="Escape"/> is running text with every ASCII punctuation character
/// backslash-escaped (CommonMark), so no text adds markup.
/// </summary>
public static class MarkdownText
{
    /// <summary>Running text: ASCII punctuation backslash-escaped; what hides or reorders text by the common rule.</summary>
    public static string Escape(string text) => EscapeLoop.Append(new StringBuilder(text.Length + 8), text, default(Format)).ToString();

    /// <summary>Bold running text (nothing for empty text, which would leave two stray asterisk pairs).</summary>
    public static string Bold(string text) => text.Length == 0 ? string.Empty : "**" + Escape(text) + "**";

    public static string Code(string value)
    {
        if (value.Length == 0)
        {
            return "` `";
        }

        var text = new StringBuilder(value.Length);
        int run = 0, longest = 0;
        foreach (var c in value)
        {
            run = c == '`' ? run + 1 : 0;
            longest = run > longest ? run : longest;
            text.Append(c is '\r' or '\n' or '\u2028' or '\u2029' or '\u0085' ? ' ' : c);
        }

        var fence = new string('`', longest + 1);
        var inner = text.ToString();

        // A space on each side when the content starts or ends with a backtick (CommonMark strips one of each).
        var pad = inner[0] == '`' || inner[inner.Length - 1] == '`' || inner[0] == ' ' && inner[inner.Length - 1] == ' ' ? " " : string.Empty;
        return fence + pad + inner + pad + fence;
    }

    private readonly struct Format : IEscapeFormat
    {
        public UnsafeLevel Level => UnsafeLevel.Rendered;

        public bool LowerHex => false;

        public string? Replace(char c) =>
            c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~') ? Punctuation[c - '!']
            : c switch { '\t' => "\t", '\n' => "\n", '\r' => "\r", _ => null };

        // "\!" to "\~", made once: hovers escape every summary and quote.
        private static readonly string[] Punctuation = Enumerable.Range('!', '~' - '!' + 1).Select(i => "\\" + (char)i).ToArray();
    }
}
