using System.Collections.Generic;
using System.Linq;

namespace FactsGen.Cli.Report;

/// <summary>An article with a text: its lines as written and the citations marked on each.</summary>
internal sealed class ReviewArticle
{
    public ReviewArticle(string id, string path, IReadOnlyList<NormalizedLine> lines)
    {
        Id = id;
        Path = path;
        Lines = lines;
        CitationsByLine = lines.Select(_ => new List<ReviewCitation>()).ToArray();
    }

    public string Id { get; }

    /// <summary>The text file, as the analysis names it.</summary>
    public string Path { get; }

    /// <summary>The fact that declares the article, when it was accepted (its summary titles the page).</summary>
    public ReviewFact? Declaration { get; set; }

    public IReadOnlyList<NormalizedLine> Lines { get; }

    /// <summary>Per line (index 0 is line 1), the marked citations on it, in the order their quotes start.</summary>
    public IReadOnlyList<List<ReviewCitation>> CitationsByLine { get; }

    public string PageName => PageNames.Article(Id);

    /// <summary>Lines with something on them once normalized: the lines a citation could cite.</summary>
    public int NonEmptyLines => Lines.Count(l => l.Text.Length > 0);

    /// <summary>Non-empty lines with at least one marked citation.</summary>
    public int CitedLines => Lines.Where((l, i) => l.Text.Length > 0 && CitationsByLine[i].Count > 0).Count();
}
