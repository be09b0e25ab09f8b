using System.Linq;
using FactsGen.Schema;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.Values;

/// <summary>Checks one scalar against its field's value type and gives its canonical text.</summary>
internal static class ValueSyntax
{
    public static bool TryCanonicalize(FieldDescriptor field, string text, out string canonical, out string error)
    {
        canonical = text;
        error = string.Empty;
        switch (field.Type)
        {
            case ValueType.Id:
            case ValueType.Reference:
                if (Slug.IsValid(text)) return true;
                error = Slug.Explain(text);
                return false;
            case ValueType.Date:
                return PartialDateValue.TryParse(text, out _, out error);
            case ValueType.Quantity:
                return QuantityValue.TryParse(text, out _, out error);
            case ValueType.Country:
                return CountryCodes.TryValidate(text, out error);
            case ValueType.Url:
                return UrlValue.TryValidate(text, out error);
            case ValueType.Enum:
                if (field.Enum!.Find(text) is not null) return true;
                error = $"'{text}' is not {English.AOrAn(field.Enum.Noun)} {field.Enum.Noun}{Suggestions.DidYouMeanSentence(text, field.Enum.Members.Select(m => m.Yaml))} Use one of: {string.Join(", ", field.Enum.Members.Select(m => m.Yaml))}";
                return false;
            default:
                if (text.Trim().Length > 0) return true;
                error = $"the value is empty; write the {field.Name} or remove the field";
                return false;
        }
    }
}
