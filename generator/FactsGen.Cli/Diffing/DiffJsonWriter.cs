using System.IO;
using System.Text.Json;
using FactsGen.Cli.Exporting;

namespace FactsGen.Cli.Diffing;

/// <summary><c>--format json</c>: the whole diff as one JSON object, for tools (counts, then each list as the text format orders it).</summary>
internal static class DiffJsonWriter
{
    public static void Write(Stream output, FactBaseDiff diff, string oldName, string newName)
    {
        using var json = new Utf8JsonWriter(output, JsonWriting.Options);
        json.WriteStartObject();
        json.WriteText("old", oldName);
        json.WriteText("new", newName);
        json.WriteBoolean("changed", !diff.IsEmpty);
        json.WriteStartObject("counts");
        foreach (var count in DiffCounts.All(diff))
        {
            json.WriteNumber(count.Key, count.Count);
        }

        json.WriteEndObject();
        json.WriteStartArray("records");
        foreach (var record in diff.Records)
        {
            json.WriteStartObject();
            json.WriteText("section", record.Section);
            json.WriteText("id", record.Id);
            json.WriteString("status", Status(record.Status));
            if (record.OldId is not null)
            {
                json.WriteText("oldId", record.OldId);
            }

            json.WriteText("path", record.Path);
            json.WriteNumber("line", record.Line);
            WriteValues(json, "fields", record.Fields);
            json.WriteStartArray("claims");
            foreach (var claim in record.Claims)
            {
                json.WriteStartObject();
                json.WriteText("field", claim.Field);
                json.WriteText("value", claim.Value);
                json.WriteString("change", claim.Change);
                WriteOptional(json, "oldRank", claim.OldRank);
                WriteOptional(json, "newRank", claim.NewRank);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteValues(json, "inferred", record.Inferred);
            json.WriteStartArray("citations");
            foreach (var c in record.Citations)
            {
                json.WriteStartObject();
                json.WriteString("status", c.Status == CitationStatus.Reanchored ? "re-anchored" : c.Status.ToString().ToLowerInvariant());
                json.WriteText("article", c.Article);
                if (c.Claim is not null)
                {
                    json.WriteText("claim", c.Claim);
                }

                if (c.OldQuote is not null)
                {
                    json.WriteNumber("oldLine", c.OldLine);
                    json.WriteText("oldQuote", c.OldQuote);
                }

                if (c.NewQuote is not null)
                {
                    json.WriteNumber("newLine", c.NewLine);
                    json.WriteText("newQuote", c.NewQuote);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("articles");
        foreach (var article in diff.Articles)
        {
            json.WriteStartObject();
            json.WriteText("id", article.Id);
            json.WriteText("path", article.Path);
            json.WriteStartArray("lines");
            foreach (var line in article.Lines)
            {
                json.WriteStartObject();
                json.WriteString("change", line.Added ? "added" : "removed");
                json.WriteNumber("line", line.Number);
                json.WriteText("text", line.Text);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("citedBy");
            foreach (var fact in article.CitedBy)
            {
                json.WriteStartObject();
                json.WriteText("section", fact.Section);
                json.WriteText("id", fact.Id);
                json.WriteNumber(fact.Old ? "oldLine" : "newLine", fact.Line);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("kinds");
        foreach (var kind in diff.Kinds)
        {
            json.WriteStartObject();
            json.WriteText("id", kind.Id);
            json.WriteString("status", Status(kind.Status));
            WriteValues(json, "changes", kind.Changes);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("diagnostics");
        foreach (var d in diff.Diagnostics)
        {
            json.WriteStartObject();
            json.WriteText("path", d.Path);
            json.WriteNumber("line", d.Line);
            json.WriteNumber("column", d.Column);
            json.WriteString("severity", d.Severity);
            json.WriteString("id", d.Id);
            json.WriteText("message", d.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Status(RecordStatus status) => status.ToString().ToLowerInvariant();

    private static void WriteValues(Utf8JsonWriter json, string name, System.Collections.Generic.IReadOnlyList<ValueChange> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStartObject();
            json.WriteText("name", value.Name);
            WriteOptional(json, "old", value.Old);
            WriteOptional(json, "new", value.New);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteText(name, value);
        }
    }
}
