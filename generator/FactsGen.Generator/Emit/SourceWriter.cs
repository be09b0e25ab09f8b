using System.Text;

namespace FactsGen.Emit;

/// <summary>
/// An indented writer for generated C#; LF line ends so output is byte-identical everywhere. The
/// text goes into fixed chunks (<see cref="ChunkedText.Builder"/>), never one growing array: a fact
/// file's source passes the large-object-heap threshold, and handing it over costs no copy.
/// </summary>
internal sealed class SourceWriter
{
    private readonly ChunkedText.Builder _text = new();
    private readonly StringBuilder _line = new(256);
    private int _indent;

    /// <summary>
    /// Starts a line at the current indentation and gives a builder for its text, for hot paths that
    /// append their pieces directly instead of formatting a string first; <see cref="EndLine"/> ends it.
    /// </summary>
    public StringBuilder StartLine()
    {
        _line.Clear();
        return _line.Append(' ', _indent * 4);
    }

    public SourceWriter EndLine()
    {
        _text.Append(_line.Append('\n'));
        return this;
    }

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _text.Append(' ', _indent * 4);
            _text.Append(text);
        }

        _text.Append('\n');
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
        _text.Append(text);
        _text.Append('\n');
        return this;
    }

    public override string ToString() => _text.ToText().ToString();

    /// <summary>The text in chunks, never as one (possibly large-object-heap) string; the writer is done.</summary>
    public ChunkedText ToChunkedText() => _text.ToText();
}
