using System.Collections.Generic;
using System.Linq;
using FactsGen.Schema;

namespace FactsGen.Emit;

/// <summary>
/// A kind's catalog core: <c>All</c> in fact-base order, <c>Get</c> and <c>TryGet</c>. The facts'
/// own properties come from each fact file's source (<see cref="FactFileEmitter"/>); this part only
/// strings their holder classes together, so it changes when files come and go, not when facts change.
/// </summary>
internal static class CatalogEmitter
{
    public static SourceFile Emit(CatalogModel model)
    {
        var options = model.Options;
        var kind = model.Kind;
        var record = EmitNames.Global(options, kind.RecordName);
        var id = EmitNames.Global(options, kind.IdTypeName);
        var total = model.Files.Sum(f => f.Count);
        var size = EmitNames.HolderSize.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // The holder classes in fact-base order; All, lookup and __Holder all go by this one list.
        var holders = new List<string>();
        foreach (var file in model.Files)
        {
            var prefix = EmitNames.HolderClassPrefix(EmitNames.FileKey(options, file.Path));
            for (var c = 0; c < EmitNames.HolderCount(file.Count); c++)
            {
                holders.Add(EmitNames.HolderClass(prefix, c));
            }
        }

        var writer = SourceFrame.Begin(options, $"the {kind.CatalogName} catalog");

        writer.Line($"/// <summary>The fact base's {kind.Section}: one property per {kind.Noun}, named from its id, plus <see cref=\"All\"/> and lookup by id.</summary>");
        writer.Line(SourceFrame.GeneratedCode);
        writer.Open($"public static partial class {kind.CatalogName}");
        writer.Line($"private static global::System.Collections.Immutable.ImmutableArray<{record}> s_all;");
        writer.Line("private static global::System.Collections.Generic.Dictionary<string, int>? s_byId;");
        writer.Line();
        writer.Line($"/// <summary>Every {kind.Noun} ({total.ToString(System.Globalization.CultureInfo.InvariantCulture)}), in fact-base order: by fact file path, then position in the file.</summary>");
        writer.Open($"public static global::System.Collections.Immutable.ImmutableArray<{record}> All");
        writer.Open("get");
        writer.Open("if (s_all.IsDefault)");
        writer.Line($"var builder = global::System.Collections.Immutable.ImmutableArray.CreateBuilder<{record}>({total.ToString(System.Globalization.CultureInfo.InvariantCulture)});");
        writer.Open($"for (var ordinal = 0; ordinal < {holders.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)}; ordinal++)");
        writer.Line("builder.AddRange(__Holder(ordinal));");
        writer.Close();
        writer.Line();
        writer.Line("global::System.Collections.Immutable.ImmutableInterlocked.InterlockedInitialize(ref s_all, builder.MoveToImmutable());");
        writer.Close();
        writer.Line();
        writer.Line("return s_all;");
        writer.Close();
        writer.Close();
        writer.Line();

        writer.Line($"/// <summary>The {kind.Noun} with the given id.</summary>");
        writer.Line("/// <param name=\"id\">The id.</param>");
        writer.Line($"/// <returns>The {kind.Noun}.</returns>");
        writer.Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No record has this id.</exception>");
        writer.Line($"public static {record} Get({id} id) => Get(id.Value);");
        writer.Line();
        writer.Line($"/// <summary>The {kind.Noun} with the given id.</summary>");
        writer.Line("/// <param name=\"id\">The id, as written in the fact files.</param>");
        writer.Line($"/// <returns>The {kind.Noun}.</returns>");
        writer.Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No record has this id.</exception>");
        writer.Line($"public static {record} Get(string id) =>");
        writer.Line($"    TryGet(id, out var value) ? value! : throw new global::System.Collections.Generic.KeyNotFoundException(\"No {kind.Noun} has the id '\" + id + \"'.\");");
        writer.Line();
        writer.Line($"/// <summary>Looks up the {kind.Noun} with the given id.</summary>");
        writer.Line("/// <param name=\"id\">The id.</param>");
        writer.Line($"/// <param name=\"value\">The {kind.Noun}, or null.</param>");
        writer.Line("/// <returns>Whether a record has this id.</returns>");
        TryGetSignature(writer, record, id);
        writer.Line("    => TryGet(id.Value, out value);");
        writer.Line();
        writer.Line($"/// <summary>Looks up the {kind.Noun} with the given id.</summary>");
        writer.Line("/// <param name=\"id\">The id, as written in the fact files.</param>");
        writer.Line($"/// <param name=\"value\">The {kind.Noun}, or null.</param>");
        writer.Line("/// <returns>Whether a record has this id.</returns>");
        TryGetSignature(writer, record, "string");
        writer.Open(string.Empty);
        writer.Line("var byId = s_byId ?? __BuildIndex();");
        writer.Open("if (id is not null && byId.TryGetValue(id, out var at))");
        writer.Line($"value = __Holder(at / {size})[at % {size}];");
        writer.Line("return true;");
        writer.Close();
        writer.Line();
        writer.Line("value = null;");
        writer.Line("return false;");
        writer.Close();
        writer.Line();

        // Lookup reads only the ids (each record string starts with one) and builds the one holder
        // class it needs: a first Get no longer builds every record of the kind (bench --first-fact).
        writer.Line("/// <summary>Maps each id to its holder class's ordinal times the holder size plus its position there.</summary>");
        writer.Open("private static global::System.Collections.Generic.Dictionary<string, int> __BuildIndex()");
        writer.Line($"var byId = new global::System.Collections.Generic.Dictionary<string, int>({total.ToString(System.Globalization.CultureInfo.InvariantCulture)}, global::System.StringComparer.Ordinal);");
        for (var c = 0; c < holders.Count; c++)
        {
            writer.Line($"__Index(byId, {c.ToString(System.Globalization.CultureInfo.InvariantCulture)}, typeof({holders[c]}));");
        }

        writer.Line("return global::System.Threading.Interlocked.CompareExchange(ref s_byId, byId, null) ?? byId;");
        writer.Close();
        writer.Line();
        writer.Open("private static void __Index(global::System.Collections.Generic.Dictionary<string, int> byId, int ordinal, global::System.Type holder)");
        writer.Line($"var ids = {EmitNames.Global(options, DataEmitter.ClassName)}.Ids(holder);");
        writer.Open("for (var i = 0; i < ids.Length; i++)");
        writer.Line($"byId[ids[i]] = (ordinal * {size}) + i;");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>The records of the holder class with the given ordinal (building it on first use).</summary>");
        writer.Line($"private static {record}[] __Holder(int ordinal) => ordinal switch");
        writer.Line("{");
        for (var c = 0; c < holders.Count; c++)
        {
            writer.Line($"    {c.ToString(System.Globalization.CultureInfo.InvariantCulture)} => {holders[c]}.{EmitNames.HolderItems},");
        }

        writer.Line("    _ => throw new global::System.ArgumentOutOfRangeException(nameof(ordinal)),");
        writer.Line("};");
        writer.Close();
        return new SourceFile(EmitNames.CatalogHintName(kind), SourceFrame.End(writer));
    }

    private static void TryGetSignature(SourceWriter writer, string record, string idType)
    {
        writer.Directive("#if NETCOREAPP3_0_OR_GREATER || NETSTANDARD2_1_OR_GREATER");
        writer.Line($"public static bool TryGet({idType} id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {record}? value)");
        writer.Directive("#else");
        writer.Line($"public static bool TryGet({idType} id, out {record}? value)");
        writer.Directive("#endif");
    }
}
