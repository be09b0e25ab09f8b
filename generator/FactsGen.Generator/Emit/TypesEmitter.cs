using FactsGen.Escaping;
using System.Collections.Generic;
using System.Linq;
using FactsGen.Schema;
using FactsGen.Values;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.Emit;

/// <summary>
/// The types every fact base has, whatever its facts: value types, enums, strong ids and one
/// record per kind. Depends only on the options, so it is emitted once and then cached.
/// </summary>
internal static class TypesEmitter
{
    public static IEnumerable<SourceFile> Emit(GeneratorOptions options)
    {
        yield return Fixed(options, "FactsGen.Provenance.g.cs", "provenance attribute and citations", ValueTypesTemplate.Provenance);
        yield return Fixed(options, "FactsGen.PartialDate.g.cs", "dates of year, month or day precision", ValueTypesTemplate.PartialDate);
        yield return Fixed(options, "FactsGen.Quantity.g.cs", "quantities as sources give them", ValueTypesTemplate.Quantity);
        yield return new SourceFile("FactsGen.Enums.g.cs", Enums(options));
        yield return new SourceFile("FactsGen.Ids.g.cs", Ids(options));
        yield return DataEmitter.Emit(options);
        foreach (var kind in FactKinds.All)
        {
            yield return new SourceFile($"FactsGen.Record.{kind.RecordName}.g.cs", Record(options, kind));
        }
    }

    private static SourceFile Fixed(GeneratorOptions options, string hintName, string about, string template)
    {
        var writer = SourceFrame.Begin(options, about);
        SourceFrame.Template(writer, options, template);
        return new SourceFile(hintName, SourceFrame.End(writer));
    }

    private static string Enums(GeneratorOptions options)
    {
        var writer = SourceFrame.Begin(options, "enums of the fact-file format");
        var first = true;
        foreach (var e in FactKinds.Enums)
        {
            if (!first) writer.Line();
            first = false;
            writer.Line($"/// <summary>{XmlDoc.Text(e.Doc)}</summary>");
            writer.Directive("#if NET8_0_OR_GREATER");
            writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof(global::System.Text.Json.Serialization.JsonStringEnumConverter<{EmitNames.Global(options, e.TypeName)}>))]");
            writer.Directive("#endif");
            writer.Open($"public enum {e.TypeName}");
            for (var i = 0; i < e.Members.Count; i++)
            {
                var member = e.Members[i];
                if (i > 0) writer.Line();
                writer.Line($"/// <summary>{XmlDoc.Text(member.Doc)} In fact files: <c>{XmlDoc.Text(member.Yaml)}</c>.</summary>");
                writer.Directive("#if NET9_0_OR_GREATER");
                writer.Line($"[global::System.Text.Json.Serialization.JsonStringEnumMemberName({CSharpLiteral.String(member.Yaml)})]");
                writer.Directive("#endif");
                writer.Line($"{member.MemberName},");
            }

