using FactsGen.Model;
using FactsGen.Schema;

namespace FactsGen.Emit;

/// <summary>A kind's own types, whether built in or declared: its enums, strong id, record and data reader.</summary>
internal sealed record KindTypesModel(GeneratorOptions Options, FactSchema Schema, int Kind);

/// <summary>
/// Emits one source per kind (<c>FactsGen.Kind.Event.g.cs</c>): the same code for every kind, from
/// its descriptor. It depends on the schema, not on the facts, so it changes only when kinds do.
/// </summary>
internal static class KindEmitter
{
    public static SourceFile Emit(KindTypesModel model)
    {
        var options = model.Options;
        var schema = model.Schema;
        var kind = schema[model.Kind];
        var writer = SourceFrame.Begin(options, $"the {kind.RecordName} record, its id and its data");
        foreach (var e in schema.DeclaredEnums)
        {
            // A declared kind's enums are named after its record, so each belongs to exactly one kind.
            if (IsOf(kind, e))
            {
                EnumEmitter.Write(writer, options, e);
                writer.Line();
            }
        }

        IdEmitter.Write(writer, options, kind);
        writer.Line();
        RecordEmitter.Write(writer, options, schema, kind);
        writer.Line();
        DataEmitter.WriteKindReader(writer, options, schema, kind);
        return new SourceFile(EmitNames.KindHintName(kind), SourceFrame.End(writer));
    }

    private static bool IsOf(KindDescriptor kind, EnumDescriptor e)
    {
        foreach (var field in kind.Fields)
        {
            if (ReferenceEquals(field.Enum, e) || field.Enum == e)
            {
                return true;
            }
        }

        return false;
    }
}
