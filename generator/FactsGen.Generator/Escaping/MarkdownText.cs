using System.Text;

namespace FactsGen.Escaping;

/// <summary>
/// Text from fact files and articles inside Markdown (the pull request comment of <c>factsgen
/// diff</c>): always as a code span, whose content Markdown and GitHub take literally (no emphasis,
/// links or HTML). The fence is one backtick longer than the longest run inside, and line breaks
/// become spaces, so no value can end the span or the list item it sits in.
/// </summary>
public static class MarkdownText
{
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
}
