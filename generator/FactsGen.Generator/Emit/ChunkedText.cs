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
/// </summary>
internal sealed class ChunkedText : IEquatable<ChunkedText>
{
    /// <summary>Characters per chunk (8 KB, well under the large-object threshold).</summary>
    public const int ChunkSize = 4096;

    private readonly char[][] _chunks;

    private ChunkedText(char[][] chunks, int length)
    {
        _chunks = chunks;
        Length = length;
    }

    public int Length { get; }

    /// <summary>Appends text into full chunks of <see cref="ChunkSize"/> (the last one partly filled); <see cref="ToText"/> hands them over without a copy.</summary>
    internal sealed class Builder
    {
        /// <summary>
        /// A chunk to write into that no text owns yet, one per thread: <see cref="ToText"/> copies the
        /// last chunk to size anyway, so the buffer goes back for the next file's writer (small files,
        /// most of a small fact base, then allocate only their text).
        /// </summary>
        [ThreadStatic]
        private static char[]? _spare;

        private readonly System.Collections.Generic.List<char[]> _chunks = new();
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

            var chunks = new char[_chunks.Count + (_used > 0 ? 1 : 0)][];
            _chunks.CopyTo(chunks);
            if (_used > 0)
            {
                // The last chunk is cut to size (a copy of at most one chunk) so chunks compare as arrays.
                var last = new char[_used];
                Array.Copy(_current, last, _used);
                chunks[chunks.Length - 1] = last;
            }

            // The current chunk was copied, not handed over: it is spare again, and the builder is done
            // (an Append after this reaches Next, which refuses).
            _spare = _current;
            _current = null!;
            _used = ChunkSize;
            return _result = new ChunkedText(chunks, _length);
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

            _chunks.Add(_current);
            _current = new char[ChunkSize];
            _used = 0;
        }
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
            Array.Copy(chunk, at, destination, destinationIndex, n);
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
            if (!_chunks[i].AsSpan().SequenceEqual(other._chunks[i]))
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
        var sb = new StringBuilder(Length);
        foreach (var chunk in _chunks)
        {
            sb.Append(chunk);
        }

        return sb.ToString();
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
