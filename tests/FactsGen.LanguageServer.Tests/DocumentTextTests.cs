using FactsGen.Articles;
using FactsGen.LanguageServer.Protocol;
using FactsGen.LanguageServer.Workspace;

namespace FactsGen.LanguageServer.Tests;

/// <summary>LSP positions (UTF-16, lines at LF, CRLF, CR) and didChange edits on a document's text.</summary>
public sealed class DocumentTextTests
{
    [Fact]
    public void Positions_CountUtf16CodeUnits_AndEveryLineBreak()
    {
        var text = new TextLines("a\r\nb\u2028c\rd\n\U0001F600e");

        Assert.Equal(4, text.LineCount);
        Assert.Equal("b\u2028c", text.Line(1));
        Assert.Equal(new Position(3, 2), text.PositionOf(text.Text.IndexOf('e', StringComparison.Ordinal)));
        Assert.Equal(text.Text.Length, text.OffsetOf(new Position(3, 3)));
    }

    [Fact]
    public void IncrementalChange_ReplacesTheRange_AcrossLines()
    {
        var text = new TextLines("one\ntwo\nthree\n");

        var changed = text.Apply(new TextDocumentContentChangeEvent(new Protocol.Range(new Position(0, 2), new Position(2, 1)), "E\nT"));

        Assert.Equal("onE\nThree\n", changed.Text);
    }

    [Fact]
    public void CharacterPastTheLineEnd_MeansTheLineEnd()
    {
        var text = new TextLines("ab\ncd");

        Assert.Equal(2, text.OffsetOf(new Position(0, 99)));
    }

    [Fact]
    public void LinePastTheEnd_IsRefused()
    {
        var text = new TextLines("ab\ncd");

        Assert.Throws<ArgumentOutOfRangeException>(() => text.Apply(new TextDocumentContentChangeEvent(new Protocol.Range(new Position(2, 0), new Position(2, 0)), "x")));
    }

    [Fact]
    public void FullChange_ReplacesEverything()
    {
        Assert.Equal("new", new TextLines("old").Apply(new TextDocumentContentChangeEvent(null, "new")).Text);
    }
}
