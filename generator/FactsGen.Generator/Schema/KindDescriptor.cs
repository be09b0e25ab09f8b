using System.Collections.Generic;
using System.Linq;

namespace FactsGen.Schema;

/// <summary>
/// A kind of record, described as data: the YAML section, the C# names it becomes, its fields and
/// how a fact of it reads in one line. Validation, emission and the JSON schema all walk this.
/// </summary>
internal sealed class KindDescriptor
{
    public KindDescriptor(FactKind kind, string section, string recordName, string noun, string doc, string summary, params FieldDescriptor[] fields)
    {
        Kind = kind;
        Section = section;
        RecordName = recordName;
        CatalogName = Naming.ToPascalCase(section);
        IdTypeName = recordName + "Id";
        Noun = noun;
        Doc = doc;
        Summary = summary;
        Fields = fields;
        IdField = fields.Single(f => f.Type == ValueType.Id);
        SourcesField = fields.SingleOrDefault(f => f.Type == ValueType.Citation);
        FieldIndex = fields.Select((f, i) => (f.Name, i)).ToDictionary(p => p.Name, p => p.i);
    }

    public FactKind Kind { get; }

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
    /// How a fact reads in one line (doc comments): <c>{field}</c> is the field's value,
    /// <c>[…]</c> is dropped when a field inside it is absent.
    /// </summary>
    public string Summary { get; }

    public IReadOnlyList<FieldDescriptor> Fields { get; }

    public FieldDescriptor IdField { get; }

    /// <summary>The citations field, for kinds that must be cited.</summary>
    public FieldDescriptor? SourcesField { get; }

    private IReadOnlyDictionary<string, int> FieldIndex { get; }

    public int IndexOf(string fieldName) => FieldIndex.TryGetValue(fieldName, out var i) ? i : -1;

    /// <summary>Member names the catalog has besides its facts, so no id may take them.</summary>
    public IEnumerable<string> ReservedMemberNames =>
        new[] { CatalogName, "All", "Get", "TryGet", "Equals", "ReferenceEquals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize" };
}
