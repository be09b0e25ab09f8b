using System.Collections.Generic;
using FactsGen.Schema;

namespace FactsGen.Emit;

/// <summary>
/// The types every fact base has, whatever its kinds and facts: value types, the built-in enums and
/// the data reader. Depends only on the options, so it is emitted once and then cached. Each kind's
/// own types come from <see cref="KindEmitter"/>.
/// </summary>
internal static class TypesEmitter
{
    public static IEnumerable<SourceFile> Emit(GeneratorOptions options)
    {
        yield return Fixed(options, "FactsGen.Provenance.g.cs", "provenance attribute and citations", ValueTypesTemplate.Provenance);
        yield return Fixed(options, "FactsGen.Inference.g.cs", "what the editor inferred, with the reason", ValueTypesTemplate.Inference);
        yield return Fixed(options, "FactsGen.PartialDate.g.cs", "dates of year, month or day precision", ValueTypesTemplate.PartialDate);
        yield return Fixed(options, "FactsGen.Quantity.g.cs", "quantities as sources give them", ValueTypesTemplate.Quantity);
        yield return Fixed(options, "FactsGen.Claim.g.cs", "the claims of disputed values", ClaimTemplate.Claims);
        yield return new SourceFile("FactsGen.Enums.g.cs", Enums(options));
        yield return DataEmitter.Emit(options);
    }

    private static SourceFile Fixed(GeneratorOptions options, string hintName, string about, string template)
    {
        var writer = SourceFrame.Begin(options, about);
        SourceFrame.Template(writer, options, template);
        return new SourceFile(hintName, SourceFrame.End(writer));
    }

    private static ChunkedText Enums(GeneratorOptions options)
    {
        var writer = SourceFrame.Begin(options, "enums of the fact-file format");
        var first = true;
        foreach (var e in FactKinds.Enums)
        {
            if (!first) writer.Line();
            first = false;
            EnumEmitter.Write(writer, options, e);
        }

        return SourceFrame.End(writer);
    }
}
