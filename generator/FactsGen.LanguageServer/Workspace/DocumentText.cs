using System;
using System.Collections.Generic;
using FactsGen.LanguageServer.Protocol;
using Range = FactsGen.LanguageServer.Protocol.Range;

namespace FactsGen.LanguageServer.Workspace;

/// <summary>
/// A document's text with its line starts, converting LSP positions (0-based line, UTF-16 code
/// unit) to offsets and back. Lines end at LF, CRLF or CR, as LSP says (and as docs/fact-files.md §1 counts
/// article lines). Immutable: a change gives a new instance.
/// </summary>
internal sealed class DocumentText
{
    private readonly int[] _lineStarts;

    public DocumentText(string text)
    {
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (c is '\r' or '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
    }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>The line's text without its line break.</summary>
    public string Line(int line)
    {
        var start = _lineStarts[line];
        return Text.Substring(start, LineEnd(line) - start);
    }

    /// <summary>
    /// The offset of a position. A character past the end of its line means the line's end (as the
    /// protocol says); a line past the end of the document is an error, so a stale or bogus edit is
    /// refused instead of being applied somewhere else.
    /// </summary>
    public int OffsetOf(Position position)
    {
        if (position.Line < 0 || position.Character < 0 || position.Line >= _lineStarts.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(position), FormattableString.Invariant($"position {position.Line}:{position.Character} is outside the document ({_lineStarts.Length} lines)"));
        }

        var start = _lineStarts[position.Line];
        return Math.Min(start + position.Character, LineEnd(position.Line));
    }

    /// <summary>Whether a position lies in the document (its character may still be past its line's end).</summary>
    public bool Contains(Position position) => position.Line >= 0 && position.Character >= 0 && position.Line < _lineStarts.Length;

    public Position PositionOf(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, Text.Length));
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new Position(line, offset - _lineStarts[line]);
    }

    public Range RangeOf(int start, int length) => new(PositionOf(start), PositionOf(start + length));

    /// <summary>Applies one change of <c>textDocument/didChange</c>: a range replaced, or the whole text when no range.</summary>
    public DocumentText Apply(TextDocumentContentChangeEvent change)
    {
        if (change.Range is null)
        {
            return new DocumentText(change.Text ?? string.Empty);
        }

        var start = OffsetOf(change.Range.Start);
        var end = OffsetOf(change.Range.End);
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(change), "the change's range ends before it starts");
        }

        return new DocumentText(string.Concat(Text.AsSpan(0, start), change.Text ?? string.Empty, Text.AsSpan(end)));
    }

    private int LineEnd(int line)
    {
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        while (end > _lineStarts[line] && Text[end - 1] is '\r' or '\n')
        {
            end--;
        }

        return end;
    }
}
