using FactsGen.Escaping;
using FactsGen.Schema;
using FactsGen.Values;

namespace FactsGen.Emit;

/// <summary>
/// Reverse navigation (docs/fact-files.md §8): a property per <see cref="ReverseDescriptor"/> listing the records
/// that refer to this one, in fact-base order. Each relation is indexed once, on first use, from
/// the source kind's <c>All</c>, so no fact file's generated source depends on another's.
/// </summary>
internal static class ReverseEmitter
{
    public static void Write(SourceWriter writer, GeneratorOptions options, FactSchema schema, KindDescriptor kind)
    {
        foreach (var reverse in kind.Reverses)
        {
            var source = schema[reverse.SourceKind];
            var field = source.Fields[reverse.SourceField];
            var sourceRecord = EmitNames.Global(options, source.RecordName);
            var id = EmitNames.Global(options, kind.IdTypeName);
            var list = $"global::System.Collections.Immutable.ImmutableArray<{sourceRecord}>";
            var builder = $"global::System.Collections.Immutable.ImmutableArray<{sourceRecord}>.Builder";
            var holder = "__Reverse" + reverse.PropertyName;

            writer.Line();
            writer.Line($"/// <summary>The {XmlDoc.Text(source.Section)} whose <c>{XmlDoc.Text(field.Name)}</c> names this {XmlDoc.Text(kind.Noun)}, in fact-base order; empty when none does. Computed once for all {XmlDoc.Text(kind.Section)}, on first use.</summary>");
            // Not data of this record (JSON would nest the referring records, and loop on cycles).
            writer.Directive("#if NETCOREAPP3_0_OR_GREATER");
            writer.Line("[global::System.Text.Json.Serialization.JsonIgnore]");
            writer.Directive("#endif");
            writer.Line($"public {list} {reverse.PropertyName} => {holder}.Of(Id);");
            writer.Line();
            writer.Line($"/// <summary>The index behind <see cref=\"{reverse.PropertyName}\"/>.</summary>");
            writer.Open($"private static class {holder}");
            writer.Line($"private static global::System.Collections.Generic.Dictionary<{id}, {list}>? s_index;");
            writer.Line();
            writer.Line($"internal static {list} Of({id} id) => (s_index ?? Build()).TryGetValue(id, out var found) ? found : {list}.Empty;");
            writer.Line();
            writer.Open($"private static global::System.Collections.Generic.Dictionary<{id}, {list}> Build()");
            writer.Line($"var lists = new global::System.Collections.Generic.Dictionary<{id}, {builder}>();");
            writer.Open($"foreach (var record in {EmitNames.Global(options, source.CatalogName)}.All)");
            if (field.IsList)
            {
                writer.Open($"foreach (var target in record.{field.PropertyName})");
                writer.Line("Add(lists, target, record);");
                writer.Close();
            }
            else if (field.IsNullable)
            {
                writer.Open($"if (record.{field.PropertyName} is {{ }} target)");
                writer.Line("Add(lists, target, record);");
                writer.Close();
            }
            else
            {
                writer.Line($"Add(lists, record.{field.PropertyName}, record);");
            }

            writer.Close();
            writer.Line();
            writer.Line($"var index = new global::System.Collections.Generic.Dictionary<{id}, {list}>(lists.Count);");
            writer.Open("foreach (var pair in lists)");
            writer.Line("index.Add(pair.Key, pair.Value.ToImmutable());");
            writer.Close();
            writer.Line();
            writer.Line("return global::System.Threading.Interlocked.CompareExchange(ref s_index, index, null) ?? index;");
            writer.Close();
            writer.Line();
            writer.Line("/// <summary>Adds a record once, even when its list names the target twice.</summary>");
            writer.Open($"private static void Add(global::System.Collections.Generic.Dictionary<{id}, {builder}> lists, {id} target, {sourceRecord} record)");
            writer.Open("if (!lists.TryGetValue(target, out var list))");
            writer.Line($"list = global::System.Collections.Immutable.ImmutableArray.CreateBuilder<{sourceRecord}>();");
            writer.Line("lists.Add(target, list);");
            writer.Close();
            writer.Line();
            writer.Open("if (list.Count == 0 || !ReferenceEquals(list[list.Count - 1], record))");
            writer.Line("list.Add(record);");
            writer.Close();
            writer.Close();
            writer.Close();
        }
    }
}
