using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using FactsGen.Diagnostics;
using FactsGen.Model;
using FactsGen.Schema;
using FactsGen.Values;
using FactsGen.Yaml;
using Microsoft.CodeAnalysis;
using YamlDotNet.Core;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.Parsing;

/// <summary>
/// Turns one YAML fact file into <see cref="FactRecord"/>s and diagnostics, checking everything
/// that one file can show: shape, sections, fields, values. Walks the kind descriptors, so every
/// kind is validated by the same code.
/// </summary>
internal sealed class FactFileParser
{
    private static readonly string[] CitationKeys = { "article", "line", "quote" };

    private readonly string _path;
    private readonly List<FactRecord> _records = new();
    private readonly List<DiagnosticInfo> _diagnostics = new();

    private FactFileParser(string path) => _path = path;

    public static ParsedFactFile Parse(string path, string text, CancellationToken cancellationToken) =>
        Parse(path, text, YamlLimits.Default, cancellationToken);

    public static ParsedFactFile Parse(string path, string text, YamlLimits limits, CancellationToken cancellationToken)
    {
        var parser = new FactFileParser(path);
        var read = YamlTreeReader.Read(text, limits, cancellationToken);
        foreach (var document in read.Documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            parser.ReadDocument(document.Root);
        }

        if (read.Problem is { } problem)
        {
            var descriptor = problem.IsLimit ? DiagnosticDescriptors.LimitExceeded : DiagnosticDescriptors.YamlSyntax;
            parser.Report(descriptor, parser.Locate(problem.Start, problem.End), problem.Message);
        }

        var diagnostics = parser._diagnostics.Distinct().ToList();
        diagnostics.Sort(DiagnosticInfo.Compare);
        return new ParsedFactFile(path, parser._records.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private void ReadDocument(YamlNode? root)
    {
        if (root is null || root is YamlScalar { IsNull: true })
        {
            return;
        }

        if (root is not YamlMapping mapping)
        {
            Report(DiagnosticDescriptors.InvalidValue, Locate(root), "fact document", $"it is {root.Describe()}; a fact document is a mapping whose keys are sections: {string.Join(", ", FactKinds.SectionNames)}");
            return;
        }

        foreach (var (keyNode, key, value) in ReadMapping(mapping, "section"))
        {
            var kind = FactKinds.FindSection(key);
            if (kind is null)
            {
                Report(DiagnosticDescriptors.UnknownSection, Locate(keyNode), key, Suggestions.DidYouMeanSentence(key, FactKinds.SectionNames));
                continue;
            }

            switch (value)
            {
                case YamlScalar { IsNull: true }:
                    break;
                case YamlSequence sequence:
                    foreach (var item in sequence.Items)
                    {
                        ReadRecord(kind, item);
                    }

                    break;
                default:
                    Report(DiagnosticDescriptors.InvalidValue, Locate(value), $"section '{key}'", $"it is {value.Describe()}; write a list of {kind.Noun} records, each starting with '- id: …'");
                    break;
            }
        }
    }

    private void ReadRecord(KindDescriptor kind, YamlNode node)
    {
        if (node is not YamlMapping mapping)
        {
            Report(DiagnosticDescriptors.InvalidValue, Locate(node), kind.Noun, $"each item of '{kind.Section}' must be a mapping of fields (id: …, …), not {node.Describe()}");
            return;
        }

        var fields = new FieldValue?[kind.Fields.Count];
        var recordLocation = mapping.Entries.Count > 0 ? Locate(mapping.Entries[0].Key) : Locate(mapping);
        if (!mapping.IsComplete)
        {
            // A syntax error cut this record short (FG0001 says where): declare its id, if it got
            // that far, so records that reference it do not each report it as unknown.
            DeclareIncomplete(kind, mapping, recordLocation);
            return;
        }

        var before = _diagnostics.Count;
        var present = new HashSet<string>();
        foreach (var (keyNode, key, value) in ReadMapping(mapping, "field"))
        {
            var index = kind.IndexOf(key);
            if (index < 0)
            {
                Report(DiagnosticDescriptors.UnknownField, Locate(keyNode), key, $"{kind.Noun} {DescribeRecord(mapping, kind)}", UnknownFieldHint(key, value, kind.Fields.Select(f => f.Name)), string.Join(", ", kind.Fields.Select(f => f.Name)));
                continue;
            }

            present.Add(key);
            fields[index] = ReadField(kind, kind.Fields[index], keyNode, value, mapping);
        }

        foreach (var field in kind.Fields)
        {
            if (field.IsRequired && !present.Contains(field.Name))
            {
                ReportMissing(kind, field, mapping, recordLocation);
            }
        }

        var idValue = fields[kind.IndexOf(kind.IdField.Name)];
        if (idValue is null)
        {
            return;
        }

        _records.Add(new FactRecord(kind.Kind, idValue.Text, recordLocation, idValue.Location, fields.ToEquatableArray(), _diagnostics.Count == before));
    }

    private void DeclareIncomplete(KindDescriptor kind, YamlMapping mapping, LocationInfo recordLocation)
    {
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key is YamlScalar { Value: "id" } && entry.Value is YamlScalar id && Slug.IsValid(id.Value))
            {
                var fields = new FieldValue?[kind.Fields.Count];
                _records.Add(new FactRecord(kind.Kind, id.Value, recordLocation, Locate(id), fields.ToEquatableArray(), IsValid: false));
                return;
            }
        }
    }

