using FactsGen.Articles;
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using FactsGen.Checking;
using FactsGen.Diagnostics;
using FactsGen.Model;
using FactsGen.Schema;
using FactsGen.Semantics;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.Cli.Report;

/// <summary>
/// What the review site shows, computed once from a <see cref="FactBaseAnalysis"/>: the accepted
/// facts per kind, each citation placed on its article's own text, and the articles' coverage.
/// Kinds and fields are walked as the analysis describes them, never by name, so kinds that a fact
/// base declares show exactly like the built-in ones.
/// </summary>
internal sealed class ReviewModel
{
    private readonly Dictionary<(string Section, string Id), ReviewFact> _facts = new();
    private readonly FactBaseAnalysis _analysis;

    private ReviewModel(FactBaseAnalysis analysis, string factsFolder)
    {
        _analysis = analysis;
        FactsFolder = factsFolder;
        Kinds = analysis.Kinds;
        Diagnostics = analysis.Diagnostics;
    }

    /// <summary>The folder the fact base was read from; diagnostics name files relative to it.</summary>
    public string FactsFolder { get; }

    /// <summary>
    /// The kinds the site lists: every kind the fact base declares, and the built-in kinds it has
    /// records of (a built-in kind it does not use is noise on every page).
    /// </summary>
    public IReadOnlyList<KindDescriptor> Kinds { get; private set; }

    public ImmutableArray<DiagnosticInfo> Diagnostics { get; }

    /// <summary>Accepted facts per section, in fact-base order.</summary>
    public Dictionary<string, List<ReviewFact>> FactsBySection { get; } = new(StringComparer.Ordinal);

    /// <summary>The articles that have a text, in the analysis's order.</summary>
    public List<ReviewArticle> Articles { get; } = new();

    public IReadOnlyList<ReviewFact> FactsOf(KindDescriptor kind) =>
        FactsBySection.TryGetValue(kind.Section, out var facts) ? facts : Array.Empty<ReviewFact>();

    /// <summary>The kind a reference field names (null for other fields).</summary>
    public KindDescriptor? TargetOf(FieldDescriptor field) => _analysis.TargetOf(field);

    /// <summary>The accepted fact a reference names, if any.</summary>
    public ReviewFact? Find(KindDescriptor kind, string id) => _facts.TryGetValue((kind.Section, id), out var fact) ? fact : null;

    /// <summary>Reads each article's own text from disk (<paramref name="readText"/>: a path to its text, BOM dropped).</summary>
    public static ReviewModel Build(FactBaseAnalysis analysis, string factsFolder, Func<string, string> readText)
    {
        var model = new ReviewModel(analysis, factsFolder);
        foreach (var kind in model.Kinds)
        {
            model.FactsBySection[kind.Section] = new List<ReviewFact>();
        }

        foreach (var (file, record) in analysis.AcceptedRecords())
        {
            var kind = analysis.KindOf(record);
            var fact = new ReviewFact(kind, record, file, analysis.Summarize(record));
            if (!model.FactsBySection.TryGetValue(kind.Section, out var list))
            {
                model.FactsBySection[kind.Section] = list = new List<ReviewFact>();
            }

            list.Add(fact);
            model._facts[(kind.Section, record.Id)] = fact;
        }

        model.Kinds = model.Kinds.Where(k => k.IsDeclared || model.FactsOf(k).Count > 0).ToList();

        model.LinkReferences();
        model.ReadArticles(analysis, readText);
        model.PlaceCitations();
        return model;
    }

    private IEnumerable<ReviewFact> AllFacts => Kinds.SelectMany(FactsOf);

    private void LinkReferences()
    {
        foreach (var fact in AllFacts)
        {
            for (var i = 0; i < fact.Kind.Fields.Count; i++)
            {
                var field = fact.Kind.Fields[i];
                if (TargetOf(field) is not { } target || fact.Record.Fields[i] is not { } value)
                {
                    continue;
                }

                foreach (var item in value.Items)
                {
                    Find(target, item.Text)?.ReferredBy.Add((fact, field));
                }
            }
        }
    }

    private void ReadArticles(FactBaseAnalysis analysis, Func<string, string> readText)
    {
        // The declaring facts: records of the kinds that name a text file, by id (the first, as ids are unique per kind).
        var declarations = new Dictionary<string, ReviewFact>(StringComparer.Ordinal);
        foreach (var fact in AllFacts.Where(f => f.Kind.Fields.Any(d => d.Type == ValueType.Path)))
        {
            declarations.TryAdd(fact.Record.Id, fact);
        }

        foreach (var resolved in analysis.Lookup.Articles)
        {
            var raw = ArticleText.SplitLines(readText(resolved.Text.Path));
            var lines = raw.Select(NormalizedLine.Of).ToList();

            // The marks go on the text read now; they must be the lines the analysis checked.
            if (!lines.Select(l => l.Text).SequenceEqual(resolved.Text.Lines))
            {
                throw new IOException($"The article '{resolved.Text.Path}' changed after the fact base was read; run the report again.");
            }

            var article = new ReviewArticle(resolved.Id, resolved.Text.Path, lines);

            if (declarations.TryGetValue(resolved.Id, out var declaration))
            {
                article.Declaration = declaration;
                declaration.DeclaredArticle ??= article;
            }

            Articles.Add(article);
        }
    }

    private void PlaceCitations()
    {
        var articles = new Dictionary<string, ReviewArticle>(StringComparer.Ordinal);
        foreach (var article in Articles)
        {
            if (!articles.ContainsKey(article.Id))
            {
                articles.Add(article.Id, article);
            }
        }

        foreach (var fact in AllFacts)
        {
            var number = 0;
            for (var i = 0; i < fact.Kind.Fields.Count; i++)
            {
                if (fact.Kind.Fields[i].Type != ValueType.Citation || fact.Record.Fields[i] is not { } value)
                {
                    continue;
                }

                foreach (var item in value.Citations)
                {
                    var citation = new ReviewCitation(fact, ++number, item);
                    fact.Citations.Add(citation);
                    Place(citation, articles);
                }
            }

            // Claims' citations are marks too, numbered on as export numbers its annotations.
            foreach (var (field, item, claimNumber) in ClaimText.Claims(fact.Kind, fact.Record))
            {
                var claim = new ReviewClaim(field, item, claimNumber);
                fact.Claims.Add(claim);
                foreach (var source in item.Sources)
                {
                    var citation = new ReviewCitation(fact, ++number, source, claim);
                    claim.Citations.Add(citation);
                    Place(citation, articles);
                }
            }
        }

        // A line lists its facts in reading order: by where their quotes start (a stable sort keeps kind order on ties).
        foreach (var line in Articles.SelectMany(a => a.CitationsByLine))
        {
            var sorted = line.OrderBy(c => c.Range!.Value.Start).ToList();
            line.Clear();
            line.AddRange(sorted);
        }
    }

    private static void Place(ReviewCitation citation, Dictionary<string, ReviewArticle> articles)
    {
        if (!articles.TryGetValue(citation.Item.Article, out var article))
        {
            citation.State = CitationState.NoArticleText;
            return;
        }

        citation.Article = article;
        var line = citation.Item.Line;
        if (line < 1 || line > article.Lines.Count)
        {
            citation.State = CitationState.LineOutOfRange;
            return;
        }

        citation.Range = article.Lines[line - 1].Locate(citation.Item.Quote);
        citation.State = citation.Range is null ? CitationState.NotOnLine : CitationState.Marked;
        if (citation.Range is not null)
        {
            article.CitationsByLine[line - 1].Add(citation);
        }
    }
}
