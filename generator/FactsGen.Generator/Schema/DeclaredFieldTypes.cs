using System.Collections.Generic;
using System.Linq;

namespace FactsGen.Schema;

/// <summary>The <c>type</c>s a declared kind's field may have (docs/fact-files.md §6), and what each is in the format's value types.</summary>
internal static class DeclaredFieldTypes
{
    public const string Enum = "enum";

    private static readonly (string Name, ValueType Type, EnumDescriptor? Values)[] Simple =
    {
        ("string", ValueType.String, null),
        ("date", ValueType.Date, null),
        ("quantity", ValueType.Quantity, null),
        ("country", ValueType.Country, null),
        ("url", ValueType.Url, null),
        ("certainty", ValueType.Enum, FactKinds.Certainty),
        ("actor-kind", ValueType.Enum, FactKinds.ActorKind),
        ("sanction-instrument", ValueType.Enum, FactKinds.SanctionInstrument),
        (Enum, ValueType.Enum, null),
    };

    /// <summary>Every type name, with <c>ref K</c> spelled out for each built-in section (for did-you-mean and messages).</summary>
    public static IEnumerable<string> Names => Simple.Select(t => t.Name).Concat(FactKinds.All.Select(k => FieldDeclaration.ReferencePrefix + k.Section));

    public static bool TryGet(string name, out ValueType type, out EnumDescriptor? builtInEnum)
    {
        foreach (var t in Simple)
        {
            if (t.Name == name)
            {
                type = t.Type;
                builtInEnum = t.Values;
                return true;
            }
        }

        type = default;
        builtInEnum = null;
        return false;
    }

    /// <summary>Enum-valued types: <c>enum</c> and the built-in enums; only these take a <c>default</c>.</summary>
    public static bool IsEnum(string name) => TryGet(name, out var type, out _) && type == ValueType.Enum;
}
