using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using FactsGen.Diagnostics;
using FactsGen.Model;
using FactsGen.Schema;
using FactsGen.Values;
using FactsGen.Yaml;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.Core;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.Parsing;

/// <summary>
/// Turns one YAML fact file into <see cref="FactRecord"/>s and diagnostics, checking everything
/// that one file can show: shape, sections, fields, values. Walks the kind descriptors, so every
/// kind is validated by the same code.
/// </summary>
public sealed partial class FactFileParser : YamlFileReader
{
    private static readonly string[] CitationKeys = { "article", "line", "quote" };

    private readonly List<FactRecord> _records = new();
    private readonly SortedSet<int> _unreadKinds = new();
    private readonly FactSchema _schema;

    private FactFileParser(string path, SourceText? source, FactSchema schema)
        : base(path, source) => _schema = schema;

    /// <summary>One file on its own, with the built-in kinds only (tests and benchmarks of the parser).</summary>
    public static ParsedFactFile Parse(string path, string text, CancellationToken cancellationToken) =>
        Parse(path, text, FactSchema.BuiltIn, YamlLimits.Default, cancellationToken);

    /// <summary>As <see cref="Parse(string, string, CancellationToken)"/>, within other limits.</summary>
    public static ParsedFactFile Parse(string path, string text, YamlLimits limits, CancellationToken cancellationToken) =>
        Parse(path, text, FactSchema.BuiltIn, limits, cancellationToken);

    public static ParsedFactFile Parse(string path, string text, FactSchema schema, CancellationToken cancellationToken) =>
        Parse(path, text, schema, YamlLimits.Default, cancellationToken);

    /// <summary>A file over the size limit: FG0015, without copying its text into a string first.</summary>
    public static ParsedFactFile RefuseTooLarge(string path, int length)
    {
        var parser = new FactFileParser(path, null, FactSchema.BuiltIn);
        var problem = YamlTreeReader.TooLarge(length, YamlLimits.Default);
        parser.Report(DiagnosticDescriptors.LimitExceeded, parser.Locate(problem.Start, problem.End), problem.Message);
        return new ParsedFactFile(path, EquatableArray<FactRecord>.Empty, parser._diagnostics.ToEquatableArray());
    }

    public static ParsedFactFile Parse(string path, string text, FactSchema schema, YamlLimits limits, CancellationToken cancellationToken)
    {
        // A file over the size limit is refused at its start: no need to index its lines.
        var parser = new FactFileParser(path, text.Length > limits.MaxFileChars ? null : SourceText.From(text), schema);
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
        return new ParsedFactFile(path, parser._records.ToEquatableArray(), diagnostics.ToEquatableArray(), parser._unreadKinds.ToEquatableArray());
    }

