using System.Collections.Generic;
using System.Linq;
using FactsGen.Model;

namespace FactsGen.Schema;

/// <summary>
/// A kind of record, described as data: the YAML section, the C# names it becomes, its fields and
/// how a fact of it reads in one line. Built-in and declared kinds alike; parsing, validation,
/// emission, the JSON schema and the tools all walk this. Value-equatable (a schema is pipeline data).
/// </summary>
internal sealed record KindDescriptor
{
    public KindDescriptor(string section, string recordName, string noun, string doc, string summary, EquatableArray<FieldDescriptor> fields, bool isDeclared = false)
    {
        Section = section;
        RecordName = recordName;
        CatalogName = GeneratedNames.Catalog(section);
        IdTypeName = GeneratedNames.IdType(recordName);
        Noun = noun;
        Doc = doc;
        Summary = summary;
        Fields = fields;
        IsDeclared = isDeclared;
        Template = SummaryTemplate.Parse(summary, this);
    }

    public KindDescriptor(string section, string recordName, string noun, string doc, string summary, params FieldDescriptor[] fields)
        : this(section, recordName, noun, doc, summary, fields.ToEquatableArray())
    {
    }

    /// <summary>The kind's place in its <see cref="FactSchema"/> (what records store).</summary>
    public int Index { get; init; } = -1;

    /// <summary>The top-level YAML key, e.g. <c>deployments</c>.</summary>
    public string Section { get; }

    /// <summary>The record type, e.g. <c>Deployment</c>.</summary>
    public string RecordName { get; }

    /// <summary>The static catalog, e.g. <c>Deployments</c>.</summary>
    public string CatalogName { get; }

    /// <summary>The strong id type, e.g. <c>DeploymentId</c>.</summary>
    public string IdTypeName { get; }

    /// <summary>What one record is called in messages, e.g. "deployment".</summary>
    public string Noun { get; }

    public string Doc { get; }

    /// <summary>
    /// How a fact reads in one line (doc comments, the review site): <c>{field}</c> is the field's
    /// value, <c>[…]</c> is dropped when a field inside it is absent.
    /// </summary>
    public string Summary { get; }

    /// <summary><see cref="Summary"/>, parsed once.</summary>
    public SummaryTemplate Template { get; }

    public EquatableArray<FieldDescriptor> Fields { get; init; }

    /// <summary>Declared by the fact base (docs/fact-files.md §6) rather than built in.</summary>
    public bool IsDeclared { get; }

    /// <summary>The properties other kinds' <c>reverse</c> fields add to this record (docs/fact-files.md §8).</summary>
    public EquatableArray<ReverseDescriptor> Reverses { get; init; } = EquatableArray<ReverseDescriptor>.Empty;

    public FieldDescriptor IdField => Fields[IndexOfType(ValueType.Id)];

    /// <summary>The citations field, for kinds that must be cited.</summary>
    public FieldDescriptor? SourcesField => IndexOfType(ValueType.Citation) is var i and >= 0 ? Fields[i] : null;

    /// <summary>The field that names a record (<c>name</c>, text), whose value references' support looks for (docs/fact-files.md §12); -1 when the kind has none.</summary>
    public int NameField => IndexOf(NameFieldName) is var i and >= 0 && Fields[i].Type == ValueType.String && !Fields[i].IsList ? i : -1;

    /// <summary>The field of other names for a record (<c>aliases</c>, a list of text), which count as its name (docs/fact-files.md §12); -1 when none.</summary>
    public int AliasesField => IndexOf(AliasesFieldName) is var i and >= 0 && Fields[i].Type == ValueType.String ? i : -1;

    public const string NameFieldName = "name";

    public const string AliasesFieldName = "aliases";

    /// <summary>The key under which a record, or a claim, lists the fields the editor inferred, each with a reason.</summary>
    public const string InferredKey = "inferred";

    /// <summary>The fields <see cref="InferredKey"/> may name: every value field (not the id, not the citations).</summary>
    public IEnumerable<string> InferableFields => Fields.Where(f => f.Type is not ValueType.Id and not ValueType.Citation).Select(f => f.Name);

    /// <summary>The field's index in <see cref="Fields"/> (and in a record's values), or -1. Kinds have a handful of fields: a scan beats a dictionary.</summary>
    public int IndexOf(string fieldName)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].Name == fieldName)
            {
                return i;
            }
        }

        return -1;
    }

    private int IndexOfType(ValueType type)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].Type == type)
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>A reverse navigation property: the records of <see cref="SourceKind"/> whose field <see cref="SourceField"/> names this record.</summary>
internal sealed record ReverseDescriptor(string PropertyName, int SourceKind, int SourceField);
