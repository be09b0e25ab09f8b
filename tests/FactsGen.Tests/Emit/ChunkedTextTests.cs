using System.Text;
using FactsGen.Emit;
using Microsoft.CodeAnalysis.Text;

namespace FactsGen.Tests.Emit;

/// <summary>
/// Generated sources are kept one byte per character, with the characters above U+00FF set aside
/// (<see cref="ChunkedText.Chunk"/>): what the compiler reads back must be exactly what was written,
/// at every chunk boundary, and equality must follow the text.
/// </summary>
public class ChunkedTextTests
{
    private const int Size = ChunkedText.ChunkSize;

    public static TheoryData<string> Texts() => new()
    {
        string.Empty,
        "x",
        new string('a', Size),
        new string('a', Size + 1),
        // Wide characters at the first and last place of a chunk, and on both sides of a boundary.
        "\u2019" + new string('a', Size - 2) + "\u201C" + "\u201D" + new string('b', Size) + "\u00E9\u00FF\u0100",
        // More wide characters in one chunk than a chunk sets aside: kept as they are.
        new string('\u2014', Size * 2 + 7),
        // Latin-1 (one byte each), a surrogate pair split by a chunk boundary, and a lone surrogate.
        "caf\u00E9 " + new string('z', Size - 6) + "\uD83D\uDE00 end \uD800",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void WhatIsReadBackIsWhatWasWritten(string text)
    {
        var chunked = Write(text);

        Assert.Equal(text.Length, chunked.Length);
        Assert.Equal(text, chunked.ToString());
        for (var i = 0; i < text.Length; i++)
        {
            Assert.Equal(text[i], chunked[i]);
        }

        var source = chunked.ToSourceText(Encoding.UTF8);
        Assert.Equal(text, source.ToString());
        if (text.Length > 10)
        {
            // Windows that start and end inside chunks, as the compiler's lexer reads them.
            var start = Size - 3 < text.Length ? Size - 3 : 1;
            var count = Math.Min(text.Length - start, Size + 9);
            var window = new char[count + 2];
            source.CopyTo(start, window, 1, count);
            Assert.Equal(text.Substring(start, count), new string(window, 1, count));
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void EqualTextsAreEqualAndOneCharacterLessIsNot(string text)
    {
        Assert.Equal(Write(text), Write(text));
        Assert.Equal(Write(text).GetHashCode(), Write(text).GetHashCode());
        if (text.Length > 0)
        {
            foreach (var at in new[] { 0, text.Length / 2, text.Length - 1 })
            {
                var changed = text.Remove(at, 1).Insert(at, text[at] == '\u2019' ? "'" : "\u2019");
                Assert.NotEqual(Write(text), Write(changed));
            }
        }
    }

    [Fact]
    public void TheChecksumIsTheTextsChecksum()
    {
        var text = "/// <summary>“Wagner’s” fighters</summary>\n" + new string('x', Size * 2);

        Assert.Equal(
            SourceText.From(text, Encoding.UTF8).GetChecksum().ToArray(),
            Write(text).ToSourceText(Encoding.UTF8).GetChecksum().ToArray());
    }

    private static ChunkedText Write(string text)
    {
        // In uneven pieces, so appends cross chunk boundaries mid-string.
        var builder = new ChunkedText.Builder();
        for (var at = 0; at < text.Length;)
        {
            var n = Math.Min(text.Length - at, 1 + (at % 1013));
            if (n == 1)
            {
                builder.Append(text[at]);
            }
            else
            {
                builder.Append(text.Substring(at, n));
            }

            at += n;
        }

        return builder.ToText();
    }
}