            writer.Close();
            writer.Line();
            EnumExtensions(writer, options, e);
        }

        return SourceFrame.End(writer);
    }

    /// <summary>
    /// The fact-file spelling at run time (otherwise only JSON on .NET 9+ knows it), in the style of
    /// NetEscapades.EnumGenerators: a switch per direction, no reflection. The class is partial, like
    /// the records, so a consumer's own <c>partial</c> class of that name adds to it.
    /// </summary>
    private static void EnumExtensions(SourceWriter writer, GeneratorOptions options, EnumDescriptor e)
    {
        var self = EmitNames.Global(options, e.TypeName);
        var example = e.Members[0];
        writer.Line($"/// <summary>The fact-file spellings of <see cref=\"{e.TypeName}\"/>, e.g. <c>{XmlDoc.Text(example.Yaml)}</c> for <see cref=\"{e.TypeName}.{example.MemberName}\"/>.</summary>");
        writer.Line(SourceFrame.GeneratedCode);
        writer.Open($"public static partial class {e.TypeName}Extensions");
        writer.Line($"/// <summary>The {e.Noun} as fact files spell it, e.g. <c>{XmlDoc.Text(example.Yaml)}</c>.</summary>");
        writer.Line("/// <param name=\"value\">The value.</param>");
        writer.Line("/// <returns>The spelling.</returns>");
        writer.Line("/// <exception cref=\"global::System.ArgumentOutOfRangeException\">The value is none of the enum's members.</exception>");
        writer.Line($"public static string ToYamlName(this {self} value) => value switch");
        writer.Line("{");
        foreach (var member in e.Members)
        {
            writer.Line($"    {self}.{member.MemberName} => {CSharpLiteral.String(member.Yaml)},");
        }

        writer.Line($"    _ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, {CSharpLiteral.String($"Not a member of {e.TypeName}.")}),");
        writer.Line("};");
        writer.Line();
        writer.Line($"/// <summary>Reads {English.AOrAn(e.Noun)} {e.Noun} as fact files spell it, e.g. <c>{XmlDoc.Text(example.Yaml)}</c>; case-sensitive, as in fact files.</summary>");
        writer.Line("/// <param name=\"name\">The spelling.</param>");
        writer.Line("/// <param name=\"value\">The value; the default when the spelling is unknown.</param>");
        writer.Line("/// <returns>True when the spelling is one of the enum's.</returns>");
        writer.Open($"public static bool TryParseYamlName(string? name, out {self} value)");
        writer.Line($"{self}? parsed = name switch");
        writer.Line("{");
        foreach (var member in e.Members)
        {
            writer.Line($"    {CSharpLiteral.String(member.Yaml)} => {self}.{member.MemberName},");
        }

        writer.Line("    _ => null,");
        writer.Line("};");
        writer.Line("value = parsed.GetValueOrDefault();");
        writer.Line("return parsed.HasValue;");
        writer.Close();
        writer.Close();
    }

    private static string Ids(GeneratorOptions options)
    {
        var writer = SourceFrame.Begin(options, "strong ids, resolvable in O(1)");
        var first = true;
        foreach (var kind in FactKinds.All)
        {
            if (!first) writer.Line();
            first = false;
            var id = kind.IdTypeName;
            var self = EmitNames.Global(options, id);
            var record = EmitNames.Global(options, kind.RecordName);
            writer.Line($"/// <summary>The id of {English.AOrAn(kind.Noun)} {kind.Noun}; <see cref=\"Resolve\"/> gives the record from <see cref=\"{kind.CatalogName}\"/>.</summary>");
            writer.Directive("#if NETCOREAPP3_0_OR_GREATER");
            writer.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({self}.JsonConverter))]");
            writer.Directive("#endif");
            writer.Line(SourceFrame.GeneratedCode);
            writer.Open($"public readonly struct {id} : global::System.IEquatable<{self}>");
            writer.Line($"/// <summary>Wraps an id; it is not checked here (<see cref=\"{kind.CatalogName}.TryGet(string, out {kind.RecordName})\"/> does).</summary>");
            writer.Line("/// <param name=\"value\">The id, e.g. <c>wagner</c>.</param>");
            writer.Line($"public {id}(string value) => Value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
            writer.Line();
            writer.Line("/// <summary>The id as written in the fact files.</summary>");
            writer.Line("public string Value { get; }");
            writer.Line();
            writer.Line($"/// <summary>The {kind.Noun} this id names.</summary>");
            writer.Line("/// <returns>The record.</returns>");
            writer.Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No record has this id.</exception>");
            writer.Line($"public {record} Resolve() => {EmitNames.Global(options, kind.CatalogName)}.Get(this);");
            writer.Line();
            writer.Line("/// <summary>The id as written in the fact files.</summary>");
            writer.Line("/// <returns>The id.</returns>");
            writer.Line("public override string ToString() => Value ?? string.Empty;");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line($"public bool Equals({self} other) => string.Equals(Value, other.Value, global::System.StringComparison.Ordinal);");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line($"public override bool Equals(object? obj) => obj is {self} other && Equals(other);");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line("public override int GetHashCode() => Value is null ? 0 : global::System.StringComparer.Ordinal.GetHashCode(Value);");
            writer.Line();
            writer.Line("/// <summary>Whether two ids are equal.</summary>");
            writer.Line("/// <param name=\"left\">An id.</param>");
            writer.Line("/// <param name=\"right\">Another id.</param>");
            writer.Line("/// <returns>True when equal.</returns>");
            writer.Line($"public static bool operator ==({self} left, {self} right) => left.Equals(right);");
            writer.Line();
            writer.Line("/// <summary>Whether two ids differ.</summary>");
            writer.Line("/// <param name=\"left\">An id.</param>");
            writer.Line("/// <param name=\"right\">Another id.</param>");
            writer.Line("/// <returns>True when different.</returns>");
            writer.Line($"public static bool operator !=({self} left, {self} right) => !left.Equals(right);");
            writer.Directive("#if NETCOREAPP3_0_OR_GREATER");
            writer.Line();
            writer.Line("/// <summary>Reads and writes the id as a JSON string.</summary>");
            writer.Open($"public sealed class JsonConverter : global::System.Text.Json.Serialization.JsonConverter<{self}>");
            writer.Line("/// <inheritdoc/>");
            writer.Line($"public override {self} Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) =>");
            writer.Line($"    new {self}(reader.GetString() ?? throw new global::System.Text.Json.JsonException(\"An id must be a string.\"));");
            writer.Line();
            writer.Line("/// <inheritdoc/>");
            writer.Line($"public override void Write(global::System.Text.Json.Utf8JsonWriter writer, {self} value, global::System.Text.Json.JsonSerializerOptions options) =>");
            writer.Line("    writer.WriteStringValue(value.Value);");
            writer.Close();
            writer.Directive("#endif");
            writer.Close();
        }

        return SourceFrame.End(writer);
    }

    private static string Record(GeneratorOptions options, KindDescriptor kind)
    {
        var writer = SourceFrame.Begin(options, $"the {kind.RecordName} record");
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

        var parameters = kind.Fields.Select(f => $"{TypeMapping.PropertyType(options, kind, f)} {field(f)}");
        writer.Open($"public {kind.RecordName}({string.Join(", ", parameters)})");
        foreach (var f in kind.Fields)
        {
            var value = f.IsList
                ? $"{field(f)}.IsDefault ? {TypeMapping.PropertyType(options, kind, f)}.Empty : {field(f)}"
                : !TypeMapping.IsValueType(f) && !f.IsNullable
                    ? $"{field(f)} ?? throw new global::System.ArgumentNullException(nameof({field(f)}))"
                    : field(f);
            writer.Line($"{f.PropertyName} = {value};");
        }

        writer.Close();

        foreach (var f in kind.Fields)
        {
            writer.Line();
            var doc = f.IsList ? $"{f.Doc} Never default; empty when the fact file gives none." : f.IsNullable ? $"{f.Doc} Null when the fact file does not say." : f.Doc;
            writer.Line($"/// <summary>{XmlDoc.Text(doc)} In fact files: <c>{f.Name}</c>.</summary>");
            writer.Line($"public {TypeMapping.PropertyType(options, kind, f)} {f.PropertyName} {{ get; }}");
        }

        // Value equality that compares lists by content (ImmutableArray compares by reference).
        writer.Line();
        writer.Line("/// <summary>Whether two records hold the same values, lists compared item by item.</summary>");
        writer.Line("/// <param name=\"other\">The other record.</param>");
        writer.Line("/// <returns>True when every field is equal.</returns>");
        writer.Open($"public bool Equals({self}? other)");
        var comparisons = kind.Fields.Select(f => f.IsList
            ? $"global::System.Linq.Enumerable.SequenceEqual({f.PropertyName}, other.{f.PropertyName})"
            : $"global::System.Collections.Generic.EqualityComparer<{TypeMapping.PropertyType(options, kind, f)}>.Default.Equals({f.PropertyName}, other.{f.PropertyName})");
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
        writer.Close();
        return SourceFrame.End(writer);

        static string field(FieldDescriptor f) => "@" + f.ParameterName;
    }

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

        writer.Line("return true;");
        writer.Close();
    }
}
