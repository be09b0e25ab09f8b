using System;
using FactsGen.Articles;
using FactsGen.LanguageServer.Protocol;
using Range = FactsGen.LanguageServer.Protocol.Range;

namespace FactsGen.LanguageServer.Workspace;

/// <summary>
/// LSP positions (0-based line, UTF-16 code unit) on a document's <see cref="TextLines"/>, the
/// engine's one line splitting: offsets to positions and back, and <c>didChange</c> edits.
/// </summary>
internal static class DocumentPositions
{
    /// <summary>
    /// The offset of a position. A character past the end of its line means the line's end (as the
    /// protocol says); a line past the end of the document is an error, so a stale or bogus edit is
    /// refused instead of being applied somewhere else.
    /// </summary>
    public static int OffsetOf(this TextLines text, Position position)
    {
        if (!text.Contains(position))
        {
            throw new ArgumentOutOfRangeException(nameof(position), FormattableString.Invariant($"position {position.Line}:{position.Character} is outside the document ({text.LineCount} lines)"));
        }

        return Math.Min(text.LineStart(position.Line) + position.Character, text.LineEnd(position.Line));
    }

    /// <summary>Whether a position lies in the document (its character may still be past its line's end).</summary>
    public static bool Contains(this TextLines text, Position position) =>
        position.Line >= 0 && position.Character >= 0 && position.Line < text.LineCount;

    public static Position PositionOf(this TextLines text, int offset)
    {
        offset = Math.Max(0, Math.Min(offset, text.Text.Length));
        var line = text.LineOf(offset);
        return new Position(line, offset - text.LineStart(line));
    }

    public static Range RangeOf(this TextLines text, int start, int length) => new(text.PositionOf(start), text.PositionOf(start + length));

    /// <summary>Applies one change of <c>textDocument/didChange</c>: a range replaced, or the whole text when no range.</summary>
    public static TextLines Apply(this TextLines text, TextDocumentContentChangeEvent change)
    {
        if (change.Range is null)
        {
            return new TextLines(change.Text ?? string.Empty);
        }

        var start = text.OffsetOf(change.Range.Start);
        var end = text.OffsetOf(change.Range.End);
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(change), "the change's range ends before it starts");
        }

        return new TextLines(string.Concat(text.Text.AsSpan(0, start), change.Text ?? string.Empty, text.Text.AsSpan(end)));
    }
}
