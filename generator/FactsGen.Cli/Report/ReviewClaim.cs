using System.Collections.Generic;
using FactsGen.Model;
using FactsGen.Schema;
using FactsGen.Semantics;

namespace FactsGen.Cli.Report;

/// <summary>One claim of a disputed field (docs/fact-files.md §14) as the site shows it: which it is, and its citations as placed on the articles.</summary>
internal sealed class ReviewClaim
{
    public ReviewClaim(FieldDescriptor field, ClaimItem item, int number)
    {
        Field = field;
        Item = item;
        Number = number;
        Description = ClaimText.Describe(field, item, number);
    }

    public FieldDescriptor Field { get; }

    public ClaimItem Item { get; }

    /// <summary>1-based within its field, in file order.</summary>
    public int Number { get; }

    /// <summary>"claim 2 of date (normal): between 31 July and 6 August 2023".</summary>
    public string Description { get; }

    public List<ReviewCitation> Citations { get; } = new();
}
