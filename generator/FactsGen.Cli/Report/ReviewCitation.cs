using FactsGen.Model;

namespace FactsGen.Cli.Report;

/// <summary>What became of a citation on the article page.</summary>
internal enum CitationState
{
    /// <summary>The quote is on the cited line and marked there.</summary>
    Marked,

    /// <summary>The quote is not on the cited line (FG0013).</summary>
    NotOnLine,

    /// <summary>The article has fewer lines (FG0012).</summary>
    LineOutOfRange,

    /// <summary>No text for the article id: an unknown article (FG0011) or a missing file (FG0014).</summary>
    NoArticleText,
}

/// <summary>One citation of an accepted fact, numbered within its fact, and where it stands.</summary>
internal sealed class ReviewCitation
{
    public ReviewCitation(ReviewFact fact, int number, CitationItem item, ReviewClaim? claim = null)
    {
        Fact = fact;
        Number = number;
        Item = item;
        Claim = claim;
    }

    public ReviewFact Fact { get; }

    /// <summary>1-based, in the order of the fact's citation fields and items, then on through its claims' citations.</summary>
    public int Number { get; }

    /// <summary>The claim (docs/fact-files.md §14) whose citation this is; null for the record's own.</summary>
    public ReviewClaim? Claim { get; }

    /// <summary>What the citation supports, for titles: the fact's summary, and the claim when it is a claim's.</summary>
    public string Label => Claim is null ? Fact.Summary : Fact.Summary + " — " + Claim.Description;

    public CitationItem Item { get; }

    /// <summary>Names the citation across the site (<c>section:id:n</c>, as export's annotation ids do).</summary>
    public string Key => Fact.Kind.Section + ":" + Fact.Record.Id + ":" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public CitationState State { get; set; } = CitationState.NoArticleText;

    /// <summary>The page of the cited article, when it has a text.</summary>
    public ReviewArticle? Article { get; set; }

    /// <summary>Where the quote stands on the cited line's own text, when marked.</summary>
    public TextRange? Range { get; set; }
}