    private void ReportMissing(KindDescriptor kind, FieldDescriptor field, YamlMapping mapping, LocationInfo location)
    {
        if (field == kind.SourcesField)
        {
            Report(DiagnosticDescriptors.NoCitations, location, Capitalize(kind.Noun), IdOf(mapping) ?? "(no id)");
        }
        else
        {
            Report(DiagnosticDescriptors.MissingField, location, Capitalize($"{kind.Noun} {DescribeRecord(mapping, kind)}"), field.Name);
        }
    }

    private FieldValue? ReadField(KindDescriptor kind, FieldDescriptor field, YamlNode keyNode, YamlNode value, YamlMapping record)
    {
        var location = Locate(value);
        if (value is YamlScalar { IsNull: true } && !(field.IsList && !field.IsRequired))
        {
            // An empty value: fine for an optional field (absent), a missing value for a required one.
            if (field.IsRequired)
            {
                ReportMissing(kind, field, record, Locate(keyNode));
            }

            return null;
        }

        var nodes = field.IsList ? ListItems(field, value) : new[] { value };
        if (nodes is null)
        {
            Report(DiagnosticDescriptors.InvalidValue, location, $"'{field.Name}'", $"it is {value.Describe()}; write a list of {Describe(field)}");
            return null;
        }

        var items = new List<ScalarItem>();
        var citations = new List<CitationItem>();
        var ok = true;
        foreach (var node in nodes)
        {
            if (field.Type == ValueType.Citation)
            {
                var citation = ReadCitation(node);
                ok &= citation is not null;
                if (citation is not null) citations.Add(citation);
            }
            else
            {
                var item = ReadScalar(field, node);
                ok &= item is not null;
                if (item is not null) items.Add(item);
            }
        }

        if (!ok)
        {
            return null;
        }

        if (field.IsNonEmpty && items.Count + citations.Count == 0)
        {
            if (field == kind.SourcesField)
            {
                Report(DiagnosticDescriptors.NoCitations, Locate(keyNode), Capitalize(kind.Noun), IdOf(record) ?? "(no id)");
            }
            else
            {
                Report(DiagnosticDescriptors.InvalidValue, location, $"'{field.Name}'", $"the list is empty; name at least one {Describe(field)}");
            }

            return null;
        }

        return new FieldValue(items.ToEquatableArray(), citations.ToEquatableArray(), location);
    }

    /// <summary>A list's items; a single value stands for a list of one (spec §3). Null: not list-shaped.</summary>
    private static IReadOnlyList<YamlNode>? ListItems(FieldDescriptor field, YamlNode value) => value switch
    {
        YamlSequence sequence => sequence.Items,
        YamlScalar { IsNull: true } => Array.Empty<YamlNode>(),
        YamlScalar scalar when field.Type != ValueType.Citation => new YamlNode[] { scalar },
        YamlMapping mapping when field.Type == ValueType.Citation => new YamlNode[] { mapping },
        _ => null,
    };

    private ScalarItem? ReadScalar(FieldDescriptor field, YamlNode node)
    {
        if (node is not YamlScalar scalar || scalar.IsNull)
        {
            var what = field.IsList ? $"an item of '{field.Name}'" : $"'{field.Name}'";
            Report(DiagnosticDescriptors.InvalidValue, Locate(node), what, $"it is {node.Describe()}; write {Describe(field)}");
            return null;
        }

        var text = scalar.Value;
        if (!ValueSyntax.TryCanonicalize(field, text, out var canonical, out var error))
        {
            Report(DiagnosticDescriptors.InvalidValue, Locate(scalar), $"'{field.Name}'", error);
            return null;
        }

        return new ScalarItem(canonical, Locate(scalar));
    }

