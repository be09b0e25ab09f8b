using System.Collections.Generic;
using System.Text;
using FactsGen.Model;
using FactsGen.Schema;
using FactsGen.Values;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.Emit;

/// <summary>
/// One line that names a fact, for doc comments: the kind's <see cref="KindDescriptor.Summary"/>
/// template filled with the record's values in English. Each kind's template is parsed once.
/// </summary>
internal static class FactSummary
{
    private static readonly System.Text.RegularExpressions.Regex MagnitudeBeforeNoun =
        new(@"\b(dozens|hundreds|thousands) (?!of\b)(\p{L})", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly Segment[][] Templates = Compile();

    public static string Describe(FactRecord record)
    {
        var kind = FactKinds.Get(record.Kind);
        var sb = new StringBuilder(96);
        Fill(sb, kind, record, Templates[(int)record.Kind]);
        var text = sb.ToString();

        // "thousands fighters" reads "thousands of fighters" (the regex only where it can match).
        return text.IndexOf("dozens ", System.StringComparison.Ordinal) >= 0
            || text.IndexOf("hundreds ", System.StringComparison.Ordinal) >= 0
            || text.IndexOf("thousands ", System.StringComparison.Ordinal) >= 0
            ? MagnitudeBeforeNoun.Replace(text, "$1 of $2")
            : text;
    }

    /// <summary>Writes the segments; returns false when a field they name is absent (a bracketed part is then dropped).</summary>
    private static bool Fill(StringBuilder sb, KindDescriptor kind, FactRecord record, Segment[] segments)
    {
        var complete = true;
        foreach (var segment in segments)
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
            else
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

            sb.Append(Display(field, fallback));
            return true;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Display(field, items[i].Text));
        }

        return true;
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

    private static Segment[][] Compile()
    {
        var templates = new Segment[FactKinds.All.Count][];
        foreach (var kind in FactKinds.All)
        {
            var at = 0;
            templates[(int)kind.Kind] = Parse(kind, kind.Summary, ref at, topLevel: true);
        }

        return templates;
    }

    /// <summary>Parses up to the end of the template or a closing bracket: text, <c>{field}</c>, and <c>[…]</c> groups.</summary>
    private static Segment[] Parse(KindDescriptor kind, string template, ref int i, bool topLevel)
    {
        var segments = new List<Segment>();
        var literal = new StringBuilder();
        void Flush()
        {
            if (literal.Length > 0)
            {
                segments.Add(new Segment(literal.ToString(), -1, null));
                literal.Clear();
            }
        }

        while (i < template.Length)
        {
            var c = template[i];
            if (c == ']' && !topLevel)
            {
                i++;
                break;
            }

            if (c == '[')
            {
                Flush();
                i++;
                segments.Add(new Segment(null, -1, Parse(kind, template, ref i, topLevel: false)));
                continue;
            }

            if (c == '{')
            {
                Flush();
                var close = template.IndexOf('}', i);
                segments.Add(new Segment(null, kind.IndexOf(template.Substring(i + 1, close - i - 1)), null));
                i = close + 1;
                continue;
            }

            literal.Append(c);
            i++;
        }

        Flush();
        return segments.ToArray();
    }

    /// <summary>Literal text, a field (its index), or a bracketed group.</summary>
    private sealed record Segment(string? Literal, int Field, Segment[]? Group);
}
