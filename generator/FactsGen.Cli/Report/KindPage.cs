using System.Globalization;
using System.Linq;
using FactsGen.Escaping;
using FactsGen.Model;
using FactsGen.Schema;
using FactsGen.Semantics;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.Cli.Report;

/// <summary>
/// One kind: each accepted fact under its id, with its summary, its fields as the YAML spells them
/// (references linked to their records), what the editor inferred (as the editor's), the claims of
/// its disputed fields with their ranks and citations, its citations linked to the article lines, and
/// the facts that refer to it. Fields are walked from the kind's descriptor, so a declared kind shows as is.
/// </summary>
internal static class KindPage
{
    public static string Render(ReviewModel model, KindDescriptor kind)
    {
        var facts = model.FactsOf(kind);
        return PageLayout.Page(kind.Section, model.Kinds, PageNames.Kind(kind.Section), withScript: true, html =>
        {
            html.Raw("<h1>").Text(kind.Section).Raw("</h1>\n<p class=\"lede\">");
            if (kind.Doc.Length > 0)
            {
                html.Text(kind.Doc).Raw(" ");
            }

            html.Count(facts.Count, "fact").Raw(", C# record <code>").Text(kind.RecordName).Raw("</code>.</p>\n");
            if (facts.Count == 0)
            {
                html.Raw("<p>No accepted fact of this kind.</p>\n");
                return;
            }

            // Shown by the script: without it every fact is listed and nothing is missing.
            html.Raw("<p class=\"filter\" hidden><label for=\"filter\">Filter</label> <input type=\"search\" id=\"filter\" autocomplete=\"off\" placeholder=\"words in a fact\"> <span id=\"filter-count\" aria-live=\"polite\"></span></p>\n");
            html.Raw("<div class=\"facts\">\n");
            foreach (var fact in facts)
            {
                Fact(html, model, fact);
            }

            html.Raw("</div>\n");
        });
    }

    private static void Fact(Html html, ReviewModel model, ReviewFact fact)
    {
        var record = fact.Record;
        html.Raw("<article class=\"fact\"").Attr("id", record.Id).Raw(">\n<h2><a").Attr("href", "#" + record.Id).Raw(">").Text(record.Id).Raw("</a></h2>\n")
            .Raw("<p class=\"summary\">").Text(fact.Summary).Raw("</p>\n<dl class=\"fields\">\n");
        for (var i = 0; i < fact.Kind.Fields.Count; i++)
        {
            var field = fact.Kind.Fields[i];
            if (field.Type is ValueType.Id or ValueType.Citation)
            {
                continue;
            }

            var value = record.Fields[i];
            if ((value is null || value.Items.Count == 0) && field.Default is null)
            {
                continue;
            }

            html.Raw("<dt>").Text(field.Name).Raw("</dt><dd>");
            if (value is null || value.Items.Count == 0)
            {
                html.Text(field.Default!).Raw(" <span class=\"default\">(default)</span>");
            }
            else
            {
                for (var j = 0; j < value.Items.Count; j++)
                {
                    if (j > 0)
                    {
                        html.Raw(", ");
                    }

                    Value(html, model, fact, field, value.Items[j].Text);
                }

                if (value.HasClaims)
                {
                    html.Raw(" <span class=\"disputed\">(best of ").Number(value.Claims.Count).Raw(" claims)</span>");
                }
            }

            if (record.Inferences.Any(inference => inference.Field == field.Name))
            {
                html.Raw(" <span class=\"inferred\">(the editor's inference)</span>");
            }

            html.Raw("</dd>\n");
        }

        html.Raw("</dl>\n");
        Inferences(html, "Inferred by the editor", record.Inferences);
        Claims(html, model, fact);
        Citations(html, fact.Citations);
        ReferredBy(html, fact);
        html.Raw("<p class=\"origin\">").Text(FilePaths.FileName(fact.File.Path)).Raw(", line ").Number(record.Location.StartLine + 1).Raw("</p>\n</article>\n");
    }

    private static void Value(Html html, ReviewModel model, ReviewFact fact, FieldDescriptor field, string text)
    {
        switch (field.Type)
        {
            case ValueType.Reference when model.TargetOf(field) is { } target:
                if (model.Find(target, text) is { } referenced)
                {
                    // The record's name where the id stood ("Wagner Group", not "wagner"); id and summary on hover.
                    html.Raw("<a class=\"ref\"").Attr("href", referenced.Href).Attr("title", text + ": " + referenced.Summary).Raw(">").Text(referenced.Name).Raw("</a>");
                }
                else
                {
                    html.Text(text).Raw(" <span class=\"missing\">(no such ").Text(target.Noun).Raw(")</span>");
                }

                return;
            case ValueType.Url when HtmlText.IsWebUrl(text):
                html.Raw("<a class=\"url\" rel=\"noreferrer\"").Attr("href", text).Raw(">").Text(text).Raw("</a>");
                return;
            case ValueType.Path when fact.DeclaredArticle is { } article:
                html.Link(article.PageName, text);
                return;
            default:
                html.Text(text);
                return;
        }
    }

