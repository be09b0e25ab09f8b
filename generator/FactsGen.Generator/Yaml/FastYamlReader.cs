using System.Collections.Generic;
using System.Text;
using System.Threading;
using YamlDotNet.Core;

namespace FactsGen.Yaml;

/// <summary>
/// Reads the plain YAML subset fact files are written in, about seven times faster than YamlDotNet's
/// event parser (which was most of a cold run's cost; bench --pieces): block mappings with plain keys, block sequences,
/// one-line plain, double- and single-quoted scalars, one-line flow lists and mappings,
/// comments and blank lines, LF or CRLF. It builds exactly the tree
/// <see cref="YamlTreeReader.ReadWithYamlDotNet"/> would (differential tests hold it to that), and
/// gives up (null) on anything else and on every error, so YamlDotNet reads and words those.
/// </summary>
internal static class FastYamlReader
{
    /// <summary>
    /// The file's tree, exactly as <see cref="YamlTreeReader.ReadWithYamlDotNet"/> would build it;
    /// or null when the file leaves the subset this reader knows (then YamlDotNet reads it).
    /// </summary>
    public static YamlReadResult? TryRead(string text, YamlLimits limits, CancellationToken cancellationToken)
    {
        if (text.Length > limits.MaxFileChars || !HasOnlySubsetCharacters(text))
        {
            return null;
        }

        var documents = new Reader(text, limits, cancellationToken).ReadDocuments();
        return documents is null ? null : new YamlReadResult(documents, null);
    }