    private void ReadDocument(YamlNode? root)
    {
        if (root is null || root is YamlScalar { IsNull: true })
        {
            return;
        }

        if (root is not YamlMapping mapping)
        {
            Report(DiagnosticDescriptors.InvalidValue, Locate(root), "fact document", $"it is {root.Describe()}; a fact document is a mapping whose keys are sections: {string.Join(", ", _schema.KnownSections)}; write the document as a section name, e.g. '{FactKinds.Actors.Section}:', with its records listed below it");
            return;
        }

        foreach (var (keyNode, key, value) in ReadMapping(mapping, "section"))
        {
            var kind = _schema.FindSection(key);
            if (kind is null)
            {
                // Kinds are read by KindDeclarationReader; a broken declared kind's records wait for
                // its fix (one mistake, one diagnostic), and so do unknown sections while a file
                // that may declare kinds cannot be read to its end.
                if (key != FactKinds.KindsSection && !_schema.IsSilenced(key) && _schema.IsComplete)
                {
                    ReportSuggesting(Suggestions.Nearest(key, _schema.KnownSections), DiagnosticDescriptors.UnknownSection, Locate(keyNode), key, Suggestions.DidYouMeanSentence(key, _schema.KnownSections), string.Join(", ", _schema.KnownSections));

                    // Its records are unread: references to the kind it most likely meant wait (one mistake, one diagnostic).
                    if (Suggestions.Nearest(key, _schema.SectionNames) is { } meant)
                    {
                        _unreadKinds.Add(_schema.FindSection(meant)!.Index);
                    }
                    else
                    {
                        _unreadKinds.UnionWith(_schema.Kinds.Select(k => k.Index));
                    }
                }

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
        var present = new bool[kind.Fields.Count];
        var inferences = EquatableArray<InferenceItem>.Empty;
        foreach (var (keyNode, key, value) in ReadMapping(mapping, "field"))
        {
            var index = kind.IndexOf(key);
            if (index < 0 && key == KindDescriptor.InferredKey)
            {
                inferences = InferredReader.Read(this, value, kind.InferableFields.ToList(), $"{kind.Noun} {DescribeRecord(mapping, kind)}", out _);
                continue;
            }

            if (index < 0)
            {
                var known = kind.Fields.Select(f => f.Name).Concat(new[] { KindDescriptor.InferredKey }).ToList();
                ReportSuggesting(Suggestions.Nearest(key, known), DiagnosticDescriptors.UnknownField, Locate(keyNode), key, $"{kind.Noun} {DescribeRecord(mapping, kind)}", UnknownFieldHint(key, value, known), string.Join(", ", known));

                // A misspelt field ("nmae") is one mistake: FG0003 says it, so no FG0004 for "name" too.
                if (Suggestions.Nearest(key, known) is { } meant && kind.IndexOf(meant) is var m and >= 0)
                {
                    present[m] = true;
                }

                continue;
            }

            present[index] = true;
            fields[index] = ReadField(kind, kind.Fields[index], keyNode, value, mapping);
        }

        for (var i = 0; i < kind.Fields.Count; i++)
        {
            if (kind.Fields[i].IsRequired && !present[i])
            {
                ReportMissing(kind, kind.Fields[i], mapping, recordLocation);
            }
        }

        var idValue = fields[kind.IndexOf(kind.IdField.Name)];
        if (idValue is null)
        {
            return;
        }

        _records.Add(new FactRecord(kind.Index, idValue.Text, recordLocation, idValue.Location, fields.ToEquatableArray(), _diagnostics.Count == before) { Inferences = inferences });
    }

    private void DeclareIncomplete(KindDescriptor kind, YamlMapping mapping, LocationInfo recordLocation)
    {
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key is YamlScalar { Value: "id" } && entry.Value is YamlScalar id && Slug.IsValid(id.Value))
            {
                var fields = new FieldValue?[kind.Fields.Count];
                _records.Add(new FactRecord(kind.Index, id.Value, recordLocation, Locate(id), fields.ToEquatableArray(), IsValid: false));
                return;
            }
        }
    }

    private void ReportMissing(KindDescriptor kind, FieldDescriptor field, YamlMapping mapping, LocationInfo location)
    {
        if (field == kind.SourcesField)
        {
            Report(DiagnosticDescriptors.NoCitations, location, English.Capitalize(kind.Noun), IdOf(mapping) ?? "(no id)");
        }
        else
        {
            Report(DiagnosticDescriptors.MissingField, location, English.Capitalize($"{kind.Noun} {DescribeRecord(mapping, kind)}"), field.Name);
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

        if (field.Type != ValueType.Citation && value is YamlMapping mapping && ClaimsEntry(mapping) is { } claims)
        {
            return ReadClaims(kind, field, mapping, claims.Key, claims.Value);
        }

        return ReadValue(kind, field, keyNode, value, record, location);
    }

    /// <summary>A field's value as written (not null): one scalar, a list, or citations.</summary>
    private FieldValue? ReadValue(KindDescriptor kind, FieldDescriptor field, YamlNode keyNode, YamlNode value, YamlMapping record, LocationInfo location)
    {
        if (!field.IsList)
        {
            // One value (most fields): no list to build, and its location is computed once.
            var single = ReadScalar(field, value, location);
            return single is not { } item ? null : new FieldValue(new EquatableArray<ScalarItem>(ImmutableArray.Create(item)), EquatableArray<CitationItem>.Empty, location);
        }

        var nodes = ListItems(field, value);
        if (nodes is null)
        {
            Report(DiagnosticDescriptors.InvalidValue, location, $"'{field.Name}'", $"it is {value.Describe()}; write a list of {Describe(field)}");
            return null;
        }

        var items = new List<ScalarItem>(field.Type == ValueType.Citation ? 0 : nodes.Count);
        var citations = new List<CitationItem>(field.Type == ValueType.Citation ? nodes.Count : 0);
        var ok = true;
        for (var n = 0; n < nodes.Count; n++)
        {
            // By index: a foreach over the interface would box the list's enumerator, for every list of every record.
            var node = nodes[n];
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
                if (item is { } read) items.Add(read);
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
                Report(DiagnosticDescriptors.NoCitations, Locate(keyNode), English.Capitalize(kind.Noun), IdOf(record) ?? "(no id)");
            }
            else
            {
                Report(DiagnosticDescriptors.InvalidValue, location, $"'{field.Name}'", $"the list is empty; name at least one {Describe(field)}");
            }

            return null;
        }

        return new FieldValue(items.ToEquatableArray(), citations.ToEquatableArray(), location);
    }

