using System.Linq;
using System.Text;
using FactsGen.LanguageServer.Engine;
using FactsGen.Model;
using FactsGen.Schema;
using FactsGen.Semantics;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.LanguageServer.Features;

/// <summary>How the editor describes records, fields and citations (hovers, completion details), in markdown.</summary>
internal static class FactDescriptions
{
    /// <summary>"**Actor** `wagner`: summary", then its first quote.</summary>
    public static string Record(FactBaseSnapshot snapshot, KindDescriptor kind, FactRecord record)
    {
        var sb = new StringBuilder();
        sb.Append("**").Append(Markdown.Escape(kind.RecordName)).Append("** ").Append(Markdown.Code(record.Id)).Append("  \n");
        sb.Append(Markdown.Escape(snapshot.Summarize(record)));
        if (FirstCitation(kind, record) is { } citation)
        {
            sb.Append("\n\n> ").Append(Markdown.Escape("\u201C" + citation.Quote + "\u201D"));
            sb.Append("  \n> \u2014 ").Append(Markdown.Escape($"{citation.Article}, line {citation.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
        }

        Inferences(sb, record.Inferences);
        foreach (var (field, claim, number) in ClaimText.Claims(kind, record))
        {
            sb.Append("\n\n").Append(Claim(field, claim, number));
        }

        return sb.ToString();
    }

    /// <summary>"**Claim 2 of `date`** (normal): value · note", its citations, and its inferences.</summary>
    public static string Claim(FieldDescriptor field, ClaimItem claim, int number)
    {
        var sb = new StringBuilder();
        sb.Append("**Claim ").Append(number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" of ").Append(Markdown.Code(field.Name)).Append("** (")
            .Append(Markdown.Escape(ClaimText.Rank(claim.Rank))).Append("): ").Append(Markdown.Code(ClaimText.Value(field, claim)));
        if (claim.Note is { } note)
        {
            sb.Append(" \u00B7 ").Append(Markdown.Escape(note));
        }

        foreach (var citation in claim.Sources)
        {
            sb.Append("  \n> ").Append(Markdown.Escape("\u201C" + citation.Quote + "\u201D \u2014 " + citation.Article + ", line " + citation.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        Inferences(sb, claim.Inferences);
        return sb.ToString();
    }

    /// <summary>Each inference as the editor's, not the source's: "*Inferred by the editor:* `location`: reason".</summary>
    private static void Inferences(StringBuilder sb, EquatableArray<InferenceItem> inferences)
    {
        foreach (var inference in inferences)
        {
            sb.Append("\n\n*Inferred by the editor, not quoted:* ").Append(Markdown.Code(inference.Field)).Append(": ").Append(Markdown.Escape(inference.Reason));
        }
    }

    /// <summary>The cited line with the quote in bold (or why it cannot be shown).</summary>
    public static string Citation(FactBaseSnapshot snapshot, CitationItem citation)
    {
        var line = citation.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var header = $"**{Markdown.Escape(citation.Article)}**, line {line}";
        if (snapshot.ArticleOf(citation.Article) is null)
        {
            return header + "\n\n" + Markdown.Escape($"No article '{citation.Article}' is declared (or its file is missing).");
        }

        if (CitedLine.Of(snapshot, citation) is not { } cited)
        {
            return header + "\n\n" + Markdown.Escape($"The article has no line {line}.");
        }

        if (!cited.HasQuote)
        {
            return header + " \u2014 *the quote is not on this line*\n\n> " + Markdown.Escape(cited.Text);
        }

        var before = cited.Text.Substring(0, cited.QuoteStart);
        var quote = cited.Text.Substring(cited.QuoteStart, cited.QuoteLength);
        var after = cited.Text.Substring(cited.QuoteStart + cited.QuoteLength);
        return header + "\n\n> " + Markdown.Escape(before) + Markdown.Bold(quote) + Markdown.Escape(after);
    }

    /// <summary>"**name** · ref actors, list, required" and the field's doc.</summary>
    public static string Field(FactBaseSnapshot snapshot, FieldDescriptor field)
    {
        var traits = new[] { TypeOf(snapshot, field), field.IsList ? "list" : null, field.IsRequired ? "required" : "optional", field.Default is { } d ? "default " + d : null };
        return $"**{Markdown.Escape(field.Name)}** \u00B7 {Markdown.Escape(string.Join(", ", traits.Where(t => t is not null)))}\n\n{Markdown.Escape(field.Doc)}";
    }

    /// <summary>A section's kind: its record type and doc.</summary>
    public static string Kind(KindDescriptor kind) =>
        $"**{Markdown.Escape(kind.Section)}**: {Markdown.Escape(kind.RecordName)} records\n\n{Markdown.Escape(kind.Doc)}";

    public static string TypeOf(FactBaseSnapshot snapshot, FieldDescriptor field) => field.Type switch
    {
        ValueType.Reference => "ref " + (snapshot.TargetOf(field)?.Section ?? "?"),
        ValueType.Enum => "one of " + string.Join(" | ", field.Enum!.Members.Select(m => m.Yaml)),
        _ => field.Type.ToString().ToLowerInvariant(),
    };

    public static CitationItem? FirstCitation(KindDescriptor kind, FactRecord record)
    {
        for (var i = 0; i < kind.Fields.Count && i < record.Fields.Count; i++)
        {
            if (record.Fields[i] is { Citations.Count: > 0 } value)
            {
                return value.Citations[0];
            }
        }

        return null;
    }
}
