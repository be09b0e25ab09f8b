using System.Collections.Generic;
using FactsGen.Model;
using FactsGen.Schema;

namespace FactsGen.Cli.Report;

/// <summary>An accepted record as the site shows it: its kind, summary, citations and who refers to it.</summary>
internal sealed class ReviewFact
{
    public ReviewFact(KindDescriptor kind, FactRecord record, ParsedFactFile file, string summary)
    {
        Kind = kind;
        Record = record;
        File = file;
        Summary = summary;
    }

    public KindDescriptor Kind { get; }

    public FactRecord Record { get; }

    /// <summary>The fact file that holds it.</summary>
    public ParsedFactFile File { get; }

    public string Summary { get; }

    /// <summary>The record's own citations (not its claims').</summary>
    public List<ReviewCitation> Citations { get; } = new();

    /// <summary>The claims of its disputed fields, field by field, each with its citations.</summary>
    public List<ReviewClaim> Claims { get; } = new();

    /// <summary>The facts whose reference fields name this one, in fact-base order, with the field.</summary>
    public List<(ReviewFact Fact, FieldDescriptor Field)> ReferredBy { get; } = new();

    /// <summary>For a fact that declares an article with a text: that article's page.</summary>
    public ReviewArticle? DeclaredArticle { get; set; }

    /// <summary>Where the fact stands on its kind's page.</summary>
    public string Href => PageNames.Kind(Kind.Section) + "#" + Record.Id;
}
