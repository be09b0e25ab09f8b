using FactsGen.Escaping;
using FactsGen.Schema;
using FactsGen.Values;

namespace FactsGen.Emit;

/// <summary>An enum of the format (built-in, or a declared kind's) with its fact-file spellings.</summary>
internal static class EnumEmitter
{
    public static void Write(SourceWriter writer, GeneratorOptions options, EnumDescriptor e)
    {
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
        Extensions(writer, options, e);
    }

    /// <summary>
    /// The fact-file spelling at run time (otherwise only JSON on .NET 9+ knows it), in the style of
    /// NetEscapades.EnumGenerators: a switch per direction, no reflection. The class is partial, like
    /// the records, so a consumer's own <c>partial</c> class of that name adds to it.
    /// </summary>
    private static void Extensions(SourceWriter writer, GeneratorOptions options, EnumDescriptor e)
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
}
