using System.Collections.Generic;
using System.Linq;
using FactsGen.Model;
using FactsGen.Parsing;
using FactsGen.Schema;
using ValueType = FactsGen.Schema.ValueType;

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

    /// <summary>
    /// What the record is called where another one refers to it: the field its kind's summary starts
    /// with when that is text (an actor's <c>{name}</c>, an event's <c>{description}</c>), else the whole
    /// summary. Read from the kind's template, so a declared kind is named as a built-in one.
    /// </summary>
    public string Name
    {
        get
        {
            var first = Kind.Template.Segments.FirstOrDefault(s => s.Field >= 0);
            return first is not null && Kind.Fields[first.Field].Type == ValueType.String && Record.Fields[first.Field] is { Items.Count: > 0 } value
                ? string.Join(", ", value.Items.Select(i => i.Text))
                : Summary;
        }
    }

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
