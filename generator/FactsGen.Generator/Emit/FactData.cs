using System.Globalization;
using System.Linq;
using System.Text;
using FactsGen.Model;
using FactsGen.Schema;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.Emit;

/// <summary>
/// The compact form a record takes in generated code: one string per record, its fields in
/// descriptor order, read back at run time by the generated <c>__FactsGenData</c> (see
/// <see cref="DataEmitter"/>). Data instead of constructor calls because the numbers said so: a
/// string literal costs the compiler a token and the JIT one <c>ldstr</c>, where a constructor
/// call per record costs overload resolution at build time and JIT time on first use.
/// <para>Grammar: a text is <c>length:chars</c> (UTF-16 length), or <c>length!chars</c> when it
/// holds a lone surrogate, which UTF-8 attribute storage cannot keep: then <c>\</c> is
/// <c>\\</c> and the surrogate <c>\uXXXX</c>. An absent optional value is <c>~</c>, a count or
/// line number is <c>digits;</c>. A list is its count then its items; a citation is article,
/// line, quote. Enums are their member's index. After the fields: the inferences, a count then
/// field and reason of each; then each disputable field's claims (docs/fact-files.md §14): their count (0 for a
/// value written as one), then per claim its rank's index, its note (or <c>~</c>), its value as the
/// field's, its citations and its inferences.</para>
/// </summary>
internal static class FactData
{
    public static string Encode(KindDescriptor kind, FactRecord record)
    {
        var sb = new StringBuilder(64 * kind.Fields.Count);
        Encode(sb, kind, record);
        return sb.ToString();
    }

    public static void Encode(StringBuilder sb, KindDescriptor kind, FactRecord record)
    {
        for (var i = 0; i < kind.Fields.Count; i++)
        {
            var field = kind.Fields[i];
            var value = record.Fields[i];
            if (field.Type == ValueType.Citation)
            {
                var citations = value?.Citations ?? default;
                Count(sb, citations.Count);
                foreach (var citation in citations)
                {
                    Text(sb, citation.Article);
                    Count(sb, citation.Line);
                    Text(sb, citation.Quote);
                }
            }
            else if (field.IsList)
            {
                var items = value?.Items ?? default;
                Count(sb, items.Count);
                foreach (var item in items)
                {
                    Text(sb, Item(field, item));
                }
            }
            else if (value is not null)
            {
                Text(sb, Item(field, value.Items[0]));
            }
            else if (field.DefaultIndex >= 0)
            {
                Text(sb, Index(field.DefaultIndex));
            }
            else
            {
                sb.Append('~');
            }
        }

        // Every record ends with its inferences (usually none: "0;").
        Count(sb, record.Inferences.Count);
        foreach (var inference in record.Inferences)
        {
            Text(sb, inference.Field);
            Text(sb, inference.Reason);
        }

        // Then the claims of each disputable field: none (0;) for a value written as one.
        for (var i = 0; i < kind.Fields.Count; i++)
        {
            var field = kind.Fields[i];
            if (!field.IsDisputable)
            {
                continue;
            }

            var claims = record.Fields[i]?.Claims ?? default;
            Count(sb, claims.Count);
            foreach (var claim in claims)
            {
                Count(sb, (int)claim.Rank);
                if (claim.Note is null)
                {
                    sb.Append('~');
                }
                else
                {
                    Text(sb, claim.Note);
                }

                if (field.IsList)
                {
                    Count(sb, claim.Value.Count);
                    foreach (var item in claim.Value)
                    {
                        Text(sb, Item(field, item));
                    }
                }
                else
                {
                    Text(sb, Item(field, claim.Value[0]));
                }

                Count(sb, claim.Sources.Count);
                foreach (var citation in claim.Sources)
                {
                    Text(sb, citation.Article);
                    Count(sb, citation.Line);
                    Text(sb, citation.Quote);
                }

                Count(sb, claim.Inferences.Count);
                foreach (var inference in claim.Inferences)
                {
                    Text(sb, inference.Field);
                    Text(sb, inference.Reason);
                }
            }
        }
    }

    private static readonly string[] Indexes = System.Linq.Enumerable.Range(0, 64).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();

    /// <summary>An item's text: the canonical YAML text, or for an enum its member's index (parsed once, by the parser).</summary>
    private static string Item(FieldDescriptor field, ScalarItem item) =>
        field.Type == ValueType.Enum ? Index(item.EnumIndex) : item.Text;

    private static string Index(int index) => index < Indexes.Length ? Indexes[index] : index.ToString(CultureInfo.InvariantCulture);

    private static void Text(StringBuilder sb, string text)
    {
        if (!HasLoneSurrogate(text))
        {
            // Append(int) formats without allocating; digits of a count do not depend on culture.
            sb.Append(text.Length).Append(':').Append(text);
            return;
        }

        // Attribute strings are stored as UTF-8, which has no lone surrogates: escape them (and '\').
        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                escaped.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                escaped.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c == '\\' ? "\\\\" : c.ToString());
            }
        }

        sb.Append(escaped.Length.ToString(CultureInfo.InvariantCulture)).Append('!').Append(escaped);
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static void Count(StringBuilder sb, int count) => sb.Append(count).Append(';');
}
