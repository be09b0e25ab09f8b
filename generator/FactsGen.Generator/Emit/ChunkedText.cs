using System;
using System.Text;

namespace FactsGen.Emit;

/// <summary>
/// A generated source kept in chunks of <see cref="ChunkSize"/> characters, with value equality.
/// A fact file's source easily passes 85 KB, and one string of it would go to the large object
/// heap, which only gen2 collections reclaim: over a big fact base those collections, each walking
/// every model the driver holds, cost a cold run more than emitting did (bench/README.md). Chunks
/// stay on the small object heap, and the compiler reads them through a
/// <see cref="Microsoft.CodeAnalysis.Text.SourceText"/> view (<see cref="ToSourceText"/>): the
/// text is held once, where a copy into a string or the compiler's own chunks would double it.
/// The driver (and an IDE, for the whole session) keeps every generated source, so a chunk is kept
/// at one byte per character (<see cref="Chunk"/>).
/// </summary>
internal sealed class ChunkedText : IEquatable<ChunkedText>
{
    /// <summary>Characters per chunk (4 KB as bytes, well under the large-object threshold).</summary>
    public const int ChunkSize = 4096;

    private readonly Chunk[] _chunks;

    private ChunkedText(Chunk[] chunks, int length)
    {
        _chunks = chunks;
        Length = length;
    }

    public int Length { get; }

    /// <summary>Appends text into full chunks of <see cref="ChunkSize"/> (the last one partly filled); <see cref="ToText"/> hands them over.</summary>
    internal sealed class Builder
    {
        /// <summary>
        /// The buffer a writer fills, one per thread: each full buffer is stored as a
        /// <see cref="Chunk"/> and the buffer is filled again, so writing a file allocates only its
        /// stored text, and the next file's writer takes the buffer over.
        /// </summary>
        [ThreadStatic]
        private static char[]? _spare;

        private readonly System.Collections.Generic.List<Chunk> _chunks = new();
        private char[] _current = TakeSpare();
        private int _used;
        private ChunkedText? _result;
        private int _length;

        public void Append(char c)
        {
            if (_used == ChunkSize)
            {
                Next();
            }

            _current[_used++] = c;
            _length++;
        }

        public void Append(char c, int repeat)
        {
            for (var i = 0; i < repeat; i++)
            {
                Append(c);
            }
        }

        public void Append(string text)
        {
            var at = 0;
            while (at < text.Length)
            {
                if (_used == ChunkSize)
                {
                    Next();
                }

                var n = Math.Min(text.Length - at, ChunkSize - _used);
                text.CopyTo(at, _current, _used, n);
                _used += n;
                at += n;
            }

            _length += text.Length;
        }

        // The same loop as for a string: a shared one would need a delegate per call on the hot path.
        public void Append(StringBuilder text)
        {
            var at = 0;
            while (at < text.Length)
            {
                if (_used == ChunkSize)
                {
                    Next();
                }

                var n = Math.Min(text.Length - at, ChunkSize - _used);
                text.CopyTo(at, _current, _used, n);
                _used += n;
                at += n;
            }

            _length += text.Length;
        }

        public ChunkedText ToText()
        {
            if (_result is not null)
            {
                return _result;
            }

            if (_used > 0)
            {
                _chunks.Add(Chunk.Of(_current, _used));
            }

            // The buffer is spare again, and the builder is done (an Append after this reaches Next, which refuses).
            _spare = _current;
            _current = null!;
            _used = ChunkSize;
            return _result = new ChunkedText(_chunks.ToArray(), _length);
        }

        private static char[] TakeSpare()
        {
            var spare = _spare ?? new char[ChunkSize];
            _spare = null;
            return spare;
        }

        private void Next()
        {
            if (_result is not null)
            {
                throw new InvalidOperationException("The text was handed over; nothing can be appended to it.");
            }

            _chunks.Add(Chunk.Of(_current, ChunkSize));
            _used = 0;
        }
    }

    /// <summary>
    /// One chunk, one byte per character: generated C# is ASCII but for the quotes and names in doc
    /// comments and literals, so each character above U+00FF (a typographic apostrophe, a dash, a
    /// non-Latin name) is kept aside with its position. A chunk with many of them keeps its
    /// characters as they are. The same text always gives the same chunk, so chunks compare field
    /// by field.
    /// </summary>
    internal sealed class Chunk : IEquatable<Chunk>
    {
        /// <summary>Beyond this many characters above U+00FF, the chunk keeps its characters as they are (two bytes each).</summary>
        private const int MaxWide = 256;

        /// <summary>ISO-8859-1: each byte is the character of the same number (the runtime's decoder for it is vectorized).</summary>
        private static readonly Encoding Latin1 = Encoding.GetEncoding(28591);

        private static readonly int[] NoPositions = new int[0];
        private static readonly char[] NoChars = new char[0];

        private readonly byte[]? _narrow;
        private readonly int[] _widePositions;
        private readonly char[] _wideChars;
        private readonly char[]? _chars;

