using System.Linq;
using FactsGen.Schema;

namespace FactsGen.Emit;

/// <summary>
/// One fact file's facts: a catalog property per record, with its doc comment and one
/// <c>[Provenance]</c> per citation, backed by holder classes of <see cref="EmitNames.ChunkSize"/>
/// records each, so a record is built only when its chunk is first used.
/// </summary>
internal static class FactFileEmitter
{
    public static SourceFile Emit(FactFileModel model)
    {
        var options = model.Options;
        var writer = SourceFrame.Begin(options, $"facts from {EmitNames.FileKey(options, model.Path)}");
        var first = true;
        foreach (var kind in FactKinds.All)
        {
            var records = model.Records.Where(r => r.Kind == kind.Kind).ToList();
            if (records.Count == 0)
            {
                continue;
            }

            if (!first) writer.Line();
            first = false;
            var recordType = EmitNames.Global(options, kind.RecordName);
            writer.Open($"public static partial class {kind.CatalogName}");
            for (var i = 0; i < records.Count; i++)
            {
                var record = records[i];
                if (i > 0) writer.Line();
                WriteDoc(writer, record);
                WriteProvenance(writer, options, kind, record);
                var name = Naming.ToPascalCase(record.Id);
                writer.Line($"public static {recordType} {name} => {EmitNames.ChunkClass(options, model.Path, i / EmitNames.ChunkSize)}.{name};");
            }

            for (var chunk = 0; chunk < EmitNames.ChunkCount(records.Count); chunk++)
            {
                var members = records.Skip(chunk * EmitNames.ChunkSize).Take(EmitNames.ChunkSize).ToList();
                writer.Line();
                writer.Open($"private static class {EmitNames.ChunkClass(options, model.Path, chunk)}");
                foreach (var record in members)
                {
                    var arguments = kind.Fields.Select((field, index) => TypeMapping.FieldExpression(options, kind, field, record.Fields[index]));
                    writer.Line($"internal static readonly {recordType} {Naming.ToPascalCase(record.Id)} = new {recordType}({string.Join(", ", arguments)});");
                }

                writer.Line();
                writer.Line($"internal static readonly {recordType}[] Facts = {{ {string.Join(", ", members.Select(r => Naming.ToPascalCase(r.Id)))} }};");
                writer.Close();
            }

            writer.Close();
        }

        return new SourceFile(EmitNames.FileHintName(options, model.Path), SourceFrame.End(writer));
    }

    private static void WriteDoc(SourceWriter writer, EmitRecord record)
    {
        var kind = FactKinds.Get(record.Kind);
        writer.Line("/// <summary>");
        writer.Line($"/// {XmlDoc.Text(FactSummary.Describe(record))}");
        var sources = kind.SourcesField is null ? null : record.Fields[kind.IndexOf(kind.SourcesField.Name)];
        foreach (var citation in sources?.Citations ?? default)
        {
            writer.Line($"/// <para>[{XmlDoc.Text(citation.Article)}:{CSharpLiteral.Int(citation.Line)}] \"{XmlDoc.Text(citation.Quote)}\"</para>");
        }

        writer.Line("/// </summary>");
        writer.Line($"/// <remarks>Id <c>{XmlDoc.Text(record.Id)}</c>.</remarks>");
    }

    private static void WriteProvenance(SourceWriter writer, GeneratorOptions options, KindDescriptor kind, EmitRecord record)
    {
        if (kind.SourcesField is null)
        {
            return;
        }

        foreach (var citation in record.Fields[kind.IndexOf(kind.SourcesField.Name)]?.Citations ?? default)
        {
            writer.Line($"[{EmitNames.Global(options, "Provenance")}({CSharpLiteral.String(citation.Article)}, {CSharpLiteral.Int(citation.Line)}, {CSharpLiteral.String(citation.Quote)})]");
        }
    }
}
