using System.Globalization;
using FactsGen.Schema;
using FactsGen.Values;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.Emit;

/// <summary>How each value type of the format appears in C#: its type and the expression for a value.</summary>
internal static class TypeMapping
{
    private const string ImmutableArray = "global::System.Collections.Immutable.ImmutableArray";

    /// <summary>The C# type of one item of the field.</summary>
    public static string ItemType(GeneratorOptions options, KindDescriptor kind, FieldDescriptor field) => field.Type switch
    {
        ValueType.Id => EmitNames.Global(options, kind.IdTypeName),
        ValueType.Reference => EmitNames.Global(options, FactKinds.Get(field.Target!.Value).IdTypeName),
        ValueType.Url => "global::System.Uri",
        ValueType.Date => EmitNames.Global(options, "PartialDate"),
        ValueType.Quantity => EmitNames.Global(options, "Quantity"),
        ValueType.Enum => EmitNames.Global(options, field.Enum!.TypeName),
        ValueType.Citation => EmitNames.Global(options, "Citation"),
        _ => "string",
    };

    /// <summary>The C# type of the property: lists are immutable arrays, optional values nullable.</summary>
    public static string PropertyType(GeneratorOptions options, KindDescriptor kind, FieldDescriptor field)
    {
        var item = ItemType(options, kind, field);
        return field.IsList ? $"{ImmutableArray}<{item}>" : field.IsNullable ? item + "?" : item;
    }

    public static bool IsValueType(FieldDescriptor field) =>
        field.Type is ValueType.Id or ValueType.Reference or ValueType.Date or ValueType.Quantity or ValueType.Enum;

    /// <summary>The expression for one canonical value (already validated by <see cref="ValueSyntax"/>).</summary>
    public static string ItemExpression(GeneratorOptions options, KindDescriptor kind, FieldDescriptor field, string text)
    {
        switch (field.Type)
        {
            case ValueType.Id:
            case ValueType.Reference:
                return $"new {ItemType(options, kind, field)}({CSharpLiteral.String(text)})";
            case ValueType.Url:
                return $"new global::System.Uri({CSharpLiteral.String(text)}, global::System.UriKind.Absolute)";
            case ValueType.Date:
                PartialDateValue.TryParse(text, out var date, out _);
                var parts = date.Day is { } day ? $"{date.Year}, {date.Month}, {day}" : date.Month is { } month ? $"{date.Year}, {month}" : $"{date.Year}";
                return $"new {ItemType(options, kind, field)}({parts.ToString(CultureInfo.InvariantCulture)})";
            case ValueType.Quantity:
                QuantityValue.TryParse(text, out var quantity, out _);
                var type = ItemType(options, kind, field);
                return quantity.Kind switch
                {
                    QuantityKind.Exact => $"{type}.Exactly({CSharpLiteral.Int(quantity.Value)})",
                    QuantityKind.Approximate => $"{type}.About({CSharpLiteral.Int(quantity.Value)})",
                    QuantityKind.AtLeast => $"{type}.AtLeast({CSharpLiteral.Int(quantity.Value)})",
                    QuantityKind.AtMost => $"{type}.AtMost({CSharpLiteral.Int(quantity.Value)})",
                    QuantityKind.Range => $"{type}.Between({CSharpLiteral.Int(quantity.Value)}, {CSharpLiteral.Int(quantity.Max)})",
                    _ => $"{type}.Of({EmitNames.Global(options, "QuantityMagnitude")}.{Naming.ToPascalCase(quantity.MagnitudeName!)})",
                };
            case ValueType.Enum:
                return $"{ItemType(options, kind, field)}.{field.Enum!.Find(text)!.MemberName}";
            default:
                return CSharpLiteral.String(text);
        }
    }

    /// <summary>The expression for a whole field, absent ones included.</summary>
    public static string FieldExpression(GeneratorOptions options, KindDescriptor kind, FieldDescriptor field, EmitField? value)
    {
        if (field.Type == ValueType.Citation)
        {
            var citation = EmitNames.Global(options, "Citation");
            var articleId = EmitNames.Global(options, FactKinds.Articles.IdTypeName);
            var items = new System.Collections.Generic.List<string>();
            foreach (var c in value?.Citations ?? default)
            {
                items.Add($"new {citation}(new {articleId}({CSharpLiteral.String(c.Article)}), {CSharpLiteral.Int(c.Line)}, {CSharpLiteral.String(c.Quote)})");
            }

            return List(citation, items);
        }

        if (field.IsList)
        {
            var items = new System.Collections.Generic.List<string>();
            foreach (var text in value?.Items ?? default)
            {
                items.Add(ItemExpression(options, kind, field, text));
            }

            return List(ItemType(options, kind, field), items);
        }

        if (value is null)
        {
            return field.Default is { } fallback ? ItemExpression(options, kind, field, fallback) : "null";
        }

        return ItemExpression(options, kind, field, value.Items[0]);
    }

    private static string List(string itemType, System.Collections.Generic.List<string> items) =>
        items.Count == 0
            ? $"{ImmutableArray}<{itemType}>.Empty"
            : $"{ImmutableArray}.Create<{itemType}>({string.Join(", ", items)})";
}