        private Chunk(byte[]? narrow, int[] widePositions, char[] wideChars, char[]? chars)
        {
            _narrow = narrow;
            _widePositions = widePositions;
            _wideChars = wideChars;
            _chars = chars;
        }

        public int Length => _narrow?.Length ?? _chars!.Length;

        public static Chunk Of(char[] buffer, int length)
        {
            var wide = 0;
            for (var i = 0; i < length; i++)
            {
                if (buffer[i] > '\u00FF' && ++wide > MaxWide)
                {
                    var chars = new char[length];
                    Array.Copy(buffer, chars, length);
                    return new Chunk(null, NoPositions, NoChars, chars);
                }
            }

            var narrow = new byte[length];
            var positions = wide == 0 ? NoPositions : new int[wide];
            var wideChars = wide == 0 ? NoChars : new char[wide];
            var w = 0;
            for (var i = 0; i < length; i++)
            {
                var c = buffer[i];
                if (c > '\u00FF')
                {
                    positions[w] = i;
                    wideChars[w++] = c;
                }
                else
                {
                    narrow[i] = (byte)c;
                }
            }

            return new Chunk(narrow, positions, wideChars, null);
        }

        public char this[int index]
        {
            get
            {
                if (_narrow is null)
                {
                    return _chars![index];
                }

                if (_widePositions.Length > 0)
                {
                    var w = Array.BinarySearch(_widePositions, index);
                    if (w >= 0)
                    {
                        return _wideChars[w];
                    }
                }

                return (char)_narrow[index];
            }
        }

        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (_narrow is null)
            {
                Array.Copy(_chars!, sourceIndex, destination, destinationIndex, count);
                return;
            }

            Latin1.GetChars(_narrow, sourceIndex, count, destination, destinationIndex);

            var end = sourceIndex + count;
            for (var w = 0; w < _widePositions.Length; w++)
            {
                var at = _widePositions[w];
                if (at >= sourceIndex && at < end)
                {
                    destination[destinationIndex + at - sourceIndex] = _wideChars[w];
                }
            }
        }

        public bool Equals(Chunk? other) =>
            other is not null
            && (_narrow is null
                ? other._narrow is null && _chars.AsSpan().SequenceEqual(other._chars)
                : other._narrow is not null
                    && _narrow.AsSpan().SequenceEqual(other._narrow)
                    && _widePositions.AsSpan().SequenceEqual(other._widePositions)
                    && _wideChars.AsSpan().SequenceEqual(other._wideChars));

        public override bool Equals(object? obj) => obj is Chunk other && Equals(other);

        public override int GetHashCode() => Length;
    }

    /// <summary>The source text for the compiler: a view of the chunks, not a copy of them.</summary>
    public Microsoft.CodeAnalysis.Text.SourceText ToSourceText(Encoding encoding) => new ChunkedSourceText(this, encoding);

    /// <summary>Copies <paramref name="count"/> characters from <paramref name="sourceIndex"/> on.</summary>
    public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
    {
        while (count > 0)
        {
            var chunk = _chunks[sourceIndex / ChunkSize];
            var at = sourceIndex % ChunkSize;
            var n = Math.Min(count, chunk.Length - at);
            chunk.CopyTo(at, destination, destinationIndex, n);
            sourceIndex += n;
            destinationIndex += n;
            count -= n;
        }
    }

    public char this[int index] => _chunks[index / ChunkSize][index % ChunkSize];

    public bool Equals(ChunkedText? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Length != Length)
        {
            return false;
        }

        for (var i = 0; i < _chunks.Length; i++)
        {
            if (!_chunks[i].Equals(other._chunks[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => obj is ChunkedText other && Equals(other);

    public override int GetHashCode()
    {
        // Length and a sample of the text: equal texts hash equal; the driver compares with Equals.
        var hash = Length;
        if (_chunks.Length > 0)
        {
            var last = _chunks[_chunks.Length - 1];
            for (var i = 0; i < last.Length; i += 97)
            {
                hash = unchecked((hash * 31) + last[i]);
            }
        }

        return hash;
    }

    public override string ToString()
    {
        var chars = new char[Length];
        CopyTo(0, chars, 0, Length);
        return new string(chars);
    }

    /// <summary>
    /// A <see cref="Microsoft.CodeAnalysis.Text.SourceText"/> over the chunks (the compiler reads
    /// sources through <c>CopyTo</c>), so the generated text is held once, not twice.
    /// </summary>
    private sealed class ChunkedSourceText : Microsoft.CodeAnalysis.Text.SourceText
    {
        private readonly ChunkedText _text;
        private readonly Encoding _encoding;

        public ChunkedSourceText(ChunkedText text, Encoding encoding)
        {
            _text = text;
            _encoding = encoding;
        }

        public override Encoding Encoding => _encoding;

        public override int Length => _text.Length;

        public override char this[int position] => _text[position];

        public override void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count) =>
            _text.CopyTo(sourceIndex, destination, destinationIndex, count);
    }
}
