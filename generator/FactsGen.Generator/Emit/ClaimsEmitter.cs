using System.Collections.Generic;
using System.Linq;
using FactsGen.Escaping;
using FactsGen.Schema;

namespace FactsGen.Emit;

/// <summary>
/// A record's part of disputed values (docs/fact-files.md §14): for every disputable field <c>F</c> the property
/// <c>FClaims</c>, and every record's <c>DisputedFields</c>. A field written as one value gets its one
/// <c>Normal</c> claim on first use (not in the constructor: most facts are not disputed, and the
/// catalogs build many records).
/// </summary>
internal static class ClaimsEmitter
{
    public const string DisputedFields = "DisputedFields";

    private const string ImmutableArray = "global::System.Collections.Immutable.ImmutableArray";

    /// <summary><c>Claim&lt;T&gt;</c> for the field, T the property's type.</summary>
    public static string ClaimType(GeneratorOptions options, FactSchema schema, KindDescriptor kind, FieldDescriptor field) =>
        $"{EmitNames.Global(options, "Claim")}<{TypeMapping.PropertyType(options, schema, kind, field)}>";

    public static string ClaimsType(GeneratorOptions options, FactSchema schema, KindDescriptor kind, FieldDescriptor field) =>
        $"{ImmutableArray}<{ClaimType(options, schema, kind, field)}>";

    public static IEnumerable<FieldDescriptor> Disputable(KindDescriptor kind) => kind.Fields.Where(f => f.IsDisputable);

    public static string Parameter(FieldDescriptor field) => "@" + field.ParameterName + "Claims";

    private static string Backing(FieldDescriptor field) => "_" + field.ParameterName + "Claims";

    /// <summary>The constructor's optional parameters, after the fields': the claims of each disputable field.</summary>
    public static IEnumerable<string> Parameters(GeneratorOptions options, FactSchema schema, KindDescriptor kind) =>
        Disputable(kind).Select(f => $"{ClaimsType(options, schema, kind, f)} {Parameter(f)} = default");

    public static void WriteParameterDocs(SourceWriter writer, KindDescriptor kind)
    {
        foreach (var f in Disputable(kind))
        {
            writer.Line($"/// <param name=\"{f.ParameterName}Claims\">The claims of <c>{XmlDoc.Text(f.Name)}</c> when sources dispute it (the property then holds the best one); default: one <c>Normal</c> claim of the value, citing <paramref name=\"sources\"/>.</param>");
        }
    }

    public static void WriteAssignments(SourceWriter writer, KindDescriptor kind)
    {
        foreach (var f in Disputable(kind))
        {
            writer.Line($"{Backing(f)} = {Parameter(f)};");
        }
    }

    public static void WriteProperties(SourceWriter writer, GeneratorOptions options, FactSchema schema, KindDescriptor kind)
    {
        var claim = EmitNames.Global(options, "Claim");
        var rank = EmitNames.Global(options, "ClaimRank");
        var data = EmitNames.Global(options, DataEmitter.ClassName);
        foreach (var f in Disputable(kind))
        {
            var type = ClaimsType(options, schema, kind, f);
            var absent = f.IsList ? $"{f.PropertyName}.IsEmpty" : f.IsNullable ? $"{f.PropertyName} is null" : null;
            var sources = kind.SourcesField is { } s ? s.PropertyName : $"{ImmutableArray}<{EmitNames.Global(options, "Citation")}>.Empty";
            writer.Line();
            writer.Line($"private {type} {Backing(f)};");
            writer.Line();
            writer.Line($"/// <summary>The claims of <c>{XmlDoc.Text(f.Name)}</c>, in fact-file order: each value the sources give, with its rank and citations; <see cref=\"{f.PropertyName}\"/> is the best one (the preferred claim's, else the first normal one's). A value written as one is one <see cref=\"{rank}.Normal\"/> claim citing <see cref=\"Sources\"/>; empty when the field is absent.</summary>");
            var one = $"{ImmutableArray}.Create(new {ClaimType(options, schema, kind, f)}({f.PropertyName}, {rank}.Normal, {sources}))";
            writer.Line($"public {type} {f.ClaimsPropertyName} => {Backing(f)}.IsDefault ? ({Backing(f)} = {(absent is null ? one : $"{absent} ? {type}.Empty : {one}")}) : {Backing(f)};");
        }

        writer.Line();
        writer.Line("/// <summary>The fields (their fact-file names, in field order) that sources dispute: two or more claims that are not deprecated give different values.</summary>");
        var disputable = Disputable(kind).ToList();
        if (disputable.Count == 0)
        {
            writer.Line($"public {ImmutableArray}<string> {DisputedFields} => {ImmutableArray}<string>.Empty;");
            return;
        }

        writer.Open($"public {ImmutableArray}<string> {DisputedFields}");
        writer.Open("get");
        writer.Line($"var disputed = {ImmutableArray}<string>.Empty;");
        foreach (var f in disputable)
        {
            writer.Line();
            writer.Open($"if ({data}.IsDisputed({f.ClaimsPropertyName}))");
            writer.Line($"disputed = disputed.Add({CSharpLiteral.String(f.Name)});");
            writer.Close();
        }

        writer.Line();
        writer.Line("return disputed;");
        writer.Close();
        writer.Close();
    }

    /// <summary>Equality compares claims item by item (an <c>ImmutableArray</c> compares by reference).</summary>
    public static IEnumerable<string> Comparisons(KindDescriptor kind) =>
        Disputable(kind).Select(f => $"global::System.Linq.Enumerable.SequenceEqual({f.ClaimsPropertyName}, other.{f.ClaimsPropertyName})");

    /// <summary>
    /// <c>ToString()</c> prints a field's claims when the fact file wrote claims (two or more): a value
    /// written as one would only repeat the property and <c>Sources</c>.
    /// </summary>
    public static void WritePrintMembers(SourceWriter writer, GeneratorOptions options, KindDescriptor kind)
    {
        var data = EmitNames.Global(options, DataEmitter.ClassName);
        foreach (var f in Disputable(kind))
        {
            writer.Line();
            writer.Open($"if ({f.ClaimsPropertyName}.Length > 1)");
            writer.Line($"builder.Append(\", {f.ClaimsPropertyName} = \");");
            writer.Line($"{data}.{DataEmitter.AppendListMethod}(builder, {f.ClaimsPropertyName});");
            writer.Close();
        }
    }
}
