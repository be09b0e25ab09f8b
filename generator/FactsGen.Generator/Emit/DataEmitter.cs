using System.Linq;
using FactsGen.Schema;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.Emit;

/// <summary>
/// <c>__FactsGenData</c>: reads the compact record strings of <see cref="FactData"/> back into
/// records, one method per kind (walking the kind's descriptor, so it follows the schema), and holds
/// the helpers of the records' <c>ToString()</c>. Fixed for a given namespace, so it is emitted once
/// with the other fixed types.
/// </summary>
internal static class DataEmitter
{
    public const string ClassName = GeneratedNames.DataClass;

    /// <summary>The attribute that holds a holder class's record strings (in the #Blob heap, which has no size cap).</summary>
    public const string AttributeName = "HolderData";

    public static SourceFile Emit(GeneratorOptions options)
    {
        var writer = SourceFrame.Begin(options, "reads the compact fact data of the catalogs");
        writer.Line("/// <summary>Builds the records of the generated catalogs from their compact data, one string per record, and prints them for <c>ToString()</c> (generated code calls it; not for use by hand).</summary>");
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Line(SourceFrame.GeneratedCode);
        writer.Open($"internal static partial class {ClassName}");
        SourceFrame.Template(writer, options, AttributeTemplate);
        writer.Line();
        writer.Line("private static int Index(string digits)");
        writer.Open(string.Empty);
        writer.Line("var n = 0;");
        writer.Open("foreach (var c in digits)");
        writer.Line("n = (n * 10) + (c - '0');");
        writer.Close();
        writer.Line();
        writer.Line("return n;");
        writer.Close();
        writer.Line();
        SourceFrame.Template(writer, options, ReaderTemplate);
        writer.Line();
        SourceFrame.Template(writer, options, PrintTemplate);
        writer.Close();
        return new SourceFile("FactsGen.Data.g.cs", SourceFrame.End(writer));
    }

    /// <summary>A kind's part of <c>__FactsGenData</c>: the method that builds its records from a holder class's data, and its list readers.</summary>
    public static void WriteKindReader(SourceWriter writer, GeneratorOptions options, FactSchema schema, KindDescriptor kind)
    {
        var record = EmitNames.Global(options, kind.RecordName);
        writer.Open($"internal static partial class {ClassName}");
        writer.Line($"/// <summary>The {kind.Section} of one holder class, in order.</summary>");
        writer.Line($"/// <param name=\"holder\">The holder class, whose <see cref=\"{AttributeName}Attribute\"/> holds one string per record.</param>");
        writer.Line("/// <returns>The records.</returns>");
        writer.Open($"internal static {record}[] {kind.CatalogName}(global::System.Type holder)");
        writer.Line("var data = Records(holder);");
        writer.Line($"var items = new {record}[data.Length];");
        writer.Open("for (var i = 0; i < data.Length; i++)");
        writer.Line("var r = new Reader(data[i]);");
        writer.Line($"items[i] = new {record}(");
        var arguments = kind.Fields.Select(f => FieldExpression(options, schema, kind, f))
            .Concat(new[] { "r.Inferences()" })
            .Concat(ClaimsEmitter.Disputable(kind).Select(f => $"{ClaimsReaderName(kind, f)}(ref r)"))
            .ToList();
        for (var a = 0; a < arguments.Count; a++)
        {
            writer.Line($"    {arguments[a]}{(a == arguments.Count - 1 ? ");" : ",")}");
        }

        writer.Close();
        writer.Line();
        writer.Line("return items;");
        writer.Close();

        // One list reader per item type, without delegates: a generic helper taking a lambda made
        // the first access JIT a delegate type and a generic method per value type (bench/README.md).
        foreach (var (itemType, helper, item) in ListReaders(options, schema, kind))
        {
            writer.Line();
            writer.Open($"private static global::System.Collections.Immutable.ImmutableArray<{itemType}> {helper}(ref Reader r)");
            writer.Line("var count = r.Count();");
            writer.Open("if (count == 0)");
            writer.Line($"return global::System.Collections.Immutable.ImmutableArray<{itemType}>.Empty;");
            writer.Close();
            writer.Line();
            writer.Line($"var items = new {itemType}[count];");
            writer.Open("for (var i = 0; i < count; i++)");
            writer.Line($"items[i] = {item};");
            writer.Close();
            writer.Line();
            writer.Line("return Reader.Wrap(items);");
            writer.Close();
        }

