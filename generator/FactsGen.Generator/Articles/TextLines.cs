using System;
using System.Collections.Generic;
using System.Threading;

namespace FactsGen.Articles;

/// <summary>
/// A text with its line starts: the one place that says where lines end. Lines end at LF, CRLF or CR
/// only (docs/fact-files.md: nothing else ends an article line), as editors and the LSP number them.
/// Articles, the tools' quote locator and the language server's documents all split here.
/// Immutable: a changed text gives a new instance. Lines are 0-based here; citations count from 1.
/// </summary>
public sealed class TextLines
{
    private readonly int[] _lineStarts;

    public TextLines(string text)
        : this(text, CancellationToken.None)
    {
    }

    public TextLines(string text, CancellationToken cancellationToken)
    {
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }

            if ((starts.Count & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            starts.Add(i + 1);
        }

        _lineStarts = starts.ToArray();
    }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>The offset where 0-based <paramref name="line"/> starts.</summary>
    public int LineStart(int line) => _lineStarts[line];

    /// <summary>The offset where 0-based <paramref name="line"/> ends, before its line break.</summary>
    public int LineEnd(int line)
    {
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        if (end > _lineStarts[line] && Text[end - 1] == '\n')
        {
            end--;
        }

        if (end > _lineStarts[line] && Text[end - 1] == '\r')
        {
            end--;
        }

        return end;
    }

    /// <summary>The 0-based line's text without its line break.</summary>
    public string Line(int line)
    {
        var start = _lineStarts[line];
        return Text.Substring(start, LineEnd(line) - start);
    }

    /// <summary>The 0-based line that holds <paramref name="offset"/> (clamped to the text).</summary>
    public int LineOf(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, Text.Length));
        var line = Array.BinarySearch(_lineStarts, offset);
        return line < 0 ? ~line - 1 : line;
    }

    /// <summary>Every line's text without its line break, line 1 first.</summary>
    public IReadOnlyList<string> Lines()
    {
        var lines = new string[_lineStarts.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = Line(i);
        }

        return lines;
    }
}