    /// <summary>What the editor inferred rather than read (docs/fact-files.md §13), each field with the reason, marked as the editor's.</summary>
    private static void Inferences(Html html, string heading, EquatableArray<InferenceItem> inferences)
    {
        if (inferences.IsEmpty)
        {
            return;
        }

        html.Raw("<h3>").Text(heading).Raw("</h3>\n<ul class=\"inferences\">\n");
        foreach (var inference in inferences)
        {
            html.Raw("<li><span class=\"field\">").Text(inference.Field).Raw("</span>: <span class=\"reason\">").Text(inference.Reason)
                .Raw("</span> <span class=\"by\">(the editor's inference, not a quote)</span></li>\n");
        }

        html.Raw("</ul>\n");
    }

    /// <summary>Each claim of a disputed field (docs/fact-files.md §14): field, rank, value, note, its inferences and its citations.</summary>
    private static void Claims(Html html, ReviewModel model, ReviewFact fact)
    {
        if (fact.Claims.Count == 0)
        {
            return;
        }

        html.Raw("<h3>Claims</h3>\n<ol class=\"claims\">\n");
        foreach (var claim in fact.Claims)
        {
            var rank = ClaimText.Rank(claim.Item.Rank);
            html.Raw("<li").Attr("class", "claim rank-" + rank).Attr("id", fact.Record.Id + "-" + claim.Field.Name + "-" + claim.Number.ToString(CultureInfo.InvariantCulture))
                .Raw("><span class=\"field\">").Text(claim.Field.Name).Raw("</span> <span class=\"rank\">").Text(rank).Raw("</span> <span class=\"value\">");
            for (var j = 0; j < claim.Item.Value.Count; j++)
            {
                if (j > 0)
                {
                    html.Raw(", ");
                }

                Value(html, model, fact, claim.Field, claim.Item.Value[j].Text);
            }

            html.Raw("</span>");
            if (claim.Item.Note is { } note)
            {
                html.Raw(" <span class=\"note\">").Text(note).Raw("</span>");
            }

            html.Raw("\n");
            Inferences(html, "Inferred by the editor", claim.Item.Inferences);
            Citations(html, claim.Citations, heading: false);
            html.Raw("</li>\n");
        }

        html.Raw("</ol>\n");
    }

    private static void Citations(Html html, System.Collections.Generic.List<ReviewCitation> citations, bool heading = true)
    {
        if (citations.Count == 0)
        {
            return;
        }

        if (heading)
        {
            html.Raw("<h3>Citations</h3>\n");
        }

        html.Raw("<ol class=\"citations\">\n");
        foreach (var citation in citations)
        {
            var item = citation.Item;
            var where = item.Article + ", line " + item.Line.ToString(CultureInfo.InvariantCulture);
            html.Raw("<li").Attr("data-cite", citation.Key).Attr("class", citation.State == CitationState.Marked ? "marked" : "broken").Raw(">");
            if (citation.Article is { } article && citation.State != CitationState.LineOutOfRange)
            {
                html.Link(article.PageName + "#L" + item.Line.ToString(CultureInfo.InvariantCulture), where, "at");
            }
            else
            {
                html.Raw("<span class=\"at\">").Text(where).Raw("</span>");
            }

            // <q> adds its own quotation marks; a quote that starts or ends with one of the article's
            // shows those instead, not “"…"”.
            if (HasOwnQuotationMarks(item.Quote))
            {
                html.Raw(": <span class=\"quote\">").Text(item.Quote).Raw("</span>");
            }
            else
            {
                html.Raw(": <q>").Text(item.Quote).Raw("</q>");
            }
            var problem = citation.State switch
            {
                CitationState.NotOnLine => "the quote is not on this line",
                CitationState.LineOutOfRange => "the article has no such line",
                CitationState.NoArticleText => "no text for this article",
                _ => null,
            };
            if (problem is not null)
            {
                html.Raw(" <span class=\"problem\">").Text(problem).Raw("</span>");
            }

            html.Raw("</li>\n");
        }

        html.Raw("</ol>\n");
    }

    /// <summary>Whether a quote starts or ends with a double quotation mark of its own (straight, curly or guillemet).</summary>
    internal static bool HasOwnQuotationMarks(string quote)
    {
        static bool IsMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB';
        return quote.Length > 0 && (IsMark(quote[0]) || IsMark(quote[quote.Length - 1]));
    }

    private static void ReferredBy(Html html, ReviewFact fact)
    {
        if (fact.ReferredBy.Count == 0)
        {
            return;
        }

        html.Raw("<h3>Referred to by</h3>\n<ul class=\"referred\">\n");
        foreach (var (other, field) in fact.ReferredBy)
        {
            html.Raw("<li><span class=\"kind\">").Text(other.Kind.Noun).Raw("</span> ")
                .Link(other.Href, other.Summary).Raw(" <span class=\"via\">(").Text(field.Name).Raw(")</span></li>\n");
        }

        html.Raw("</ul>\n");
    }
}
