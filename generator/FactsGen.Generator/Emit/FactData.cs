using System.Globalization;
using System.Linq;
using System.Text;
using FactsGen.Escaping;
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
        Encode(sb, kind, record, asLiteral: false);
        return sb.ToString();
    }

    /// <summary>
    /// Appends the record's data as the inside of a C# string literal: each text escaped as it is
    /// appended, which gives exactly the literal of the whole (the escape goes character by character,
    /// and no text splits a surrogate pair), without a string of the data first: this runs for every record.
    /// </summary>
    public static void EncodeLiteral(StringBuilder sb, KindDescriptor kind, FactRecord record) =>
        Encode(sb, kind, record, asLiteral: true);

    private static void Encode(StringBuilder sb, KindDescriptor kind, FactRecord record, bool asLiteral)
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
                    Text(sb, citation.Article, asLiteral);
                    Count(sb, citation.Line);
                    Text(sb, citation.Quote, asLiteral);
                }
            }
            else if (field.IsList)
            {
                var items = value?.Items ?? default;
                Count(sb, items.Count);
                foreach (var item in items)
                {
                    Text(sb, Item(field, item), asLiteral);
                }
            }
            else if (value is not null)
            {
                Text(sb, Item(field, value.Items[0]), asLiteral);
            }
            else if (field.DefaultIndex >= 0)
            {
                Text(sb, Index(field.DefaultIndex), asLiteral);
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
            Text(sb, inference.Field, asLiteral);
            Text(sb, inference.Reason, asLiteral);
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
                    Text(sb, claim.Note, asLiteral);
                }

                if (field.IsList)
                {
                    Count(sb, claim.Value.Count);
                    foreach (var item in claim.Value)
                    {
                        Text(sb, Item(field, item), asLiteral);
                    }
                }
                else
                {
                    Text(sb, Item(field, claim.Value[0]), asLiteral);
                }

                Count(sb, claim.Sources.Count);
                foreach (var citation in claim.Sources)
                {
                    Text(sb, citation.Article, asLiteral);
                    Count(sb, citation.Line);
                    Text(sb, citation.Quote, asLiteral);
                }

                Count(sb, claim.Inferences.Count);
                foreach (var inference in claim.Inferences)
                {
                    Text(sb, inference.Field, asLiteral);
                    Text(sb, inference.Reason, asLiteral);
                }
            }
        }
    }

    private static readonly string[] Indexes = System.Linq.Enumerable.Range(0, 64).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();

    /// <summary>An item's text: the canonical YAML text, or for an enum its member's index (parsed once, by the parser).</summary>
    private static string Item(FieldDescriptor field, ScalarItem item) =>
        field.Type == ValueType.Enum ? Index(item.EnumIndex) : item.Text;

    private static string Index(int index) => index < Indexes.Length ? Indexes[index] : index.ToString(CultureInfo.InvariantCulture);

    private static void Text(StringBuilder sb, string text, bool asLiteral)
    {
        if (!EscapeLoop.HasLoneSurrogate(text))
        {
            // Append(int) formats without allocating; digits of a count do not depend on culture.
            Raw(sb.Append(text.Length).Append(':'), text, asLiteral);
            return;
        }

        // Attribute strings are stored as UTF-8, which has no lone surrogates: escape them (and '\').
        var escaped = EscapeLoop.Append(new StringBuilder(text.Length + 16), text, default(DataFormat)).ToString();
        Raw(sb.Append(escaped.Length.ToString(CultureInfo.InvariantCulture)).Append('!'), escaped, asLiteral);
    }

    private static void Raw(StringBuilder sb, string text, bool asLiteral)
    {
        if (asLiteral)
        {
            CSharpLiteral.Escaped(sb, text);
        }
        else
        {
            sb.Append(text);
        }
    }

    /// <summary>The data grammar's escape: a backslash doubled, lone surrogates as <c>\uXXXX</c>, every other character as it is.</summary>
    private readonly struct DataFormat : IEscapeFormat
    {
        public UnsafeLevel Level => UnsafeLevel.LoneSurrogates;

        public bool LowerHex => false;

        public string? Replace(char c) => c == '\\' ? "\\\\" : null;
    }

    private static void Count(StringBuilder sb, int count) => sb.Append(count).Append(';');
}
