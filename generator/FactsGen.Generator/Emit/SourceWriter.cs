using System.Text;

namespace FactsGen.Emit;

/// <summary>An indented writer for generated C#; LF line ends so output is byte-identical everywhere.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _sb = new();
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _sb.Append(' ', _indent * 4);
            _sb.Append(text);
        }

        _sb.Append('\n');
        return this;
    }

    /// <summary>Writes <paramref name="header"/> and an opening brace, then indents until <see cref="Close"/>.</summary>
    public SourceWriter Open(string header)
    {
        if (header.Length > 0)
        {
            Line(header);
        }

        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    /// <summary>Writes a preprocessor line at column 0.</summary>
    public SourceWriter Directive(string text)
    {
        _sb.Append(text).Append('\n');
        return this;
    }

    public override string ToString() => _sb.ToString();
}
