using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using FactsGen.Articles;
using FactsGen.Checking;
using FactsGen.Model;
using FactsGen.Schema;
using FactsGen.Semantics;

namespace FactsGen.Cli.Exporting;

/// <summary>
/// <c>export --format annotations</c> (docs/tools/export.md): a JSON array of W3C Web Annotations, one per
/// citation of every accepted record and of each of its claims (docs/fact-files.md §14), so annotation tools (Hypothesis and others) show the facts
/// on the article itself. The selectors point at the article's own text: the quote is matched on
/// normalized lines, so <c>exact</c> is the raw text it matched (curly quotes, no-break spaces and
/// all) and the position counts code points of the article text without its BOM.
/// </summary>
internal static class WebAnnotations
{
    public const string Context = "http://www.w3.org/ns/anno.jsonld";

    /// <summary>Characters (code points) of context kept before and after the quote.</summary>
    public const int ContextLength = 32;

    /// <summary>Writes the annotations; returns how many citations could not be placed (their quote is not on their line).</summary>
    public static int Write(Stream output, FactBaseAnalysis analysis, IReadOnlyDictionary<string, ArticleSource> articles)
    {
        var skipped = 0;
        using var json = new Utf8JsonWriter(output, JsonWriting.Options);
        json.WriteStartArray();
        foreach (var (_, record) in analysis.AcceptedRecords())
        {
            var kind = analysis.KindOf(record);
            var summary = analysis.Summarize(record);
            var n = 0;
            for (var i = 0; i < kind.Fields.Count; i++)
            {
                if (kind.Fields[i].Type != ValueType.Citation || record.Fields[i] is not { } value)
                {
                    continue;
                }

                foreach (var citation in value.Citations)
                {
                    Annotate(citation, summary);
                }
            }

            // A claim's citations continue the record's numbering; the body names the claim.
            foreach (var (field, claim, number) in ClaimText.Claims(kind, record))
            {
                var body = summary + " — " + ClaimText.Describe(field, claim, number);
                foreach (var citation in claim.Sources)
                {
                    Annotate(citation, body);
                }
            }

            void Annotate(CitationItem citation, string body)
            {
                n++;
                if (!articles.TryGetValue(citation.Article, out var article) || article.Text.Find(citation.Line, citation.Quote) is not { } match)
                {
                    skipped++;
                    return;
                }

                WriteAnnotation(json, $"urn:factsgen:{kind.Section}:{record.Id}:{n.ToString(System.Globalization.CultureInfo.InvariantCulture)}", body, article, match);
            }
        }

        json.WriteEndArray();
        return skipped;
    }

    private static void WriteAnnotation(Utf8JsonWriter json, string id, string summary, ArticleSource article, RawQuoteMatch match)
    {
        var text = article.Text.Text;
        var start = article.Text.CodePointOffset(match.Start);
        var end = start + RawQuoteLocator.CountCodePoints(text, match.Start, match.Length);
        var prefixStart = Back(text, match.Start, ContextLength);
        var suffixEnd = Forward(text, match.Start + match.Length, ContextLength);

        json.WriteStartObject();
        json.WriteString("@context", Context);
        json.WriteText("id", id);
        json.WriteString("type", "Annotation");
        json.WriteString("motivation", "describing");
        json.WriteStartObject("body");
        json.WriteString("type", "TextualBody");
        json.WriteText("value", summary);
        json.WriteString("format", "text/plain");
        json.WriteEndObject();
        json.WriteStartObject("target");
        json.WriteText("source", article.Source);
        json.WriteStartArray("selector");
        json.WriteStartObject();
        json.WriteString("type", "TextQuoteSelector");
        json.WriteText("exact", match.Exact);
        json.WriteText("prefix", text.Substring(prefixStart, match.Start - prefixStart));
        json.WriteText("suffix", text.Substring(match.Start + match.Length, suffixEnd - match.Start - match.Length));
        json.WriteEndObject();
        json.WriteStartObject();
        json.WriteString("type", "TextPositionSelector");
        json.WriteNumber("start", start);
        json.WriteNumber("end", end);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The offset <paramref name="count"/> code points before <paramref name="offset"/> (or 0), never inside a surrogate pair.</summary>
    private static int Back(string text, int offset, int count)
    {
        for (var n = 0; n < count && offset > 0; n++)
        {
            offset--;
            if (offset > 0 && char.IsLowSurrogate(text[offset]) && char.IsHighSurrogate(text[offset - 1]))
            {
                offset--;
            }
        }

        return offset;
    }

    /// <summary>The offset <paramref name="count"/> code points after <paramref name="offset"/> (or the end), never inside a surrogate pair.</summary>
    private static int Forward(string text, int offset, int count)
    {
        for (var n = 0; n < count && offset < text.Length; n++)
        {
            offset += char.IsHighSurrogate(text[offset]) && offset + 1 < text.Length && char.IsLowSurrogate(text[offset + 1]) ? 2 : 1;
        }

        return offset;
    }
}
