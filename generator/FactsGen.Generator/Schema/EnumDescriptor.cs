using System.Collections.Generic;
using System.Linq;

namespace FactsGen.Schema;

/// <summary>An enum of the format: its YAML spellings, the C# enum it becomes, and docs.</summary>
internal sealed class EnumDescriptor
{
    public EnumDescriptor(string typeName, string noun, string doc, params (string Yaml, string Doc)[] members)
    {
        TypeName = typeName;
        Noun = noun;
        Doc = doc;
        Members = members.Select(m => new EnumMember(m.Yaml, Naming.ToPascalCase(m.Yaml), m.Doc)).ToArray();
    }

    /// <summary>The C# enum's name, e.g. <c>ActorKind</c>.</summary>
    public string TypeName { get; }

    /// <summary>What a value is called in messages, e.g. "actor kind".</summary>
    public string Noun { get; }

    public string Doc { get; }

    public IReadOnlyList<EnumMember> Members { get; }

    public EnumMember? Find(string yaml) => Members.FirstOrDefault(m => m.Yaml == yaml);
}

internal sealed record EnumMember(string Yaml, string MemberName, string Doc)
{
    /// <summary>How the value reads in prose ("armed-group" reads "armed group").</summary>
    public string Display => Yaml.Replace('-', ' ');
}