        foreach (var f in ClaimsEmitter.Disputable(kind))
        {
            WriteClaimsReader(writer, options, schema, kind, f);
        }

        writer.Close();
    }

    private static string ClaimsReaderName(KindDescriptor kind, FieldDescriptor field) => kind.CatalogName + field.ClaimsPropertyName;

    /// <summary>A disputable field's claims (<see cref="FactData"/>: a count, then each claim's rank, note, value, citations and inferences); default when the field holds one value.</summary>
    private static void WriteClaimsReader(SourceWriter writer, GeneratorOptions options, FactSchema schema, KindDescriptor kind, FieldDescriptor field)
    {
        var claim = ClaimsEmitter.ClaimType(options, schema, kind, field);
        var value = field.IsList ? $"{ListReaderName(options, schema, kind, field)}(ref r)" : Item(options, schema, kind, field, "r.Text()");
        writer.Line();
        writer.Open($"private static {ClaimsEmitter.ClaimsType(options, schema, kind, field)} {ClaimsReaderName(kind, field)}(ref Reader r)");
        writer.Line("var count = r.Count();");
        writer.Open("if (count == 0)");
        writer.Line("return default;");
        writer.Close();
        writer.Line();
        writer.Line($"var items = new {claim}[count];");
        writer.Open("for (var i = 0; i < count; i++)");
        writer.Line($"var rank = ({EmitNames.Global(options, "ClaimRank")})r.Count();");
        writer.Line("var note = r.Absent() ? null : r.Text();");
        writer.Line($"items[i] = new {claim}({value}, rank, r.Citations(), note, r.Inferences());");
        writer.Close();
        writer.Line();
        writer.Line("return Reader.Wrap(items);");
        writer.Close();
    }

    private static string FieldExpression(GeneratorOptions options, FactSchema schema, KindDescriptor kind, FieldDescriptor field)
    {
        if (field.Type == ValueType.Citation)
        {
            return "r.Citations()";
        }

        if (field.IsList)
        {
            return $"{ListReaderName(options, schema, kind, field)}(ref r)";
        }

        var item = Item(options, schema, kind, field, "r.Text()");
        if (!field.IsNullable)
        {
            return item;
        }

        return TypeMapping.IsValueType(field)
            ? $"r.Absent() ? ({TypeMapping.ItemType(options, schema, kind, field)}?)null : {item}"
            : $"r.Absent() ? null : {item}";
    }

    /// <summary>The list readers a kind needs: one per C# item type.</summary>
    private static System.Collections.Generic.IEnumerable<(string ItemType, string Helper, string Item)> ListReaders(GeneratorOptions options, FactSchema schema, KindDescriptor kind)
    {
        var seen = new System.Collections.Generic.HashSet<string>();
        foreach (var field in kind.Fields.Where(f => f.IsList && f.Type != ValueType.Citation))
        {
            var helper = ListReaderName(options, schema, kind, field);
            if (seen.Add(helper))
            {
                yield return (TypeMapping.ItemType(options, schema, kind, field), helper, Item(options, schema, kind, field, "r.Text()"));
            }
        }
    }

    /// <summary>Named after the kind too: every kind's readers live in the one partial class.</summary>
    private static string ListReaderName(GeneratorOptions options, FactSchema schema, KindDescriptor kind, FieldDescriptor field)
    {
        var type = TypeMapping.ItemType(options, schema, kind, field);
        return kind.CatalogName + "ListOf" + type.Substring(type.LastIndexOf('.') + 1);
    }

    private static string Item(GeneratorOptions options, FactSchema schema, KindDescriptor kind, FieldDescriptor field, string text) => field.Type switch
    {
        ValueType.Id or ValueType.Reference => $"new {TypeMapping.ItemType(options, schema, kind, field)}({text})",
        ValueType.Url => $"new global::System.Uri({text}, global::System.UriKind.Absolute)",
        ValueType.Date => $"{EmitNames.Global(options, "PartialDate")}.Parse({text})",
        ValueType.Quantity => $"{EmitNames.Global(options, "Quantity")}.Parse({text})",
        ValueType.Enum => $"({TypeMapping.ItemType(options, schema, kind, field)})Index({text})",
        _ => text,
    };

    private const string AttributeTemplate = """
        /// <summary>The records of a holder class, one string each (attribute arguments live in the #Blob heap, which has no size cap).</summary>
        [global::System.AttributeUsage(global::System.AttributeTargets.Class, Inherited = false)]
        internal sealed class HolderDataAttribute : global::System.Attribute
        {
            /// <summary>Holds the records.</summary>
            /// <param name="records">One string per record.</param>
            public HolderDataAttribute(params string[] records) => Records = records;

            /// <summary>One string per record.</summary>
            public string[] Records { get; }
        }

        /// <summary>The ids of a holder class's records, in order, read without building the records (each record's string starts with its id).</summary>
        /// <param name="holder">The holder class.</param>
        /// <returns>The ids.</returns>
        internal static string[] Ids(global::System.Type holder)
        {
            var data = Records(holder);
            var ids = new string[data.Length];
            for (var i = 0; i < data.Length; i++)
            {
                ids[i] = new Reader(data[i]).Text();
            }

            return ids;
        }

        private static string[] Records(global::System.Type holder) =>
            (global::System.Attribute.GetCustomAttribute(holder, typeof(HolderDataAttribute), false) as HolderDataAttribute)?.Records
            ?? throw new global::System.InvalidOperationException("FactsGen: the fact data of " + holder.FullName + " is missing (was its attribute trimmed?).");
        """;

    /// <summary>What the records' <c>PrintMembers</c> (<see cref="TypesEmitter"/>) call to print a value.</summary>
    public const string AppendMethod = "Append";

    /// <summary>What the records' <c>PrintMembers</c> call to print a list.</summary>
    public const string AppendListMethod = "AppendList";

    /// <summary>The helpers of every record's <c>ToString()</c>, emitted once rather than in each record type.</summary>
    private const string PrintTemplate = """
        /// <summary>Appends a value as its <c>ToString()</c> gives it, numbers in the invariant culture, null as nothing (as records print it).</summary>
        /// <param name="builder">The builder a record's <c>ToString()</c> prints into.</param>
        /// <param name="value">The value.</param>
        /// <typeparam name="T">The value's type.</typeparam>
        internal static void Append<T>(global::System.Text.StringBuilder builder, T value) =>
            builder.Append(value is global::System.IFormattable formattable ? formattable.ToString(null, global::System.Globalization.CultureInfo.InvariantCulture) : value?.ToString());

        /// <summary>Appends a list as <c>[a, b]</c>, each item as <see cref="Append{T}"/> does.</summary>
        /// <param name="builder">The builder a record's <c>ToString()</c> prints into.</param>
        /// <param name="items">The list.</param>
        /// <typeparam name="T">The items' type.</typeparam>
        internal static void AppendList<T>(global::System.Text.StringBuilder builder, global::System.Collections.Immutable.ImmutableArray<T> items)
        {
            builder.Append('[');
            for (var i = 0; i < items.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                Append(builder, items[i]);
            }

            builder.Append(']');
        }

        /// <summary>Appends a claim's value: a list as <see cref="AppendList{T}"/> does, anything else as <see cref="Append{T}"/>.</summary>
        /// <param name="builder">The builder a claim's <c>ToString()</c> prints into.</param>
        /// <param name="value">The value.</param>
        /// <typeparam name="T">The value's type.</typeparam>
        internal static void AppendValue<T>(global::System.Text.StringBuilder builder, T value)
        {
            if (value is string || value is not global::System.Collections.IEnumerable items)
            {
                Append(builder, value);
                return;
            }

            builder.Append('[');
            var first = true;
            foreach (var item in items)
            {
                if (!first)
                {
                    builder.Append(", ");
                }

                first = false;
                Append(builder, item);
            }

            builder.Append(']');
        }

        /// <summary>Whether two claims' values are equal, a list item by item (an <c>ImmutableArray</c> compares by reference).</summary>
        /// <param name="a">A value.</param>
        /// <param name="b">Another value.</param>
        /// <typeparam name="T">The values' type.</typeparam>
        /// <returns>True when equal.</returns>
        internal static bool SameValue<T>(T a, T b) =>
            a is global::System.Collections.IStructuralEquatable list && b is not null
                ? list.Equals(b, global::System.Collections.Generic.EqualityComparer<object>.Default)
                : global::System.Collections.Generic.EqualityComparer<T>.Default.Equals(a, b);

        /// <summary>Whether sources dispute a field: two or more claims that are not deprecated give different values.</summary>
        /// <param name="claims">The field's claims.</param>
        /// <typeparam name="T">The field's type.</typeparam>
        /// <returns>True when disputed.</returns>
        internal static bool IsDisputed<T>(global::System.Collections.Immutable.ImmutableArray<global::__NS__.Claim<T>> claims)
        {
            global::__NS__.Claim<T>? first = null;
            foreach (var claim in claims)
            {
                if (claim.Rank == global::__NS__.ClaimRank.Deprecated)
                {
                    continue;
                }

                if (first is null)
                {
                    first = claim;
                }
                else if (!SameValue(first.Value, claim.Value))
                {
                    return true;
                }
            }

            return false;
        }
        """;

    /// <summary>The reader of <see cref="FactData"/>'s grammar.</summary>
    private const string ReaderTemplate = """
        /// <summary>Reads one record string (FactsGen's FactData grammar): texts are <c>length:chars</c>, counts <c>digits;</c>, an absent value <c>~</c>.</summary>
        private struct Reader
        {
            private readonly string _data;
            private int _at;

            public Reader(string data)
            {
                _data = data;
                _at = 0;
            }

            /// <summary>Skips an absent value and says so.</summary>
            public bool Absent()
            {
                if (_data[_at] != '~')
                {
                    return false;
                }

                _at++;
                return true;
            }

            /// <summary>A count or line number.</summary>
            public int Count()
            {
                var n = 0;
                char c;
                while ((c = _data[_at++]) != ';')
                {
                    n = (n * 10) + (c - '0');
                }

                return n;
            }

            /// <summary>A text: <c>length:chars</c>, or <c>length!chars</c> with <c>\\</c> and <c>\uXXXX</c> escapes (lone surrogates).</summary>
            public string Text()
            {
                var length = 0;
                char c;
                while ((c = _data[_at++]) is >= '0' and <= '9')
                {
                    length = (length * 10) + (c - '0');
                }

                var text = _data.Substring(_at, length);
                _at += length;
                return c == '!' ? Unescape(text) : text;
            }

            private static string Unescape(string text)
            {
                var sb = new global::System.Text.StringBuilder(text.Length);
                for (var i = 0; i < text.Length; i++)
                {
                    if (text[i] != '\\')
                    {
                        sb.Append(text[i]);
                    }
                    else if (text[i + 1] == '\\')
                    {
                        sb.Append('\\');
                        i++;
                    }
                    else
                    {
                        sb.Append((char)int.Parse(text.Substring(i + 2, 4), global::System.Globalization.NumberStyles.HexNumber, global::System.Globalization.CultureInfo.InvariantCulture));
                        i += 5;
                    }
                }

                return sb.ToString();
            }

            /// <summary>Citations: their count, then article, line and quote of each.</summary>
            public global::System.Collections.Immutable.ImmutableArray<global::__NS__.Citation> Citations()
            {
                var count = Count();
                var items = new global::__NS__.Citation[count];
                for (var i = 0; i < count; i++)
                {
                    items[i] = new global::__NS__.Citation(new global::__NS__.ArticleId(Text()), Count(), Text());
                }

                return Wrap(items);
            }

            /// <summary>The inferences that end every record: their count, then field and reason of each.</summary>
            public global::System.Collections.Immutable.ImmutableArray<global::__NS__.Inference> Inferences()
            {
                var count = Count();
                if (count == 0)
                {
                    return global::System.Collections.Immutable.ImmutableArray<global::__NS__.Inference>.Empty;
                }

                var items = new global::__NS__.Inference[count];
                for (var i = 0; i < count; i++)
                {
                    items[i] = new global::__NS__.Inference(Text(), Text());
                }

                return Wrap(items);
            }

            /// <summary>An immutable array over a new array nothing else holds (no builder: fewer generic instantiations to JIT on first use).</summary>
            internal static global::System.Collections.Immutable.ImmutableArray<T> Wrap<T>(T[] items) =>
        #if NET8_0_OR_GREATER
                global::System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items);
        #else
                global::System.Collections.Immutable.ImmutableArray.Create(items);
        #endif
        }
        """;
}
