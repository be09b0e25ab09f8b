using System;
using System.Collections.Generic;
using System.Globalization;
using FactsGen.Diagnostics;
using FactsGen.Model;
using FactsGen.Values;
using FactsGen.Yaml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;

namespace FactsGen.Parsing;

/// <summary>
/// What the readers of a fact file's YAML share (<see cref="FactFileParser"/> for records,
/// <see cref="KindDeclarationReader"/> for the <c>kinds</c> section): locating nodes the way
/// editors count lines, reading mappings with duplicate keys reported, collecting diagnostics.
/// </summary>
public abstract class YamlFileReader
{
    protected readonly string _path;
    protected readonly List<DiagnosticInfo> _diagnostics = new();

    /// <summary>The file's text, for locating nodes (null when the file was refused unread).</summary>
    protected SourceText? _source;

    /// <summary>The line of the last position looked up (see <see cref="Position"/>).</summary>
    private int _lineHint;

    protected YamlFileReader(string path, SourceText? source)
    {
        _path = path;
        _source = source;
    }

    /// <summary>A mapping's entries with text keys; reports non-text keys and duplicates (FG0009), keeping the first.</summary>
    internal MappingEntries ReadMapping(YamlMapping mapping, string what) => new(this, mapping, what);

    /// <summary>
    /// What <see cref="ReadMapping"/> gives a <c>foreach</c>: a struct enumerator, because every record
    /// and citation of a cold build is read through one (an iterator object each cost megabytes).
    /// </summary>
    internal struct MappingEntries
    {
        private readonly YamlFileReader _reader;
        private readonly YamlMapping _mapping;
        private readonly string _what;

        // A record or citation has a handful of keys: a linear look-back finds duplicates without a
        // dictionary per mapping; a big mapping gets one (a look-back would be quadratic).
        private readonly Dictionary<string, YamlNode>? _seen;
        private int _next;

        public MappingEntries(YamlFileReader reader, YamlMapping mapping, string what)
        {
            _reader = reader;
            _mapping = mapping;
            _what = what;
            _seen = mapping.Entries.Count > 16 ? new Dictionary<string, YamlNode>() : null;
            _next = 0;
            Current = default;
        }

        public (YamlNode KeyNode, string Key, YamlNode Value) Current { get; private set; }

        public MappingEntries GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_next < _mapping.Entries.Count)
            {
                var i = _next++;
                var entry = _mapping.Entries[i];
                if (entry.Key is not YamlScalar key || key.IsNull)
                {
                    _reader.Report(DiagnosticDescriptors.InvalidValue, _reader.Locate(entry.Key), $"{_what} name", $"it is {entry.Key.Describe()}; a key must be plain text");
                    continue;
                }

                if (_seen is not null ? _seen.TryGetValue(key.Value, out var first) : TryFindEarlier(_mapping, i, key.Value, out first))
                {
                    _reader.Report(DiagnosticDescriptors.DuplicateKey, _reader.Locate(key), key.Value, first.Start.Line.ToString(CultureInfo.InvariantCulture));
                    continue;
                }

                _seen?.Add(key.Value, key);
                Current = (key, key.Value, entry.Value);
                return true;
            }

            return false;
        }
    }

    /// <summary>The first earlier entry with this text key, as the dictionary of a big mapping would find it.</summary>
    private static bool TryFindEarlier(YamlMapping mapping, int before, string key, out YamlNode first)
    {
        for (var j = 0; j < before; j++)
        {
            if (mapping.Entries[j].Key is YamlScalar earlier && !earlier.IsNull && earlier.Value == key)
            {
                first = earlier;
                return true;
            }
        }

        first = null!;
        return false;
    }

    /// <summary>Did-you-mean; and a key with no value is most often the tail of an unquoted value that a comma cut.</summary>
    internal static string UnknownFieldHint(string key, YamlNode value, IEnumerable<string> known)
    {
        var hint = Suggestions.DidYouMeanSentence(key, known);
        return value is YamlScalar { IsNull: true } && Suggestions.Nearest(key, known) is null
            ? hint + " If it is the rest of the value before it, put that value in quotes: a comma ends an unquoted value inside { } or [ ]."
            : hint;
    }


    internal void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

    /// <summary>As <see cref="Report"/>, with the did-you-mean value that replaces the node at fault (null: none).</summary>
    internal void ReportSuggesting(string? suggestion, DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments).WithSuggestion(suggestion));

    internal LocationInfo Locate(YamlNode node) => Locate(node.Start, node.End);

    protected LocationInfo Locate(Mark start, Mark end)
    {
        // The span comes from YamlDotNet's character indexes, kept within the text; its lines and
        // columns are computed from the text the way Roslyn and editors count them (YamlDotNet's own
        // line numbers disagree at the end of a file that does not end in a line break).
        var textLength = _source?.Length ?? 0;
        var startIndex = (int)Math.Min(Math.Max(0, start.Index), textLength);
        var endIndex = (int)Math.Min(Math.Max(startIndex, end.Index), textLength);
        if (_source is null)
        {
            return new LocationInfo(_path, startIndex, endIndex - startIndex, 0, 0, 0, 0);
        }

        var startPosition = Position(startIndex);
        var endPosition = Position(endIndex);
        return new LocationInfo(_path, startIndex, endIndex - startIndex, startPosition.Line, startPosition.Character, endPosition.Line, endPosition.Character);
    }

    /// <summary>
    /// <see cref="TextLineCollection.GetLinePosition"/>, faster: nodes are located in file order, so
    /// the line of the previous lookup or the next one is almost always it (no binary search).
    /// </summary>
    private LinePosition Position(int index)
    {
        var lines = _source!.Lines;
        var line = _lineHint;
        if (!(line < lines.Count && lines[line].Start <= index && (line + 1 == lines.Count || lines[line + 1].Start > index)))
        {
            line++;
            if (!(line < lines.Count && lines[line].Start <= index && (line + 1 == lines.Count || lines[line + 1].Start > index)))
            {
                line = lines.IndexOf(index);
            }
        }

        _lineHint = line;
        return new LinePosition(line, index - lines[line].Start);
    }
}
