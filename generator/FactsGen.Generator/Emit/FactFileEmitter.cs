using FactsGen.Escaping;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using FactsGen.Model;
using FactsGen.Schema;
using FactsGen.Semantics;

namespace FactsGen.Emit;

/// <summary>
/// One fact file's facts: a catalog property per record, with its doc comment (and, when
/// <see cref="GeneratorOptions.ProvenanceAttributes"/> asks for them, one <c>[Provenance]</c> per
/// citation), backed by holder classes of <see cref="EmitNames.HolderSize"/>
/// records each, so a record is built only when its holder class is first used. A holder keeps its
/// records as data (one string each, <see cref="FactData"/>, in an attribute of the holder) that
/// <c>__FactsGenData</c> reads on first use. Why data, and why in an attribute (bench/README.md):
/// a constructor call per record cost the compiler overload resolution and the JIT a huge static
/// constructor; string literals (<c>ldstr</c>) live in the #US heap, which is capped at 16 MB and
/// overflows near 100k facts (CS8103), while attribute arguments live in the #Blob heap, uncapped.
/// The emitter appends straight into one builder (numbers too: <c>Append(int)</c> allocates
/// nothing, and non-negative digits do not depend on culture) and hands the text over in chunks
/// (<see cref="ChunkedText"/>): it runs for every fact file of a cold build.
/// </summary>
internal static class FactFileEmitter
{
    public static SourceFile Emit(GeneratorOptions options, FactFileModel model, CancellationToken cancellationToken = default)
    {
        var fileKey = EmitNames.FileKey(options, model.Path);
        var holderPrefix = EmitNames.HolderClassPrefix(fileKey);
        var provenance = options.ProvenanceAttributes ? "[" + EmitNames.Global(options, "Provenance") + "(" : null;
        var writer = SourceFrame.Begin(options, $"facts from {fileKey}");
        var records = new List<FactRecord>();
        var first = true;
        foreach (var kind in model.Schema.Kinds)
        {
            records.Clear();
            foreach (var record in model.Records)
            {
                if (record.Kind == kind.Index)
                {
                    records.Add(record);
                }
            }

            if (records.Count == 0)
            {
                continue;
            }

            if (!first) writer.Line();
            first = false;
            var recordType = EmitNames.Global(options, kind.RecordName);
            var sources = kind.SourcesField is null ? -1 : kind.IndexOf(kind.SourcesField.Name);
            writer.Open($"public static partial class {kind.CatalogName}");
            for (var i = 0; i < records.Count; i++)
            {
                if ((i & 0xFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var record = records[i];
                var citations = sources < 0 ? default : record.Fields[sources]?.Citations ?? default;
                if (i > 0) writer.Line();
                WriteDoc(writer, model.Schema, kind, record, citations);
                if (provenance is not null)
                {
                    WriteProvenance(writer, provenance, citations);
                    foreach (var field in record.Fields)
                    {
                        // Every claim's citations too (docs/fact-files.md §14).
                        foreach (var claim in field?.Claims ?? default)
                        {
                            WriteProvenance(writer, provenance, claim.Sources);
                        }
                    }
                }

                Naming.AppendPascalCase(writer.StartLine().Append("public static ").Append(recordType).Append(' '), record.Id)
                    .Append(" => ").Append(holderPrefix).Append(i / EmitNames.HolderSize)
                    .Append('.').Append(EmitNames.HolderItems).Append('[').Append(i % EmitNames.HolderSize).Append("];");
                writer.EndLine();
            }

            var decoder = $"{EmitNames.Global(options, DataEmitter.ClassName)}.{kind.CatalogName}";
            var attribute = $"[{EmitNames.Global(options, DataEmitter.ClassName)}.{DataEmitter.AttributeName}(";
            for (var ordinal = 0; ordinal < EmitNames.HolderCount(records.Count); ordinal++)
            {
                var holder = EmitNames.HolderClass(holderPrefix, ordinal);
                var end = System.Math.Min(records.Count, (ordinal + 1) * EmitNames.HolderSize);
                writer.Line();
                writer.Line(attribute);
                for (var i = ordinal * EmitNames.HolderSize; i < end; i++)
                {
                    var line = writer.StartLine().Append("    \"");
                    FactData.EncodeLiteral(line, kind, records[i]);
                    line.Append('"').Append(i == end - 1 ? ")]" : ",");
                    writer.EndLine();
                }

                writer.Open($"private static class {holder}");
                writer.Line($"internal static readonly {recordType}[] {EmitNames.HolderItems} = {decoder}(typeof({holder}));");
                writer.Close();
            }

            writer.Close();
        }

        return new SourceFile(EmitNames.FileHintName(fileKey), SourceFrame.End(writer));
    }

    private static void WriteProvenance(SourceWriter writer, string provenance, EquatableArray<CitationItem> citations)
    {
        foreach (var citation in citations)
        {
            var line = writer.StartLine().Append(provenance);
            CSharpLiteral.String(line, citation.Article).Append(", ").Append(citation.Line).Append(", ");
            CSharpLiteral.String(line, citation.Quote).Append(")]");
            writer.EndLine();
        }
    }

    /// <summary>
    /// The property's doc comment on one line: the summary, then each citation, inference and claim
    /// after a <c>&lt;br/&gt;</c>, then the id. One line per fact, not one per citation: with
    /// documentation on, the compiler keeps every doc comment as XML trivia, and each line and element
    /// costs memory at every fact (at 100k facts the one-line form needs about 0.3 GB less; bench/README.md).
    /// </summary>
    private static void WriteDoc(SourceWriter writer, FactSchema schema, KindDescriptor kind, FactRecord record, EquatableArray<CitationItem> citations)
    {
        var line = writer.StartLine().Append("/// <summary>");
        XmlDoc.Text(line, FactSummary.Describe(record, schema));
        foreach (var citation in citations)
        {
            AppendCitation(line.Append("<br/>"), citation);
        }

        foreach (var inference in record.Inferences)
        {
            XmlDoc.Text(line.Append("<br/>Inferred by the editor, not quoted: <c>"), inference.Field).Append("</c>: ");
            XmlDoc.Text(line, inference.Reason);
        }

        // Each claim of a disputed value: its field, rank, value in English, note and citations.
        for (var f = 0; f < kind.Fields.Count; f++)
        {
            foreach (var claim in record.Fields[f]?.Claims ?? default)
            {
                XmlDoc.Text(line.Append("<br/>Claim <c>"), kind.Fields[f].Name).Append("</c> (").Append(ClaimRanks.Names[(int)claim.Rank]).Append("): ");
                XmlDoc.Text(line, FactSummary.Describe(kind.Fields[f], claim.Value));
                if (claim.Note is not null)
                {
                    XmlDoc.Text(line.Append(" — "), claim.Note);
                }

                foreach (var citation in claim.Sources)
                {
                    AppendCitation(line.Append(' '), citation);
                }

                foreach (var inference in claim.Inferences)
                {
                    XmlDoc.Text(line.Append("; inferred by the editor, not quoted: "), inference.Reason);
                }
            }
        }

        XmlDoc.Text(line.Append("</summary><remarks>Id <c>"), record.Id).Append("</c>.</remarks>");
        writer.EndLine();
    }

    /// <summary>A citation as the doc comment shows it: <c>[article:line] "quote"</c>, escaped for XML.</summary>
    private static void AppendCitation(StringBuilder line, CitationItem citation)
    {
        XmlDoc.Text(line.Append('['), citation.Article).Append(':').Append(citation.Line).Append("] \"");
        XmlDoc.Text(line, citation.Quote).Append('"');
    }
}