    /// <summary>A list's items; a single value stands for a list of one (docs/fact-files.md §1). Null: not list-shaped.</summary>
    private static IReadOnlyList<YamlNode>? ListItems(FieldDescriptor field, YamlNode value) => value switch
    {
        YamlSequence sequence => sequence.Items,
        YamlScalar { IsNull: true } => Array.Empty<YamlNode>(),
        YamlScalar scalar when field.Type != ValueType.Citation => new YamlNode[] { scalar },
        YamlMapping mapping when field.Type == ValueType.Citation => new YamlNode[] { mapping },
        _ => null,
    };

    private ScalarItem? ReadScalar(FieldDescriptor field, YamlNode node, LocationInfo? location = null)
    {
        if (node is not YamlScalar scalar || scalar.IsNull)
        {
            var what = field.IsList ? $"an item of '{field.Name}'" : $"'{field.Name}'";
            Report(DiagnosticDescriptors.InvalidValue, Locate(node), what, $"it is {node.Describe()}; write {Describe(field)}");
            return null;
        }

        if (!ValueSyntax.TryParse(field, scalar.Value, location ?? Locate(scalar), out var item, out var error))
        {
            ReportSuggesting(ValueSyntax.Suggest(field, scalar.Value), DiagnosticDescriptors.InvalidValue, Locate(scalar), $"'{field.Name}'", error);
            return null;
        }

        return item;
    }

    private CitationItem? ReadCitation(YamlNode node)
    {
        if (node is not YamlMapping mapping)
        {
            Report(DiagnosticDescriptors.InvalidValue, Locate(node), "citation", $"it is {node.Describe()}; write {{ article: <article id>, line: <line number>, quote: \"<text on that line>\" }}");
            return null;
        }

        // By the index of the key in CitationKeys (no dictionary per citation: there are many).
        var values = new YamlScalar?[CitationKeys.Length];
        HashSet<string>? misspelt = null;
        var ok = true;
        foreach (var (keyNode, key, value) in ReadMapping(mapping, "field"))
        {
            if (Array.IndexOf(CitationKeys, key) < 0)
            {
                ReportSuggesting(Suggestions.Nearest(key, CitationKeys), DiagnosticDescriptors.UnknownField, Locate(keyNode), key, "citation", UnknownFieldHint(key, value, CitationKeys), string.Join(", ", CitationKeys));
                ok = false;
                if (Suggestions.Nearest(key, CitationKeys) is { } meant)
                {
                    (misspelt ??= new HashSet<string>()).Add(meant);
                }
            }
            else if (value is not YamlScalar scalar || scalar.IsNull)
            {
                Report(DiagnosticDescriptors.InvalidValue, Locate(value), $"citation '{key}'", $"it is {value.Describe()}; write {DescribeCitationKey(key)}");
                ok = false;
            }
            else
            {
                values[Array.IndexOf(CitationKeys, key)] = scalar;
            }
        }

        LocationInfo? first = null;
        for (var k = 0; k < CitationKeys.Length; k++)
        {
            var key = CitationKeys[k];
            if (values[k] is null && misspelt?.Contains(key) != true && !HasKey(mapping, key))
            {
                first ??= mapping.Entries.Count > 0 ? Locate(mapping.Entries[0].Key) : Locate(mapping);
                Report(DiagnosticDescriptors.MissingField, first.Value, "Citation", key);
                ok = false;
            }
        }

        if (!ok || values[0] is not { } article || values[1] is not { } line || values[2] is not { } quote)
        {
            return null;
        }

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

    /// <summary>Whether the mapping writes this key (a loop: a lambda here cost a closure per key of every citation).</summary>
    private static bool HasKey(YamlMapping mapping, string key)
    {
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key is YamlScalar scalar && scalar.Value == key)
            {
                return true;
            }
        }

        return false;
    }

    private static string? IdOf(YamlMapping mapping) =>
        mapping.Entries.Where(e => e.Key is YamlScalar { Value: "id" }).Select(e => (e.Value as YamlScalar)?.Value).FirstOrDefault();

    private static string DescribeRecord(YamlMapping mapping, KindDescriptor kind) =>
        IdOf(mapping) is { Length: > 0 } id ? $"'{id}'" : "record";

    private string Describe(FieldDescriptor field) => field.Type switch
    {
        ValueType.Reference => $"{_schema[field.Target].Noun} id(s)",
        ValueType.Enum => $"one of {string.Join(", ", field.Enum!.Members.Select(m => m.Yaml))}",
        ValueType.Citation => "citations { article: …, line: …, quote: … }",
        ValueType.Date => "a date (YYYY, YYYY-MM or YYYY-MM-DD) or an interval (2023-07-31/2023-08-06, ../2023-08-08, 2023-07-26/..)",
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


}
