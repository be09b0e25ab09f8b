using System.Linq;
using FactsGen.Model;

namespace FactsGen.Schema;

/// <summary>An enum of the format (built-in, or a declared kind's <c>enum</c> field): its YAML spellings, the C# enum it becomes, and docs.</summary>
public sealed record EnumDescriptor(string TypeName, string Noun, string Doc, EquatableArray<EnumMember> Members)
{
    public EnumDescriptor(string typeName, string noun, string doc, params (string Yaml, string Doc)[] members)
        : this(typeName, noun, doc, members.Select(m => new EnumMember(m.Yaml, Naming.ToPascalCase(m.Yaml), m.Doc)).ToEquatableArray())
    {
    }

    /// <summary>The <c>type</c> a declared kind's field names a built-in enum by: its noun, hyphenated ("actor-kind").</summary>
    public string FieldTypeName => Noun.Replace(' ', '-');

    /// <summary>The member's index (what the generated data stores), or -1.</summary>
    public int IndexOf(string yaml)
    {
        for (var i = 0; i < Members.Count; i++)
        {
            if (Members[i].Yaml == yaml)
            {
                return i;
            }
        }

        return -1;
    }

    public EnumMember? Find(string yaml) => IndexOf(yaml) is var i and >= 0 ? Members[i] : null;
}

public sealed record EnumMember(string Yaml, string MemberName, string Doc)
{
    /// <summary>How the value reads in prose ("armed-group" reads "armed group").</summary>
    public string Display => Yaml.Replace('-', ' ');
}
