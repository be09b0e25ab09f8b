using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactsGen.Schema;
using FactsGen.Values;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.Emit;

/// <summary>
/// One line that names a fact, for doc comments: the kind's <see cref="KindDescriptor.Summary"/>
/// template filled with the record's values in English.
/// </summary>
internal static class FactSummary
{
    private static readonly System.Text.RegularExpressions.Regex MagnitudeBeforeNoun =
        new(@"\b(dozens|hundreds|thousands) (?!of\b)(\p{L})", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public static string Describe(EmitRecord record)
    {
        var kind = FactKinds.Get(record.Kind);
        var (text, _) = Fill(kind, record, kind.Summary, 0, topLevel: true);

        // "thousands fighters" reads "thousands of fighters".
        return MagnitudeBeforeNoun.Replace(text, "$1 of $2");
    }

    /// <summary>Fills placeholders up to the end of the template or a closing bracket; a bracketed part with an absent field is dropped.</summary>
    private static (string Text, int End) Fill(KindDescriptor kind, EmitRecord record, string template, int start, bool topLevel)
    {
        var sb = new StringBuilder();
        var complete = true;
        var i = start;
        while (i < template.Length)
        {
            var c = template[i];
            if (c == ']' && !topLevel)
            {
                return (complete ? sb.ToString() : string.Empty, i + 1);
            }

            if (c == '[')
            {
                var (inner, end) = Fill(kind, record, template, i + 1, topLevel: false);
                sb.Append(inner);
                i = end;
                continue;
            }

            if (c == '{')
            {
                var close = template.IndexOf('}', i);
                var value = Display(kind, record, template.Substring(i + 1, close - i - 1));
                complete &= value is not null;
                sb.Append(value);
                i = close + 1;
                continue;
            }

            sb.Append(c);
            i++;
        }

        return (sb.ToString(), i);
    }

    private static string? Display(KindDescriptor kind, EmitRecord record, string fieldName)
    {
        var index = kind.IndexOf(fieldName);
        var field = kind.Fields[index];
        var value = record.Fields[index];
        var items = value?.Items.Select(text => Display(field, text)).ToList() ?? new List<string>();
        if (items.Count == 0 && field.Default is { } fallback)
        {
            items.Add(Display(field, fallback));
        }

        return items.Count == 0 ? null : string.Join(", ", items);
    }

    private static string Display(FieldDescriptor field, string text)
    {
        switch (field.Type)
        {
            case ValueType.Date:
                PartialDateValue.TryParse(text, out var date, out _);
                return date.ToEnglish();
            case ValueType.Quantity:
                QuantityValue.TryParse(text, out var quantity, out _);
                return quantity.ToEnglish();
            case ValueType.Enum:
                return field.Enum!.Find(text)?.Display ?? text;
            default:
                return text;
        }
    }
}
