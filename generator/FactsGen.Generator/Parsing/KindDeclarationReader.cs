using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using FactsGen.Diagnostics;
using FactsGen.Model;
using FactsGen.Schema;
using FactsGen.Values;
using FactsGen.Yaml;
using Microsoft.CodeAnalysis.Text;

namespace FactsGen.Parsing;

/// <summary>
/// Reads the <c>kinds</c> sections of one fact file (docs/fact-files.md §6) and checks every rule one file can
/// show: keys, shapes, names, types, values, defaults, reverses, summary templates. Rules that need
/// the whole fact base (a <c>ref</c> to another file's kind, name collisions, duplicate kinds) are
/// <see cref="FactSchemaBuilder"/>'s. Syntax errors and limits are the record parser's to report.
/// </summary>
internal sealed class KindDeclarationReader : YamlFileReader
{
    private static readonly string[] KindKeys = { "id", "record", "doc", "summary", "fields" };
    private static readonly string[] FieldKeys = { "name", "type", "values", "list", "required", "default", "reverse", "in-quote", "disputable", "doc" };

    /// <summary>The types whose values a quote can contain (docs/fact-files.md §6 <c>in-quote</c>); and <c>ref K</c>.</summary>
    private static readonly string[] QuotableTypes = { "string", "quantity" };

    private static readonly Regex Name = new("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant);

    private readonly List<KindDeclaration> _kinds = new();

    private KindDeclarationReader(string path, SourceText source)
        : base(path, source)
    {
    }

    public static FileKindDeclarations Read(string path, string text, CancellationToken cancellationToken)
    {
        // Most fact files declare no kinds: without the word, no second read of the YAML.
        if (text.IndexOf(FactKinds.KindsSection, StringComparison.Ordinal) < 0 || text.Length > YamlLimits.Default.MaxFileChars)
        {
            return FileKindDeclarations.None(path);
        }

        var reader = new KindDeclarationReader(path, SourceText.From(text));
        var read = YamlTreeReader.Read(text, YamlLimits.Default, cancellationToken);
        foreach (var document in read.Documents)
        {
            if (document.Root is not YamlMapping root)
            {
                continue;
            }

            // The first 'kinds' key only: the record parser reports a duplicate (FG0009).
            var section = root.Entries.FirstOrDefault(e => e.Key is YamlScalar { Value: FactKinds.KindsSection });
            if (section.Key is not null)
            {
                reader.ReadSection(section.Value);
            }
        }

        var diagnostics = reader._diagnostics.Distinct().ToList();
        diagnostics.Sort(DiagnosticInfo.Compare);
        return new FileKindDeclarations(path, reader._kinds.ToEquatableArray(), diagnostics.ToEquatableArray(), read.Problem is null);
    }

    private void ReadSection(YamlNode value)
    {
        switch (value)
        {
            case YamlScalar { IsNull: true }:
                return;
            case YamlSequence sequence:
                foreach (var item in sequence.Items)
                {
                    ReadKind(item);
                }

                return;
            default:
                Report(DiagnosticDescriptors.InvalidValue, Locate(value), "section 'kinds'", $"it is {value.Describe()}; write a list of kind declarations, each starting with '- id: …'");
                return;
        }
    }

    private void ReadKind(YamlNode node)
    {
        if (node is not YamlMapping mapping)
        {
            Report(DiagnosticDescriptors.InvalidValue, Locate(node), "kind", $"each item of 'kinds' must be a mapping (id, record, fields, …), not {node.Describe()}");
            return;
        }

        if (!mapping.IsComplete)
        {
            return; // FG0001 says where the syntax error cut it short.
        }

        var before = _diagnostics.Count;
        var first = mapping.Entries.Count > 0 ? Locate(mapping.Entries[0].Key) : Locate(mapping);
        YamlScalar? id = null, record = null, doc = null, summary = null;
        YamlNode? fieldsNode = null;
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, key, value) in ReadMapping(mapping, "field"))
        {
            if (Array.IndexOf(KindKeys, key) < 0)
            {
                Report(DiagnosticDescriptors.UnknownField, Locate(keyNode), key, $"kind {Describe(mapping)}", UnknownFieldHint(key, value, KindKeys), string.Join(", ", KindKeys));
                if (Suggestions.Nearest(key, KindKeys) is { } meant) present.Add(meant);
                continue;
            }

            present.Add(key);
            if (key == "fields")
            {
                fieldsNode = value;
                continue;
            }

            var scalar = Text(value, $"kind '{key}'");
            switch (key)
            {
                case "id": id = scalar; break;
                case "record": record = scalar; break;
                case "doc": doc = scalar; break;
                default: summary = scalar; break;
            }
        }

