using System.Threading;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactsGen.Articles;
using FactsGen.Tooling.Engine;
using FactsGen.LanguageServer.Features;
using FactsGen.LanguageServer.Protocol;
using FactsGen.LanguageServer.Workspace;
using FactsGen.Model;
using Range = FactsGen.LanguageServer.Protocol.Range;

namespace FactsGen.LanguageServer.Handlers;

/// <summary>
/// textDocument/documentSymbol: the outline of a fact file: each section (as it appears, in file
/// order) with its records, named by id, their summaries as detail.
/// </summary>
internal sealed class DocumentSymbolHandler
{
    private const int Module = 2;
    private const int Struct = 23;

    private readonly ServerContext _context;

    public DocumentSymbolHandler(ServerContext context) => _context = context;

    public DocumentSymbol[] Symbols(DocumentSymbolParams parameters, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_context.Document(parameters.TextDocument.Uri) is not var (snapshot, path, text) || !snapshot.FactFiles.TryGetValue(path, out var file))
        {
            return System.Array.Empty<DocumentSymbol>();
        }

        var sections = new List<DocumentSymbol>();
        var records = file.Parsed.Records;
        for (var i = 0; i < records.Count;)
        {
            var kind = snapshot.KindOf(records[i]);
            var children = new List<(FactRecord Record, int Start, int End)>();
            for (; i < records.Count && records[i].Kind == kind.Index && (children.Count == 0 || !StartsSection(text, children[^1].End, records[i].Location.Start)); i++)
            {
                var (start, end) = Extent(records[i]);
                children.Add((records[i], start, end));
            }

            var header = Header(text, children[0].Start, kind.Section);
            var sectionStart = header ?? children[0].Start;
            var sectionEnd = children[^1].End;
            var count = children.Count.ToString(CultureInfo.InvariantCulture);
            sections.Add(new DocumentSymbol(
                kind.Section,
                $"{count} {kind.Noun}{(children.Count == 1 ? string.Empty : "s")}",
                Module,
                text.RangeOf(sectionStart, sectionEnd - sectionStart),
                text.RangeOf(sectionStart, header is null ? 0 : kind.Section.Length),
                children.Select(c => new DocumentSymbol(
                    c.Record.Id,
                    snapshot.Summarize(c.Record),
                    Struct,
                    text.RangeOf(c.Start, c.End - c.Start),
                    text.RangeOf(c.Record.IdLocation.Start, c.Record.IdLocation.Length),
                    null)).ToArray()));
        }

        return sections.ToArray();
    }

    /// <summary>From a record's first key to the end of its last value.</summary>
    private static (int Start, int End) Extent(FactRecord record)
    {
        var start = System.Math.Min(record.Location.Start, record.IdLocation.Start);
        var end = record.IdLocation.Start + record.IdLocation.Length;
        foreach (var value in record.Fields)
        {
            if (value is not null)
            {
                end = System.Math.Max(end, value.Location.Start + value.Location.Length);
            }
        }

        return (start, end);
    }

    /// <summary>The offset of the section's key above a record, if the lines show it.</summary>
    private static int? Header(TextLines text, int recordStart, string section)
    {
        var line = text.PositionOf(recordStart).Line;
        for (var i = line; i >= 0; i--)
        {
            if (YamlText.KeyOn(text.Line(i)) is { Column: 0 } key && !text.Line(i).StartsWith("-", System.StringComparison.Ordinal))
            {
                return key.Name == section ? text.OffsetOf(new Position(i, 0)) : null;
            }
        }

        return null;
    }

    /// <summary>Whether a section key stands between two records of one kind (the section written twice).</summary>
    private static bool StartsSection(TextLines text, int previousEnd, int nextStart)
    {
        var from = text.PositionOf(previousEnd).Line + 1;
        var to = text.PositionOf(nextStart).Line;
        for (var i = from; i < to; i++)
        {
            if (YamlText.KeyOn(text.Line(i)) is { Column: 0 } && !text.Line(i).StartsWith("-", System.StringComparison.Ordinal) || text.Line(i).StartsWith("---", System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
