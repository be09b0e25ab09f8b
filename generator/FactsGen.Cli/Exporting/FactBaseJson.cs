using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using FactsGen.Checking;
using FactsGen.Model;
using FactsGen.Parsing;
using FactsGen.Schema;
using FactsGen.Semantics;

namespace FactsGen.Cli.Exporting;

/// <summary>
/// <c>export --format json</c>: the whole fact base, section by section in the API's kind order,
/// every accepted record in fact-base order with its fields as the YAML spells them (canonical
/// text; lists as arrays; citations as <c>{article, line, quote}</c>) and where it is written.
/// </summary>
internal static class FactBaseJson
{
    public static void Write(Stream output, FactBaseAnalysis analysis, string root)
    {
        var records = analysis.AcceptedRecords().ToLookup(r => analysis.KindOf(r.Record).Section);
        using var json = new Utf8JsonWriter(output, JsonWriting.Options);
        json.WriteStartObject();
        json.WriteNumber("version", 1);
        json.WriteString("tool", "factsgen " + CliApp.Version);
        json.WriteStartObject("sections");
        foreach (var kind in analysis.Kinds)
        {
            json.WriteStartArray(kind.Section);
            foreach (var (file, record) in records[kind.Section])
            {
                WriteRecord(json, kind, file, record, root);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRecord(Utf8JsonWriter json, KindDescriptor kind, ParsedFactFile file, FactRecord record, string root)
    {
        json.WriteStartObject();
        json.WriteText("id", record.Id);
        json.WriteText("file", FilePaths.RelativeTo(file.Path, FilePaths.Normalize(root)));
        json.WriteNumber("line", record.Location.StartLine + 1);
        json.WriteStartObject("fields");
        for (var i = 0; i < kind.Fields.Count; i++)
        {
            var field = kind.Fields[i];
            if (field == kind.IdField || record.Fields[i] is not { } value)
            {
                continue;
            }

            json.WritePropertyName(field.Name);
            if (field.Type == ValueType.Citation)
            {
                WriteCitations(json, value.Citations);
            }
            else if (field.IsList)
            {
                json.WriteStartArray();
                foreach (var item in value.Items)
                {
                    json.WriteTextValue(item.Text);
                }

                json.WriteEndArray();
            }
            else if (value.Items.Count > 0)
            {
                json.WriteTextValue(value.Text);
            }
            else
            {
                json.WriteNullValue();
            }
        }

        json.WriteEndObject();
        WriteInferred(json, record.Inferences);
        WriteClaims(json, kind, record);
        json.WriteEndObject();
    }

    /// <summary><c>"inferred": { field: reason }</c> in file order; left out when the editor inferred nothing.</summary>
    private static void WriteInferred(Utf8JsonWriter json, EquatableArray<InferenceItem> inferences)
    {
        if (inferences.IsEmpty)
        {
            return;
        }

        json.WriteStartObject("inferred");
        foreach (var inference in inferences)
        {
            json.WriteText(inference.Field, inference.Reason);
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// <c>"claims": { field: [ { value, rank, note?, sources, inferred? } ] }</c> for the fields written as claims
    /// (docs/fact-files.md §14); their entry under <c>fields</c> is the best value. Left out when no field holds claims.
    /// </summary>
    private static void WriteClaims(Utf8JsonWriter json, KindDescriptor kind, FactRecord record)
    {
        var claimed = ClaimText.Claims(kind, record).GroupBy(c => c.Field).ToList();
        if (claimed.Count == 0)
        {
            return;
        }

        json.WriteStartObject("claims");
        foreach (var field in claimed)
        {
            json.WriteStartArray(field.Key.Name);
            foreach (var (_, claim, _) in field)
            {
                json.WriteStartObject();
                json.WritePropertyName("value");
                if (field.Key.IsList)
                {
                    json.WriteStartArray();
                    foreach (var item in claim.Value)
                    {
                        json.WriteTextValue(item.Text);
                    }

                    json.WriteEndArray();
                }
                else
                {
                    json.WriteTextValue(claim.Value[0].Text);
                }

                json.WriteString("rank", ClaimText.Rank(claim.Rank));
                if (claim.Note is { } note)
                {
                    json.WriteText("note", note);
                }

                json.WritePropertyName("sources");
                WriteCitations(json, claim.Sources);
                WriteInferred(json, claim.Inferences);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteCitations(Utf8JsonWriter json, IEnumerable<CitationItem> citations)
    {
        json.WriteStartArray();
        foreach (var citation in citations)
        {
            json.WriteStartObject();
            json.WriteText("article", citation.Article);
            json.WriteNumber("line", citation.Line);
            json.WriteText("quote", citation.Quote);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