        foreach (var required in new[] { "id", "record", "fields" })
        {
            if (!present.Contains(required))
            {
                Report(DiagnosticDescriptors.MissingField, first, English.Capitalize($"kind {Describe(mapping)}"), required);
            }
        }

        if (id is not null)
        {
            if (!Slug.IsValid(id.Value))
            {
                Report(DiagnosticDescriptors.InvalidValue, Locate(id), "kind 'id'", Slug.Explain(id.Value));
                id = null;
            }
            else if (FactKinds.BuiltInSections.Contains(id.Value))
            {
                Report(DiagnosticDescriptors.InvalidKind, Locate(id), $"the kind id '{id.Value}' is a built-in section ({string.Join(", ", FactKinds.BuiltInSections)}); give the kind a section of its own, e.g. '{id.Value}-extra'");
            }
        }

        if (record is not null && !Name.IsMatch(record.Value))
        {
            Report(DiagnosticDescriptors.InvalidKind, Locate(record), $"the record name '{record.Value}' is not a valid C# type name for a record: write it as ^[A-Z][A-Za-z0-9]*$, e.g. '{ToName(record.Value)}'");
        }

        var fields = fieldsNode is null ? new List<FieldDeclaration>() : ReadFields(fieldsNode);
        CheckMembers(fields, record);
        if (summary is not null && fieldsNode is not null)
        {
            // A field whose declaration is broken (and reported) still has its name: the summary may name it.
            var names = fields.Select(f => f.Name).Concat(fieldsNode is YamlSequence declared ? declared.Items.OfType<YamlMapping>().Select(DeclaredName).OfType<string>() : Enumerable.Empty<string>());
            CheckSummary(summary, names.Distinct().ToList(), id?.Value);
        }

        if (id is null)
        {
            return; // Without an id there is no section to silence; FG0004/FG0005 says why.
        }