    /// <summary>
    /// No tabs, lone CRs, control characters, byte-order marks, lone surrogates or the line breaks
    /// only YAML knows (NEL, LS, PS): YamlDotNet has rules of its own for each, so they go to it.
    /// </summary>
    private static bool HasOnlySubsetCharacters(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ')
            {
                if (c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
                {
                    continue;
                }

                return false;
            }

            if (c < '\u007F')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (c <= '\u009F' || c is >= '\uD800' and <= '\uDFFF' || c is '\u2028' or '\u2029' or '\uFEFF' || c >= '\uFFFE')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A recursive descent over lines. Every method leaves the reader after what it read; a block
    /// value leaves it at the first character of the next line with content (<see cref="_indent"/>
    /// set) or at the end (<see cref="_atEnd"/>). Null means "not in the subset".
    /// </summary>
    private sealed class Reader
    {
        /// <summary>YamlDotNet gives up on a simple key longer than this (1024), so such keys go to it.</summary>
        private const int MaxKeyLength = 1000;

        private const char NoMarker = '\0';

        /// <summary>Texts this short are looked up in <see cref="Pool"/> before a new string is made.</summary>
        private const int MaxPooledLength = 40;

        /// <summary>
        /// Recent short texts by hash, shared by every file the process reads (a collision replaces the
        /// older), as Roslyn's own string table: keys, ids, enum members, dates and article ids repeat
        /// across files, and the driver keeps every file's model, so one pool per file kept a copy per
        /// file. Lossy and bounded (at most this many texts of up to 40 characters stay alive); a slot is
        /// one reference, so readers on other threads see a whole text or another one, never a torn one.
        /// </summary>
        private static readonly string?[] Pool = new string?[1 << 14];

        private readonly List<List<KeyValuePair<YamlNode, YamlNode>>> _entries = new();
        private readonly List<List<YamlNode>> _items = new();

        private readonly string _text;
        private readonly YamlLimits _limits;
        private readonly CancellationToken _cancellationToken;
        private int _pos;
        private int _line = 1;
        private int _lineStart;
        private int _indent;
        private bool _atEnd;

        /// <summary>The document marker the reader stopped at: '-' for '---', '.' for '...'.</summary>
        private char _marker = NoMarker;
        private int _depth;
        private long _nodes;

        public Reader(string text, YamlLimits limits, CancellationToken cancellationToken)
        {
            _text = text;
            _limits = limits;
            _cancellationToken = cancellationToken;
        }

        /// <summary>
        /// One or more documents, each a mapping: '---' may open each, '...' may close each (then
        /// '---' or the end must follow). Empty files and documents are YamlDotNet's to describe.
        /// </summary>
        public List<YamlDocument>? ReadDocuments()
        {
            var documents = new List<YamlDocument>();
            NextContentLine();
            while (!_atEnd)
            {
                if (_marker == '-' && !(SkipMarkerLine() && NextContentLine()))
                {
                    return null;
                }

                if (_marker != NoMarker || IsSequenceEntry())
                {
                    return null;
                }

                var root = ReadBlockMapping(_indent);
                if (root is null || (!_atEnd && _marker == NoMarker))
                {
                    return null;
                }

                documents.Add(new YamlDocument(root));
                if (_marker == '.')
                {
                    // After '...' only another '---' document or the end.
                    if (!SkipMarkerLine())
                    {
                        return null;
                    }

                    NextContentLine();
                    if (!_atEnd && _marker != '-')
                    {
                        return null;
                    }
                }
            }

            return documents.Count == 0 ? null : documents;
        }

        /// <summary>Past a '---' or '...' line, which must hold nothing else; clears <see cref="_marker"/>.</summary>
        private bool SkipMarkerLine()
        {
            _pos += 3;
            _marker = NoMarker;
            SkipSpaces();
            if (!AtLineEnd())
            {
                return false;
            }

            SkipToNextLine();
            return true;
        }

        private YamlMapping? ReadBlockMapping(int indent)
        {
            if (!Open())
            {
                return null;
            }

            var start = MarkAt(_pos);
            var entries = Scratch(_entries);
            while (true)
            {
                var key = ReadBlockKey();
                var value = key is null ? null : ReadBlockValue(indent);
                if (value is null)
                {
                    return null;
                }

                entries.Add(new KeyValuePair<YamlNode, YamlNode>(key!, value));
                if (_atEnd || _indent < indent)
                {
                    break;
                }

                if (_indent > indent)
                {
                    return null;
                }
            }

            // A block collection ends where its last child does (as YamlTreeReader sets it).
            var mapping = new YamlMapping(start, entries[entries.Count - 1].Value.End, entries);
            _depth--;
            return mapping;
        }

        private YamlSequence? ReadBlockSequence(int indent)
        {
            if (!Open())
            {
                return null;
            }

            var start = MarkAt(_pos);
            var items = Scratch(_items);
            while (true)
            {
                var item = IsSequenceEntry() ? ReadSequenceItem() : null;
                if (item is null)
                {
                    return null;
                }

                items.Add(item);
                if (_atEnd || _indent < indent)
                {
                    break;
                }

                if (_indent > indent)
                {
                    return null;
                }
            }

            var sequence = new YamlSequence(start, items[items.Count - 1].End, items);
            _depth--;
            return sequence;
        }

        /// <summary>After '- ': a compact mapping (<c>- id: x</c>), or a one-line value.</summary>
        private YamlNode? ReadSequenceItem()
        {
            _pos++;
            SkipSpaces();
            if (AtLineEnd() || _text[_pos] == '#' || IsSequenceEntry())
            {
                return null;
            }

            var c = _text[_pos];
            if (c is not ('"' or '\'' or '[' or '{') && ScanBlockPlain(_pos, out _) == Stop.Colon)
            {
                return ReadBlockMapping(_pos - _lineStart);
            }

            return ReadLineValue();
        }

        /// <summary>A plain key and its ':', which must be followed by a space or the line's end.</summary>
        private YamlScalar? ReadBlockKey()
        {
            var start = _pos;
            if (!IsPlainStart(start) || ScanBlockPlain(start, out var end) != Stop.Colon || end != _colon || end - start > MaxKeyLength || HasAliasLikeWord(start, end))
            {
                return null;
            }

            _pos = end + 1;
            return Scalar(Text(start, end), ScalarStyle.Plain, start, end);
        }

        /// <summary>After 'key:': a one-line value, or a block collection on the lines below.</summary>
        private YamlNode? ReadBlockValue(int indent)
        {
            var spaced = SkipSpaces();
            if (!AtLineEnd() && !(spaced && _text[_pos] == '#'))
            {
                return ReadLineValue();
            }

            // A key with nothing below it is null; YamlDotNet places that, and an indentless
            // list ('key:' then '- ' at the key's indentation), its own way.
            SkipToNextLine();
            if (!NextContentLine() || _indent <= indent)
            {
                return null;
            }

            return IsSequenceEntry() ? ReadBlockSequence(_indent) : ReadBlockMapping(_indent);
        }

        /// <summary>A scalar or flow collection that ends the line (a comment may follow).</summary>
        private YamlNode? ReadLineValue()
        {
            YamlNode? node;
            switch (_text[_pos])
            {
                case '[':
                    node = ReadFlowSequence();
                    break;
                case '{':
                    node = ReadFlowMapping();
                    break;
                case '"':
                    node = ReadDoubleQuoted();
                    break;
                case '\'':
                    node = ReadSingleQuoted();
                    break;
                default:
                    var start = _pos;
                    if (!IsPlainStart(start) || ScanBlockPlain(start, out var end) == Stop.Colon)
                    {
                        return null;
                    }

                    node = Scalar(Text(start, end), ScalarStyle.Plain, start, end);
                    _pos = end;
                    break;
            }

            if (node is null || !EndLine())
            {
                return null;
            }

            NextContentLine();
            return node;
        }

        private YamlSequence? ReadFlowSequence()
        {
            if (!Open())
            {
                return null;
            }

            var start = MarkAt(_pos);
            var items = Scratch(_items);
            _pos++;
            SkipSpaces();
            if (!AtLineEnd() && _text[_pos] != ']')
            {
                while (true)
                {
                    var item = ReadFlowNode();
                    if (item is null)
                    {
                        return null;
                    }

                    items.Add(item);
                    if (!FlowSeparator(']'))
                    {
                        break;
                    }
                }
            }

            return CloseFlow(new YamlSequence(start, start, items), ']');
        }

        private YamlMapping? ReadFlowMapping()
        {
            if (!Open())
            {
                return null;
            }

            var opened = MarkAt(_pos);
            var entries = Scratch(_entries);
            _pos++;
            SkipSpaces();
            if (!AtLineEnd() && _text[_pos] != '}')
            {
                while (true)
                {
                    // A plain key right before ': ', then a scalar value.
                    var start = _pos;
                    if (!IsPlainStart(start) || ScanFlowPlain(start, out var end) != Stop.Colon || end != _colon || _colon + 1 >= _text.Length || _text[_colon + 1] != ' ' || HasAliasLikeWord(start, end))
                    {
                        return null;
                    }

                    var key = Scalar(Text(start, end), ScalarStyle.Plain, start, end);
                    _pos = end + 1;
                    SkipSpaces();
                    var value = key is null || AtLineEnd() || _text[_pos] is ',' or '}' ? null : ReadFlowNode();
                    if (value is null)
                    {
                        return null;
                    }

                    entries.Add(new KeyValuePair<YamlNode, YamlNode>(key!, value));
                    if (!FlowSeparator('}'))
                    {
                        break;
                    }
                }
            }

            return CloseFlow(new YamlMapping(opened, opened, entries), '}');
        }

        /// <summary>
        /// After a flow item: true past ', ' when another item follows; else false, left at the
        /// closing bracket or where the collection leaves the subset (then <see cref="CloseFlow"/> refuses).
        /// </summary>
        private bool FlowSeparator(char close)
        {
            SkipSpaces();
            if (AtLineEnd() || _text[_pos] != ',')
            {
                return false;
            }

            var comma = _pos;
            _pos++;
            SkipSpaces();
            if (AtLineEnd() || _text[_pos] == close || _text[_pos] == ',')
            {
                // A trailing comma (or ',,') is YamlDotNet's to judge: stay on the comma.
                _pos = comma;
                return false;
            }

            return true;
        }

        private T? CloseFlow<T>(T node, char close)
            where T : YamlNode
        {
            if (AtLineEnd() || _text[_pos] != close)
            {
                return null;
            }

            // The span ends after the closing bracket (as YamlTreeReader sets it).
            node.End = MarkAt(_pos + 1);
            _pos++;
            _depth--;
            return node;
        }

        /// <summary>An item or value inside a flow collection: a scalar or a flow collection on the same line.</summary>
        private YamlNode? ReadFlowNode()
        {
            switch (_text[_pos])
            {
                case '[':
                    return ReadFlowSequence();
                case '{':
                    return ReadFlowMapping();
                case '"':
                    return ReadDoubleQuoted();
                case '\'':
                    return ReadSingleQuoted();
                default:
                    var start = _pos;
                    if (!IsPlainStart(start) || _text[start] == '-' || ScanFlowPlain(start, out var end) != Stop.FlowIndicator)
                    {
                        return null;
                    }

                    _pos = end;
                    return Scalar(Text(start, end), ScalarStyle.Plain, start, end);
            }
        }

        private YamlScalar? ReadDoubleQuoted()
        {
            var start = _pos;
            StringBuilder? unescaped = null;
            var run = start + 1;
            var i = run;
            while (true)
            {
                if (i >= _text.Length || IsBreak(_text[i]))
                {
                    return null;
                }

                var c = _text[i];
                if (c == '"')
                {
                    break;
                }

                if (c != '\\')
                {
                    i++;
                    continue;
                }

                unescaped ??= new StringBuilder();
                unescaped.Append(_text, run, i - run);
                var length = AppendEscape(i + 1, unescaped);
                if (length == 0)
                {
                    return null;
                }

                i += 1 + length;
                run = i;
            }

            var value = unescaped is null ? Text(start + 1, i) : unescaped.Append(_text, run, i - run).ToString();
            _pos = i + 1;
            return Scalar(value, ScalarStyle.DoubleQuoted, start, _pos);
        }

        /// <summary>The escape after a '\' at <paramref name="at"/>: how many characters it takes, or 0 if it is not one this reader knows.</summary>
        private int AppendEscape(int at, StringBuilder into)
        {
            if (at >= _text.Length)
            {
                return 0;
            }

            char? simple = _text[at] switch
            {
                '\\' => '\\',
                '"' => '"',
                'n' => '\n',
                't' => '\t',
                'r' => '\r',
                '0' => '\0',
                'a' => '\a',
                'b' => '\b',
                'e' => '\u001B',
                'f' => '\f',
                'v' => '\v',
                ' ' => ' ',
                'N' => '\u0085',
                '_' => '\u00A0',
                'L' => '\u2028',
                'P' => '\u2029',
                _ => null,
            };
            if (simple is { } escaped)
            {
                into.Append(escaped);
                return 1;
            }

            var digits = _text[at] switch { 'x' => 2, 'u' => 4, _ => 0 };
            if (digits == 0 || at + digits >= _text.Length)
            {
                return 0;
            }

            var code = 0;
            for (var i = at + 1; i <= at + digits; i++)
            {
                var digit = HexValue(_text[i]);
                if (digit < 0)
                {
                    return 0;
                }

                code = (code * 16) + digit;
            }

            // Surrogates (halves of a pair, or an unpaired one) are YamlDotNet's to combine or refuse.
            if (code is >= 0xD800 and <= 0xDFFF)
            {
                return 0;
            }

            into.Append((char)code);
            return 1 + digits;
        }

        private YamlScalar? ReadSingleQuoted()
        {
            var start = _pos;
            StringBuilder? unescaped = null;
            var run = start + 1;
            var i = run;
            while (true)
            {
                if (i >= _text.Length || IsBreak(_text[i]))
                {
                    return null;
                }

                if (_text[i] != '\'')
                {
                    i++;
                    continue;
                }

                if (i + 1 < _text.Length && _text[i + 1] == '\'')
                {
                    // '' is one quote mark.
                    unescaped ??= new StringBuilder();
                    unescaped.Append(_text, run, i + 1 - run);
                    i += 2;
                    run = i;
                    continue;
                }

                break;
            }

            var value = unescaped is null ? Text(start + 1, i) : unescaped.Append(_text, run, i - run).ToString();
            _pos = i + 1;
            return Scalar(value, ScalarStyle.SingleQuoted, start, _pos);
        }

        private enum Stop
        {
            LineEnd,
            Colon,
            Comment,
            FlowIndicator,
        }

        /// <summary>Where the last scan met ':' (for a key's end).</summary>
        private int _colon;

        /// <summary>
        /// A block plain scalar from <paramref name="start"/>: it ends at ': ' (or ':' ending the
        /// line), at ' #', or at the line's end; <paramref name="end"/> is after its last non-space.
        /// </summary>
        private Stop ScanBlockPlain(int start, out int end)
        {
            end = start;
            for (var i = start; i < _text.Length; i++)
            {
                var c = _text[i];
                if (IsBreak(c))
                {
                    return Stop.LineEnd;
                }

                if (c == ':' && (i + 1 == _text.Length || _text[i + 1] is ' ' or '\n' or '\r'))
                {
                    _colon = i;
                    return Stop.Colon;
                }

                if (c == ' ')
                {
                    if (i + 1 < _text.Length && _text[i + 1] == '#')
                    {
                        return Stop.Comment;
                    }

                    continue;
                }

                end = i + 1;
            }

            return Stop.LineEnd;
        }

        /// <summary>
        /// A flow plain scalar: it ends before ',', '[', ']', '{' or '}' (<see cref="Stop.FlowIndicator"/>)
        /// or at a ':' (<see cref="Stop.Colon"/>); a comment or the line's end inside a flow
        /// collection leaves the subset (<see cref="Stop.LineEnd"/>).
        /// </summary>
        private Stop ScanFlowPlain(int start, out int end)
        {
            end = start;
            for (var i = start; i < _text.Length; i++)
            {
                var c = _text[i];
                switch (c)
                {
                    case '\n' or '\r':
                        return Stop.LineEnd;
                    case ',' or '[' or ']' or '{' or '}':
                        return Stop.FlowIndicator;
                    case ':':
                        _colon = i;
                        return Stop.Colon;
                    case ' ':
                        if (i + 1 < _text.Length && _text[i + 1] == '#')
                        {
                            return Stop.LineEnd;
                        }

                        continue;
                    default:
                        end = i + 1;
                        break;
                }
            }

            return Stop.LineEnd;
        }

        /// <summary>
        /// A key with a word starting with '*' ('a *x: b'): YamlDotNet does not end such a key at
        /// its ': ' when it opens a mapping (found by the differential tests), so it reads those.
        /// </summary>
        private bool HasAliasLikeWord(int start, int end) =>
            _text.IndexOf(" *", start, end - start, System.StringComparison.Ordinal) >= 0;

        /// <summary>
        /// Whether a plain scalar may start here: not with an indicator, and '-' only before a
        /// non-space ('?' and ':' openings are left to YamlDotNet).
        /// </summary>
        private bool IsPlainStart(int at)
        {
            if (at >= _text.Length)
            {
                return false;
            }

            switch (_text[at])
            {
                case ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or '?' or ':' or ' ' or '\n' or '\r':
                    return false;
                case '-':
                    return at + 1 < _text.Length && _text[at + 1] is not (' ' or '\n' or '\r');
                default:
                    return true;
            }
        }

        private bool IsSequenceEntry() =>
            _text[_pos] == '-' && (_pos + 1 == _text.Length || _text[_pos + 1] is ' ' or '\n' or '\r');

        /// <summary>
        /// Moves from a line's start to the first character of the next line with content (not
        /// blank, not only a comment) and sets <see cref="_indent"/>; false at the end of the text
        /// (<see cref="_atEnd"/>), or at a document marker ('---', '...': <see cref="_marker"/>).
        /// </summary>
        private bool NextContentLine()
        {
            while (true)
            {
                if ((_line & 0xFF) == 0)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                }

                var i = _pos;
                while (i < _text.Length && _text[i] == ' ')
                {
                    i++;
                }

                if (i == _text.Length)
                {
                    _pos = i;
                    _atEnd = true;
                    return false;
                }

                if (IsBreak(_text[i]) || _text[i] == '#')
                {
                    _pos = i;
                    SkipToNextLine();
                    continue;
                }

                _indent = i - _lineStart;
                _pos = i;
                if (_indent == 0 && IsDocumentMarker(i))
                {
                    // Every open block ends here (an indent below all of them).
                    _marker = _text[i];
                    _indent = -1;
                    return false;
                }

                return true;
            }
        }

        private bool IsDocumentMarker(int at) =>
            at + 2 < _text.Length
            && ((_text[at] == '-' && _text[at + 1] == '-' && _text[at + 2] == '-') || (_text[at] == '.' && _text[at + 1] == '.' && _text[at + 2] == '.'))
            && (at + 3 == _text.Length || _text[at + 3] is ' ' or '\n' or '\r');

        /// <summary>After a value: only spaces and a comment (after a space) may end the line.</summary>
        private bool EndLine()
        {
            var spaced = SkipSpaces();
            if (AtLineEnd())
            {
                SkipToNextLine();
                return true;
            }

            if (spaced && _text[_pos] == '#')
            {
                SkipToNextLine();
                return true;
            }

            return false;
        }

        /// <summary>Past the rest of this line and its line break (LF or CRLF).</summary>
        private void SkipToNextLine()
        {
            var i = _text.IndexOf('\n', _pos);
            if (i < 0)
            {
                _pos = _text.Length;
                return;
            }

            _pos = i + 1;
            _line++;
            _lineStart = _pos;
        }

        private bool SkipSpaces()
        {
            var start = _pos;
            while (_pos < _text.Length && _text[_pos] == ' ')
            {
                _pos++;
            }

            return _pos > start;
        }

        private bool AtLineEnd() => _pos >= _text.Length || IsBreak(_text[_pos]);

        private static bool IsBreak(char c) => c is '\n' or '\r';

        private static int HexValue(char c) => c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => -1,
        };

        /// <summary>
        /// The list a collection at the current depth collects its children in, cleared: the node is
        /// made once they are all read, with lists of the right size (growing each record's list
        /// was megabytes of a cold build). One per depth, as a collection's children nest.
        /// </summary>
        private List<T> Scratch<T>(List<List<T>> byDepth)
        {
            while (byDepth.Count <= _depth)
            {
                byDepth.Add(new List<T>());
            }

            var list = byDepth[_depth];
            list.Clear();
            return list;
        }

        /// <summary>A new collection, within the depth and node limits (past them, YamlDotNet reports FG0015).</summary>
        private bool Open()
        {
            if (_depth >= _limits.MaxDepth || ++_nodes > _limits.MaxNodes)
            {
                return false;
            }

            _depth++;
            return true;
        }

        private YamlScalar? Scalar(string value, ScalarStyle style, int start, int end) =>
            value.Length > _limits.MaxScalarChars || ++_nodes > _limits.MaxNodes
                ? null
                : new YamlScalar(value, style, MarkAt(start), MarkAt(end));

        /// <summary>
        /// The text from <paramref name="start"/> to <paramref name="end"/>; a short one from the
        /// <see cref="Pool"/> of recent texts when it is there. Keys, ids, enum members and dates repeat on
        /// every record, and one string each was a large share of a cold run's allocations.
        /// </summary>
        private string Text(int start, int end)
        {
            var length = end - start;
            if (length > MaxPooledLength)
            {
                return _text.Substring(start, length);
            }

            var hash = length;
            for (var i = start; i < end; i++)
            {
                hash = unchecked((hash * 31) + _text[i]);
            }

            var slot = (hash ^ (hash >> 15)) & (Pool.Length - 1);
            var pooled = Pool[slot];
            if (pooled is not null && pooled.Length == length && string.CompareOrdinal(_text, start, pooled, 0, length) == 0)
            {
                return pooled;
            }

            var text = _text.Substring(start, length);
            Pool[slot] = text;
            return text;
        }

        /// <summary>A position on the current line (every node starts and ends on the line being read).</summary>
        private Mark MarkAt(int index) => new(index, _line, index - _lineStart + 1);
    }
}
