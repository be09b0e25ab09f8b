using FactsGen.Schema;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.Emit;

/// <summary>How each value type of the format appears in C#: its type and the expression for a value.</summary>
internal static class TypeMapping
{
    private const string ImmutableArray = "global::System.Collections.Immutable.ImmutableArray";

    /// <summary>The C# type of one item of the field.</summary>
    public static string ItemType(GeneratorOptions options, FactSchema schema, KindDescriptor kind, FieldDescriptor field) => field.Type switch
    {
        ValueType.Id => EmitNames.Global(options, kind.IdTypeName),
        ValueType.Reference => EmitNames.Global(options, schema[field.Target].IdTypeName),
        ValueType.Url => "global::System.Uri",
        ValueType.Date => EmitNames.Global(options, "PartialDate"),
        ValueType.Quantity => EmitNames.Global(options, "Quantity"),
        ValueType.Enum => EmitNames.Global(options, field.Enum!.TypeName),
        ValueType.Citation => EmitNames.Global(options, "Citation"),
        _ => "string",
    };

    /// <summary>The C# type of the property: lists are immutable arrays, optional values nullable.</summary>
    public static string PropertyType(GeneratorOptions options, FactSchema schema, KindDescriptor kind, FieldDescriptor field)
    {
        var item = ItemType(options, schema, kind, field);
        return field.IsList ? $"{ImmutableArray}<{item}>" : field.IsNullable ? item + "?" : item;
    }

    public static bool IsValueType(FieldDescriptor field) =>
        field.Type is ValueType.Id or ValueType.Reference or ValueType.Date or ValueType.Quantity or ValueType.Enum;
}
