using System.Collections.Generic;
using System.Text;
using FactsGen.Model;
using FactsGen.Schema;
using FactsGen.Values;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.Semantics;

/// <summary>
/// One line that names a fact, for doc comments: the kind's <see cref="KindDescriptor.Template"/>
/// (parsed once, with the kind) filled with the record's values in English.
/// </summary>
public static class FactSummary
{
    private static readonly System.Text.RegularExpressions.Regex MagnitudeBeforeNoun =
        new(@"\b(dozens|hundreds|thousands) (?!of\b)(\p{L})", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>The builder <see cref="Describe(FactRecord, FactSchema)"/> fills, one per thread: it runs for every record of a cold build.</summary>
    [System.ThreadStatic]
    private static StringBuilder? _builder;

    public static string Describe(FactRecord record, FactSchema schema)
    {
        var kind = schema[record.Kind];
        var sb = _builder ??= new StringBuilder(256);
        sb.Clear();
        Fill(sb, kind, record, kind.Template);
        var text = sb.ToString();
        if (sb.Capacity > 4096)
        {
            _builder = null; // a rare huge summary is not kept for the rest of the thread's life
        }

        // "thousands fighters" reads "thousands of fighters" (the regex only where it can match).
        return text.IndexOf("dozens ", System.StringComparison.Ordinal) >= 0
            || text.IndexOf("hundreds ", System.StringComparison.Ordinal) >= 0
            || text.IndexOf("thousands ", System.StringComparison.Ordinal) >= 0
            ? MagnitudeBeforeNoun.Replace(text, "$1 of $2")
            : text;
    }

    /// <summary>Writes the segments; returns false when a field they name is absent (a bracketed part is then dropped).</summary>
    private static bool Fill(StringBuilder sb, KindDescriptor kind, FactRecord record, SummaryTemplate template)
    {
        var complete = true;
        foreach (var segment in template.Segments)
        {
            if (segment.Literal is not null)
            {
                sb.Append(segment.Literal);
            }
            else if (segment.Group is not null)
            {
                var start = sb.Length;
                if (!Fill(sb, kind, record, segment.Group))
                {
                    sb.Length = start;
                }
            }
            else if (segment.Field >= 0)
            {
                complete &= Display(sb, kind.Fields[segment.Field], record.Fields[segment.Field]);
            }
        }

        return complete;
    }

    private static bool Display(StringBuilder sb, FieldDescriptor field, FieldValue? value)
    {
        var items = value?.Items ?? default;
        if (items.Count == 0)
        {
            if (field.Default is not { } fallback)
            {
                return false;
            }

            sb.Append(field.Enum?.Find(fallback)?.Display ?? fallback);
            return true;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Display(field, items[i]));
        }

        return true;
    }

    /// <summary>A field's value (a list's items joined by commas) in English, e.g. a claim's.</summary>
    public static string Describe(FieldDescriptor field, EquatableArray<ScalarItem> items)
    {
        var sb = new StringBuilder(32);
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Display(field, items[i]));
        }

        return sb.ToString();
    }

    /// <summary>A value in English, from the value parsed once (nothing is parsed again here).</summary>
    private static string Display(FieldDescriptor field, ScalarItem item) => field.Type switch
    {
        ValueType.Date => item.Date.ToEnglish(),
        ValueType.Quantity => item.Quantity.ToEnglish(),
        ValueType.Enum => field.Enum!.Members[item.EnumIndex].Display,
        _ => item.Text,
    };
}
