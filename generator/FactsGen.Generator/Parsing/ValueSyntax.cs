using System.Linq;
using FactsGen.Model;
using FactsGen.Schema;
using FactsGen.Values;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.Parsing;

/// <summary>Checks one scalar against its field's value type and parses it, once, into a typed item.</summary>
internal static class ValueSyntax
{
    public static bool TryParse(FieldDescriptor field, string text, LocationInfo location, out ScalarItem? item, out string error)
    {
        item = null;
        error = string.Empty;
        switch (field.Type)
        {
            case ValueType.Date:
                if (!PartialDateValue.TryParse(text, out var date, out error)) return false;
                item = new ScalarItem(text, location) { Date = date };
                return true;
            case ValueType.Quantity:
                if (!QuantityValue.TryParse(text, out var quantity, out error)) return false;
                item = new ScalarItem(text, location) { Quantity = quantity };
                return true;
            case ValueType.Enum:
                var index = field.Enum!.IndexOf(text);
                if (index < 0) break;
                item = new ScalarItem(text, location) { EnumIndex = index };
                return true;
        }

        if (!TryValidate(field, text, out error))
        {
            return false;
        }

        item = new ScalarItem(text, location);
        return true;
    }

    private static bool TryValidate(FieldDescriptor field, string text, out string error)
    {
        error = string.Empty;
        switch (field.Type)
        {
            case ValueType.Id:
            case ValueType.Reference:
                if (Slug.IsValid(text)) return true;
                error = Slug.Explain(text);
                return false;
            case ValueType.Country:
                return CountryCodes.TryValidate(text, out error);
            case ValueType.Url:
                return UrlValue.TryValidate(text, out error);
            case ValueType.Enum:
                error = $"'{text}' is not {English.AOrAn(field.Enum!.Noun)} {field.Enum.Noun}{Suggestions.DidYouMeanSentence(text, field.Enum.Members.Select(m => m.Yaml))} Use one of: {string.Join(", ", field.Enum.Members.Select(m => m.Yaml))}";
                return false;
            default:
                if (text.Trim().Length > 0) return true;
                error = $"the value is empty; write the {field.Name} or remove the field";
                return false;
        }
    }
}
