using System.Linq;
using FactsGen.Escaping;
using FactsGen.Schema;
using FactsGen.Values;

namespace FactsGen.Emit;

/// <summary>A kind's sealed record: a property per field, value equality that compares lists by content, <c>ToString()</c>, and the reverse navigation properties.</summary>
internal static class RecordEmitter
{
    public static void Write(SourceWriter writer, GeneratorOptions options, FactSchema schema, KindDescriptor kind)
    {
        var self = EmitNames.Global(options, kind.RecordName);
        var cited = kind.SourcesField is not null;
        writer.Line($"/// <summary>{XmlDoc.Text(kind.Doc)} The catalog <see cref=\"{kind.CatalogName}\"/> holds the fact base's.</summary>");
        writer.Line(SourceFrame.GeneratedCode);
        writer.Open($"public sealed partial record {kind.RecordName}" + (cited ? $" : {EmitNames.Global(options, "ICitedFact")}" : string.Empty));

        // Constructor: one parameter per field, in descriptor order.
        writer.Line($"/// <summary>Creates {English.AOrAn(kind.Noun)} {kind.Noun}.</summary>");
        foreach (var f in kind.Fields)
        {
            writer.Line($"/// <param name=\"{f.ParameterName}\">{XmlDoc.Text(f.Doc)}</param>");
        }

        writer.Line($"/// <param name=\"{InferencesParameter}\">The fields the editor inferred, with the reasons (the fact file's <c>inferred</c>); default: none.</param>");
        ClaimsEmitter.WriteParameterDocs(writer, kind);
        var inferences = InferencesType(options);
        var parameters = kind.Fields.Select(f => $"{TypeMapping.PropertyType(options, schema, kind, f)} {field(f)}")
            .Concat(new[] { $"{inferences} @{InferencesParameter} = default" })
            .Concat(ClaimsEmitter.Parameters(options, schema, kind));
        writer.Open($"public {kind.RecordName}({string.Join(", ", parameters)})");
        foreach (var f in kind.Fields)
        {
            var value = f.IsList
                ? $"{field(f)}.IsDefault ? {TypeMapping.PropertyType(options, schema, kind, f)}.Empty : {field(f)}"
                : !TypeMapping.IsValueType(f) && !f.IsNullable
                    ? $"{field(f)} ?? throw new global::System.ArgumentNullException(nameof({field(f)}))"
                    : field(f);
            writer.Line($"{f.PropertyName} = {value};");
        }

        writer.Line($"{InferencesProperty} = @{InferencesParameter}.IsDefault ? {inferences}.Empty : @{InferencesParameter};");
        ClaimsEmitter.WriteAssignments(writer, kind);
        writer.Close();

        foreach (var f in kind.Fields)
        {
            writer.Line();
            var doc = f.IsList ? $"{f.Doc} Never default; empty when the fact file gives none." : f.IsNullable ? $"{f.Doc} Null when the fact file does not say." : f.Doc;
            writer.Line($"/// <summary>{XmlDoc.Text(doc)} In fact files: <c>{f.Name}</c>.</summary>");
            writer.Line($"public {TypeMapping.PropertyType(options, schema, kind, f)} {f.PropertyName} {{ get; }}");
        }

        writer.Line();
        writer.Line("/// <summary>The fields whose values the editor inferred rather than quoted, each with the reason, in fact-file order; empty when the quotes say everything. In fact files: <c>inferred</c>.</summary>");
        writer.Line($"public {inferences} {InferencesProperty} {{ get; }}");
        ClaimsEmitter.WriteProperties(writer, options, schema, kind);

        // Value equality that compares lists by content (ImmutableArray compares by reference).
        writer.Line();
        writer.Line("/// <summary>Whether two records hold the same values, lists compared item by item.</summary>");
        writer.Line("/// <param name=\"other\">The other record.</param>");
        writer.Line("/// <returns>True when every field is equal.</returns>");
        writer.Open($"public bool Equals({self}? other)");
        var comparisons = kind.Fields.Select(f => f.IsList
            ? $"global::System.Linq.Enumerable.SequenceEqual({f.PropertyName}, other.{f.PropertyName})"
            : $"global::System.Collections.Generic.EqualityComparer<{TypeMapping.PropertyType(options, schema, kind, f)}>.Default.Equals({f.PropertyName}, other.{f.PropertyName})")
            .Concat(new[] { $"global::System.Linq.Enumerable.SequenceEqual({InferencesProperty}, other.{InferencesProperty})" })
            .Concat(ClaimsEmitter.Comparisons(kind));
        writer.Line("return other is not null");
        var list = comparisons.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            writer.Line($"    && {list[i]}{(i == list.Count - 1 ? ";" : string.Empty)}");
        }
        writer.Close();
        writer.Line();
        writer.Line("/// <inheritdoc/>");
        writer.Line("public override int GetHashCode() => Id.GetHashCode();");
        PrintMembers(writer, options, kind);
        ReverseEmitter.Write(writer, options, schema, kind);
        writer.Close();

        static string field(FieldDescriptor f) => "@" + f.ParameterName;
    }

    /// <summary>The property every record has for its <c>inferred</c> entries (docs/fact-files.md §13).</summary>
    public const string InferencesProperty = "Inferences";

    private const string InferencesParameter = "inferences";

    private static string InferencesType(GeneratorOptions options) =>
        $"global::System.Collections.Immutable.ImmutableArray<{EmitNames.Global(options, "Inference")}>";

    /// <summary>
    /// The hook the compiler-made <c>ToString()</c> calls, written because the compiler's prints an
    /// <c>ImmutableArray</c> as its type name. The appending helpers are emitted once, in
    /// <see cref="DataEmitter"/>'s class, for every record type.
    /// </summary>
    private static void PrintMembers(SourceWriter writer, GeneratorOptions options, KindDescriptor kind)
    {
        var data = EmitNames.Global(options, DataEmitter.ClassName);
        writer.Line();
        writer.Line("/// <summary>Prints the properties as the compiler-made <c>ToString()</c> does (<c>Name = value</c>), but lists item by item: <c>[a, b]</c>.</summary>");
        writer.Line("/// <param name=\"builder\">The builder <c>ToString()</c> prints into.</param>");
        writer.Line("/// <returns>True: there were properties to print.</returns>");
        writer.Open("private bool PrintMembers(global::System.Text.StringBuilder builder)");
        for (var i = 0; i < kind.Fields.Count; i++)
        {
            var f = kind.Fields[i];
            writer.Line($"builder.Append(\"{(i > 0 ? ", " : string.Empty)}{f.PropertyName} = \");");
            writer.Line($"{data}.{(f.IsList ? DataEmitter.AppendListMethod : DataEmitter.AppendMethod)}(builder, {f.PropertyName});");
        }

        writer.Line($"builder.Append(\", {InferencesProperty} = \");");
        writer.Line($"{data}.{DataEmitter.AppendListMethod}(builder, {InferencesProperty});");
        ClaimsEmitter.WritePrintMembers(writer, options, kind);

        writer.Line("return true;");
        writer.Close();
    }
}