    private CitationItem? ReadCitation(YamlNode node)
    {
        if (node is not YamlMapping mapping)
        {
            Report(DiagnosticDescriptors.InvalidValue, Locate(node), "citation", $"it is {node.Describe()}; write {{ article: <article id>, line: <line number>, quote: \"<text on that line>\" }}");
            return null;
        }

        var values = new Dictionary<string, YamlScalar>();
        var ok = true;
        foreach (var (keyNode, key, value) in ReadMapping(mapping, "field"))
        {
            if (Array.IndexOf(CitationKeys, key) < 0)
            {
                Report(DiagnosticDescriptors.UnknownField, Locate(keyNode), key, "citation", UnknownFieldHint(key, value, CitationKeys), string.Join(", ", CitationKeys));
                ok = false;
            }
            else if (value is not YamlScalar scalar || scalar.IsNull)
            {
                Report(DiagnosticDescriptors.InvalidValue, Locate(value), $"citation '{key}'", $"it is {value.Describe()}; write {DescribeCitationKey(key)}");
                ok = false;
            }
            else
            {
                values[key] = scalar;
            }
        }

        var first = mapping.Entries.Count > 0 ? Locate(mapping.Entries[0].Key) : Locate(mapping);
        foreach (var key in CitationKeys)
        {
            if (!values.ContainsKey(key) && !mapping.Entries.Any(e => e.Key is YamlScalar s && s.Value == key))
            {
                Report(DiagnosticDescriptors.MissingField, first, "Citation", key);
                ok = false;
            }
        }

        if (!ok || values.Count < CitationKeys.Length)
        {
            return null;
        }

        var article = values["article"];
        var line = values["line"];
        var quote = values["quote"];
        if (!Slug.IsValid(article.Value))
        {
            Report(DiagnosticDescriptors.InvalidValue, Locate(article), "citation 'article'", Slug.Explain(article.Value));
            ok = false;
        }

        if (line.Style != ScalarStyle.Plain || !int.TryParse(line.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var lineNumber) || lineNumber < 1)
        {
            Report(DiagnosticDescriptors.InvalidValue, Locate(line), "citation 'line'", $"'{line.Value}' is not a line number; write the 1-based line of the article, e.g. 9");
            ok = false;
            lineNumber = 0;
        }

        if (quote.Value.Trim().Length == 0)
        {
            Report(DiagnosticDescriptors.InvalidValue, Locate(quote), "citation 'quote'", "the quote is empty; copy the cited words from the article line");
            ok = false;
        }

        return ok ? new CitationItem(article.Value, lineNumber, quote.Value, Locate(article), Locate(line), Locate(quote)) : null;
    }

    /// <summary>A mapping's entries with text keys; reports non-text keys and duplicates (FG0009), keeping the first.</summary>
    private IEnumerable<(YamlNode KeyNode, string Key, YamlNode Value)> ReadMapping(YamlMapping mapping, string what)
    {
        var seen = new Dictionary<string, YamlNode>();
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key is not YamlScalar key || key.IsNull)
            {
                Report(DiagnosticDescriptors.InvalidValue, Locate(entry.Key), $"{what} name", $"it is {entry.Key.Describe()}; a key must be plain text");
                continue;
            }

            if (seen.TryGetValue(key.Value, out var first))
            {
                Report(DiagnosticDescriptors.DuplicateKey, Locate(key), key.Value, first.Start.Line.ToString(CultureInfo.InvariantCulture));
                continue;
            }

            seen.Add(key.Value, key);
            yield return (key, key.Value, entry.Value);
        }
    }

    /// <summary>Did-you-mean; and a key with no value is most often the tail of an unquoted value that a comma cut.</summary>
    private static string UnknownFieldHint(string key, YamlNode value, IEnumerable<string> known)
    {
        var hint = Suggestions.DidYouMeanSentence(key, known);
        return value is YamlScalar { IsNull: true } && Suggestions.Nearest(key, known) is null
            ? hint + " If it is the rest of the value before it, put that value in quotes: a comma ends an unquoted value inside { } or [ ]."
            : hint;
    }

    private static string? IdOf(YamlMapping mapping) =>
        mapping.Entries.Where(e => e.Key is YamlScalar { Value: "id" }).Select(e => (e.Value as YamlScalar)?.Value).FirstOrDefault();

    private static string DescribeRecord(YamlMapping mapping, KindDescriptor kind) =>
        IdOf(mapping) is { Length: > 0 } id ? $"'{id}'" : "record";

    private static string Describe(FieldDescriptor field) => field.Type switch
    {
        ValueType.Reference => $"{FactKinds.Get(field.Target!.Value).Noun} id(s)",
        ValueType.Enum => $"one of {string.Join(", ", field.Enum!.Members.Select(m => m.Yaml))}",
        ValueType.Citation => "citations { article: …, line: …, quote: … }",
        ValueType.Date => "a date (YYYY, YYYY-MM or YYYY-MM-DD)",
        ValueType.Quantity => "a quantity (1500, ~1000, \">=1000\", <=1000, 1000..2000, dozens, hundreds, thousands)",
        ValueType.Country => "ISO 3166-1 alpha-2 country code(s) (e.g. NE)",
        ValueType.Url => "an absolute http(s) URL",
        _ => "text",
    };

    private static string DescribeCitationKey(string key) => key switch
    {
        "article" => "the id of a declared article",
        "line" => "the 1-based line number in the article",
        _ => "the words quoted from that line",
    };

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);

    private void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] arguments) =>
        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, arguments));

    private LocationInfo Locate(YamlNode node) => Locate(node.Start, node.End);

    private LocationInfo Locate(Mark start, Mark end)
    {
        // YamlDotNet marks are 1-based; Roslyn's line positions are 0-based.
        var startIndex = (int)Math.Max(0, start.Index);
        var length = (int)Math.Max(0, end.Index - start.Index);
        var endLine = Math.Max(end.Line, start.Line);
        var endColumn = end.Line > start.Line ? end.Column : Math.Max(end.Column, start.Column);
        return new LocationInfo(_path, startIndex, length, (int)Math.Max(0, start.Line - 1), (int)Math.Max(0, start.Column - 1), (int)Math.Max(0, endLine - 1), (int)Math.Max(0, endColumn - 1));
    }
}
