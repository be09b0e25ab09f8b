using FactsGen.Schema;
using FactsGen.Values;

namespace FactsGen.Emit;

/// <summary>A kind's strong id (<c>ActorId</c>): wraps the id string, resolves to the record in O(1), reads and writes JSON as a string.</summary>
internal static class IdEmitter
{
    public static void Write(SourceWriter writer, GeneratorOptions options, KindDescriptor kind)
    {
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
}