        // Without a record name the kind is still declared (and broken, FG0004/FG0005 says why), so its section is silenced, not unknown.
        _kinds.Add(new KindDeclaration(
            id.Value,
            Locate(id),
            record?.Value ?? string.Empty,
            record is null ? Locate(id) : Locate(record),
            doc?.Value,
            summary?.Value,
            fields.ToEquatableArray(),
            IsValid: _diagnostics.Count == before && record is not null));
    }

    /// <summary>
    /// The record's members (<see cref="RecordMembers"/>): its name may not be one every record has,
    /// and each field's property (and claims property) must be new. One file shows them all.
    /// </summary>
    private void CheckMembers(List<FieldDeclaration> fields, YamlScalar? record)
    {
        var name = record is not null && Name.IsMatch(record.Value) ? record.Value : null;
        if (name is not null && RecordMembers.ReservedOwnerOf(name) is { } owner)
        {
            var example = GeneratedNames.PascalAlternatives(name).FirstOrDefault(r => RecordMembers.NameWorks(r, fields));
            Report(DiagnosticDescriptors.InvalidKind, Locate(record!), $"the record name '{name}' is already {owner}, and a type may not have a member of its own name; choose another record name{(example is null ? string.Empty : $", e.g. '{example}'")}");
        }

        RecordMembers.AddDeclaredFields(RecordMembers.Create(name ?? string.Empty), fields, f => f.IsDisputable, (field, message) => Report(DiagnosticDescriptors.InvalidKind, field.NameLocation, message));
    }

    private List<FieldDeclaration> ReadFields(YamlNode node)
    {
        var fields = new List<FieldDeclaration>();
        if (node is YamlScalar { IsNull: true } || node is YamlSequence { Items.Count: 0 })
        {
            Report(DiagnosticDescriptors.InvalidValue, Locate(node), "kind 'fields'", "the list is empty; declare at least one field (- name: …, type: …)");
            return fields;
        }

        if (node is not YamlSequence sequence)
        {
            Report(DiagnosticDescriptors.InvalidValue, Locate(node), "kind 'fields'", $"it is {node.Describe()}; write a list of fields, each starting with '- name: …'");
            return fields;
        }

        foreach (var item in sequence.Items)
        {
            if (ReadField(item) is { } field)
            {
                if (fields.FirstOrDefault(f => f.Name == field.Name) is { } earlier)
                {
                    Report(DiagnosticDescriptors.InvalidKind, field.NameLocation, $"two fields are named '{field.Name}' (the first at line {earlier.NameLocation.DisplayLine}); rename or remove one");
                    continue;
                }

                fields.Add(field);
            }
        }

        return fields;
    }

    /// <summary>One field declaration: its keys read, then each rule one file can check, in the order the keys are usually written.</summary>
    private FieldDeclaration? ReadField(YamlNode node)
    {
        if (node is not YamlMapping mapping)
        {
            Report(DiagnosticDescriptors.InvalidValue, Locate(node), "field declaration", $"each field must be a mapping (name, type, …), not {node.Describe()}");
            return null;
        }

        if (!mapping.IsComplete)
        {
            return null;
        }

        var written = ReadFieldKeys(mapping);
        CheckFieldName(written.Name);
        var (isEnum, isReference) = CheckFieldType(written.Type);
        var values = ReadFieldValues(written);
        CheckFieldDefault(written, values, isEnum);
        CheckFieldReverse(written, isReference);
        CheckFieldInQuote(written, isReference);
        if (written.Name is not { } name || written.Type is not { } type)
        {
            return null;
        }

        return new FieldDeclaration(
            name.Value,
            Locate(name),
            type.Value,
            Locate(type),
            values.ToEquatableArray(),
            written.IsList,
            written.IsRequired,
            written.Default?.Value,
            written.Reverse?.Value,
            written.Reverse is null ? null : Locate(written.Reverse),
            written.Doc?.Value,
            written.IsDisputable)
        {
            InQuote = written.InQuote,
            InQuoteLocation = written.InQuoteNode is null ? null : Locate(written.InQuoteNode),
        };
    }

    /// <summary>A field declaration's keys as written; a key of the wrong shape was reported and is null (or false).</summary>
    private sealed class WrittenField
    {
        public YamlScalar? Name, Type, Default, Reverse, Doc;
        public YamlNode? ValuesNode, InQuoteNode;
        public bool IsList, IsRequired, IsDisputable;
        public bool? InQuote;
    }

    /// <summary>Reads every key (FG0003 on an unknown one, FG0004 when <c>name</c> or <c>type</c> is missing).</summary>
    private WrittenField ReadFieldKeys(YamlMapping mapping)
    {
        var written = new WrittenField();
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, key, value) in ReadMapping(mapping, "field"))
        {
            if (Array.IndexOf(FieldKeys, key) < 0)
            {
                Report(DiagnosticDescriptors.UnknownField, Locate(keyNode), key, $"field declaration {DescribeField(mapping)}", UnknownFieldHint(key, value, FieldKeys), string.Join(", ", FieldKeys));
                if (Suggestions.Nearest(key, FieldKeys) is { } meant) present.Add(meant);
                continue;
            }

            present.Add(key);
            switch (key)
            {
                case "values": written.ValuesNode = value; break;
                case "list": written.IsList = Bool(value, "list"); break;
                case "required": written.IsRequired = Bool(value, "required"); break;
                case "in-quote": written.InQuote = Bool(value, "in-quote"); written.InQuoteNode = value; break;
                case "disputable": written.IsDisputable = Bool(value, "disputable"); break;
                case "name": written.Name = Text(value, "field 'name'"); break;
                case "type": written.Type = Text(value, "field 'type'"); break;
                case "default": written.Default = Text(value, "field 'default'"); break;
                case "reverse": written.Reverse = Text(value, "field 'reverse'"); break;
                default: written.Doc = Text(value, "field 'doc'"); break;
            }
        }

        var first = mapping.Entries.Count > 0 ? Locate(mapping.Entries[0].Key) : Locate(mapping);
        foreach (var required in new[] { "name", "type" })
        {
            if (!present.Contains(required))
            {
                Report(DiagnosticDescriptors.MissingField, first, English.Capitalize($"field declaration {DescribeField(mapping)}"), required);
            }
        }

        return written;
    }

    /// <summary>A slug, and none of the fields every declared kind has already.</summary>
    private void CheckFieldName(YamlScalar? name)
    {
        if (name is null)
        {
            return;
        }

        if (!Slug.IsValid(name.Value))
        {
            Report(DiagnosticDescriptors.InvalidValue, Locate(name), "field 'name'", Slug.Explain(name.Value));
        }
        else if (RecordMembers.FieldsEveryDeclaredKindHas.Contains(name.Value) || name.Value == KindDescriptor.InferredKey)
        {
            Report(DiagnosticDescriptors.InvalidKind, Locate(name), $"a field may not be named '{name.Value}': every declared kind has 'id' (required), 'sources' (required citations) and '{KindDescriptor.InferredKey}' (the editor's reasons) already; rename or remove this field");
        }
    }

    /// <summary>A known type or <c>ref</c> and a slug (whether that kind exists is the schema builder's to say).</summary>
    private (bool IsEnum, bool IsReference) CheckFieldType(YamlScalar? type)
    {
        if (type is null)
        {
            return (false, false);
        }

        var target = type.Value.StartsWith(FieldDeclaration.ReferencePrefix, StringComparison.Ordinal) ? type.Value.Substring(FieldDeclaration.ReferencePrefix.Length).Trim() : null;
        if (target is not null)
        {
            if (!Slug.IsValid(target))
            {
                Report(DiagnosticDescriptors.InvalidKind, Locate(type), $"'{type.Value}' names no kind: after 'ref ' write the section of a kind, e.g. 'ref actors'");
            }

            return (false, true);
        }

        if (DeclaredFieldTypes.TryGet(type.Value, out _, out _))
        {
            return (DeclaredFieldTypes.IsEnum(type.Value), false);
        }

        Report(DiagnosticDescriptors.InvalidKind, Locate(type), $"unknown type '{type.Value}'{Suggestions.DidYouMeanSentence(type.Value, DeclaredFieldTypes.Names)} Write one of the types: {string.Join(", ", DeclaredFieldTypes.Names.Take(9))}, or ref <section>");
        return (false, false);
    }

    /// <summary><c>values</c>: only for, and required by, type <c>enum</c>.</summary>
    private List<string> ReadFieldValues(WrittenField written)
    {
        var type = written.Type;
        if (written.ValuesNode is { } valuesNode)
        {
            if (type is not null && type.Value != DeclaredFieldTypes.Enum)
            {
                Report(DiagnosticDescriptors.InvalidKind, Locate(valuesNode), $"'values' is only for type 'enum', and this field's type is '{type.Value}'; remove 'values' or write 'type: enum'");
                return new List<string>();
            }

            return ReadValues(valuesNode);
        }

        if (type?.Value == DeclaredFieldTypes.Enum)
        {
            Report(DiagnosticDescriptors.InvalidKind, Locate(type), "type 'enum' needs 'values': list the allowed values, e.g. values: [coup, visit]");
        }

        return new List<string>();
    }

    /// <summary><c>default</c>: only for enum types, and one of the values.</summary>
    private void CheckFieldDefault(WrittenField written, List<string> values, bool isEnum)
    {
        if (written.Default is not { } defaultValue || written.Type is not { } type)
        {
            return;
        }

        if (!isEnum)
        {
            Report(DiagnosticDescriptors.InvalidKind, Locate(defaultValue), $"'default' is only for enum types (enum, certainty, actor-kind, sanction-instrument), and this field's type is '{type.Value}'; remove it");
            return;
        }

        var allowed = type.Value == DeclaredFieldTypes.Enum
            ? values
            : DeclaredFieldTypes.TryGet(type.Value, out _, out var builtIn) && builtIn is not null ? builtIn.Members.Select(m => m.Yaml).ToList() : new List<string>();
        if ((type.Value != DeclaredFieldTypes.Enum || values.Count > 0) && !allowed.Contains(defaultValue.Value))
        {
            Report(DiagnosticDescriptors.InvalidKind, Locate(defaultValue), $"the default '{defaultValue.Value}' is not one of the values{Suggestions.DidYouMeanSentence(defaultValue.Value, allowed)} Write one of the values: {string.Join(", ", allowed)}");
        }
    }

    /// <summary><c>reverse</c>: only for <c>ref</c> fields, and a C# property name.</summary>
    private void CheckFieldReverse(WrittenField written, bool isReference)
    {
        if (written.Reverse is not { } reverse || written.Type is not { } type)
        {
            return;
        }

        if (!isReference)
        {
            Report(DiagnosticDescriptors.InvalidKind, Locate(reverse), $"'reverse' is only for 'ref' fields, and this field's type is '{type.Value}'; remove it");
        }
        else if (!Name.IsMatch(reverse.Value))
        {
            Report(DiagnosticDescriptors.InvalidKind, Locate(reverse), $"the reverse name '{reverse.Value}' is not a valid C# property name: write it as ^[A-Z][A-Za-z0-9]*$, e.g. '{ToName(reverse.Value)}'");
        }
    }

    /// <summary><c>in-quote: true</c>: only on the types a quote can contain.</summary>
    private void CheckFieldInQuote(WrittenField written, bool isReference)
    {
        if (written.InQuote == true && written.Type is { } type && !isReference && !QuotableTypes.Contains(type.Value))
        {
            Report(DiagnosticDescriptors.InvalidKind, Locate(written.InQuoteNode!), $"'in-quote: true' is only for types string, quantity and ref, and this field's type is '{type.Value}': a quote is not checked for it; remove 'in-quote'");
        }
    }

    private List<string> ReadValues(YamlNode node)
    {
        var values = new List<string>();
        var items = node switch
        {
            YamlSequence sequence => sequence.Items,
            YamlScalar { IsNull: false } scalar => new List<YamlNode> { scalar },
            _ => null,
        };
        if (items is null || items.Count == 0)
        {
            Report(DiagnosticDescriptors.InvalidKind, Locate(node), "an enum needs at least one value: write values: [a, b]");
            return values;
        }

        foreach (var item in items)
        {
            if (item is not YamlScalar { IsNull: false } scalar)
            {
                Report(DiagnosticDescriptors.InvalidValue, Locate(item), "enum value", $"it is {item.Describe()}; write a slug such as 'coup'");
            }
            else if (!Slug.IsValid(scalar.Value))
            {
                Report(DiagnosticDescriptors.InvalidValue, Locate(scalar), "enum value", Slug.Explain(scalar.Value));
            }
            else if (values.Contains(scalar.Value))
            {
                Report(DiagnosticDescriptors.InvalidKind, Locate(scalar), $"the value '{scalar.Value}' is listed twice; remove one");
            }
            else if (values.FirstOrDefault(v => Naming.ToPascalCase(v) == Naming.ToPascalCase(scalar.Value)) is { } twin)
            {
                Report(DiagnosticDescriptors.InvalidKind, Locate(scalar), $"the values '{twin}' and '{scalar.Value}' would both be the enum member '{Naming.ToPascalCase(scalar.Value)}'; rename or remove one");
            }
            else
            {
                values.Add(scalar.Value);
            }
        }

        return values;
    }

    private static string? DeclaredName(YamlMapping field) =>
        field.Entries.FirstOrDefault(e => e.Key is YamlScalar { Value: "name" }).Value is YamlScalar { IsNull: false } name ? name.Value : null;

    private void CheckSummary(YamlScalar summary, List<string> fieldNames, string? kindId)
    {
        var names = SummaryTemplate.FieldNames(summary.Value, out var syntaxError);
        if (syntaxError is not null)
        {
            Report(DiagnosticDescriptors.InvalidKind, Locate(summary), $"the summary template is malformed: {syntaxError}");
            return;
        }

        var known = fieldNames.Concat(new[] { "id" }).ToList();
        foreach (var name in names.Where(n => !known.Contains(n)))
        {
            Report(DiagnosticDescriptors.InvalidKind, Locate(summary), $"the summary names '{{{name}}}', which is no field of kind '{kindId}'{Suggestions.DidYouMeanSentence(name, known)} Write one of its fields: {string.Join(", ", known)}");
        }
    }

    private YamlScalar? Text(YamlNode value, string what)
    {
        if (value is YamlScalar { IsNull: false } scalar)
        {
            return scalar;
        }

        Report(DiagnosticDescriptors.InvalidValue, Locate(value), what, $"it is {value.Describe()}; write text");
        return null;
    }

    private bool Bool(YamlNode value, string what)
    {
        if (value is YamlScalar { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar)
        {
            switch (scalar.Value)
            {
                case "true" or "True" or "TRUE": return true;
                case "false" or "False" or "FALSE": return false;
            }
        }

        Report(DiagnosticDescriptors.InvalidValue, Locate(value), $"field '{what}'", $"it is {value.Describe()}; write true or false");
        return false;
    }

    /// <summary>A valid C# name nearest to what was written: "press-conference" → "PressConference".</summary>
    internal static string ToName(string text)
    {
        var parts = Regex.Split(text, "[^A-Za-z0-9]+").Where(p => p.Length > 0).Select(English.Capitalize);
        var name = string.Concat(parts);
        return name.Length == 0 ? "Record" : char.IsDigit(name[0]) ? "K" + name : name;
    }

    private static string Describe(YamlMapping mapping) =>
        mapping.Entries.FirstOrDefault(e => e.Key is YamlScalar { Value: "id" }).Value is YamlScalar { IsNull: false } id ? $"'{id.Value}'" : "declaration";

    private static string DescribeField(YamlMapping mapping) =>
        mapping.Entries.FirstOrDefault(e => e.Key is YamlScalar { Value: "name" }).Value is YamlScalar { IsNull: false } name ? $"'{name.Value}'" : "(no name)";
}
