using System.Globalization;
using System.Text;
using FactsGen.Tooling.Escaping;

namespace FactsGen.Cli.Report;

/// <summary>
/// Builds one page. <see cref="Raw"/> takes only markup written in this folder's code;
/// everything that comes from a fact file, an article or a path goes through <see cref="Text"/>
/// or <see cref="Attr"/>, which escape with <see cref="HtmlText"/>.
/// </summary>
internal sealed class Html
{
    private readonly StringBuilder _sb = new(16 * 1024);

    /// <summary>Markup of the site's own (tags, fixed words): never data.</summary>
    public Html Raw(string markup)
    {
        _sb.Append(markup);
        return this;
    }

    public Html Text(string text)
    {
        HtmlText.Escape(_sb, text);
        return this;
    }

    public Html Text(string text, int start, int length)
    {
        HtmlText.Escape(_sb, text, start, length);
        return this;
    }

    public Html Number(int n)
    {
        _sb.Append(n.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>A count and its noun, singular for one ("1 article", "2 articles", "0 articles").</summary>
    public Html Count(int n, string singular, string? plural = null) =>
        Number(n).Raw(" ").Text(n == 1 ? singular : plural ?? singular + "s");

    /// <summary>Appends <c> name="value"</c>, the value escaped.</summary>
    public Html Attr(string name, string value)
    {
        _sb.Append(' ').Append(name).Append("=\"");
        HtmlText.Escape(_sb, value);
        _sb.Append('"');
        return this;
    }

    /// <summary>A link whose target and text are data.</summary>
    public Html Link(string href, string text, string? cssClass = null)
    {
        Raw("<a").Attr("href", href);
        if (cssClass is not null)
        {
            Attr("class", cssClass);
        }

        return Raw(">").Text(text).Raw("</a>");
    }

    public override string ToString() => _sb.ToString();
}
