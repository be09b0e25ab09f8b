using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using FactsGen.Diagnostics;
using FactsGen.Model;
using FactsGen.Schema;
using FactsGen.Values;

namespace FactsGen.Indexing;

/// <summary>Cross-file checks over the <see cref="FileSummary"/>s of the whole fact base.</summary>
internal static class FactIndexBuilder
{
    public static FactIndex Build(ImmutableArray<FileSummary> files, ImmutableArray<string> articlePaths, FactSchema schema, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();

        // Ids per kind, first occurrence wins; a later one is FG0006, a C# name taken twice FG0008.
        // The tables are sized up front (counted first): growing them was most of this step's allocation.
        var counts = new int[schema.Kinds.Count];
        foreach (var file in ordered)
        {
            foreach (var id in file.Ids)
            {
                if (id.Kind >= 0 && id.Kind < counts.Length)
                {
                    counts[id.Kind]++;
                }
            }
        }

        var declared = schema.Kinds.Select(k => new Dictionary<string, DeclaredId>(counts[k.Index], StringComparer.Ordinal)).ToArray();
        var rejected = new HashSet<(string Path, int Ordinal)>();
        foreach (var kind in schema.Kinds)
        {
            var ids = declared[kind.Index];
            var names = new Dictionary<string, DeclaredId>(counts[kind.Index], StringComparer.Ordinal);
            var reserved = new HashSet<string>(GeneratedNames.CatalogReserved(kind.CatalogName), StringComparer.Ordinal);
            foreach (var file in ordered)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var id in file.Ids)
                {
                    if (id.Kind != kind.Index)
                    {
                        continue; // a loop, not a Where: this runs for every kind and file
                    }

                    if (ids.TryGetValue(id.Id, out var first))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, id.Location, kind.Noun, id.Id, Where(first.Location)));
                        rejected.Add((file.Path, id.Ordinal));
                        continue;
                    }

                    ids.Add(id.Id, id);
                    var name = GeneratedNames.FactProperty(id.Id);
                    if (reserved.Contains(name))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameClash, id.Location, English.Capitalize(kind.Noun), id.Id, name, $"the catalog '{kind.CatalogName}' already has as a member ({string.Join(", ", GeneratedNames.CatalogReserved(kind.CatalogName).Take(4))}, …)", Instead(id.Id, ids, names, reserved)));
                        rejected.Add((file.Path, id.Ordinal));
                    }
                    else if (names.TryGetValue(name, out var owner))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NameClash, id.Location, English.Capitalize(kind.Noun), id.Id, name, $"is already the name of '{owner.Id}' ({Where(owner.Location)})", Instead(id.Id, ids, names, reserved)));
                        rejected.Add((file.Path, id.Ordinal));
                    }
                    else
                    {
                        names.Add(name, id);
                    }
                }
            }
        }

        // One root cause, one diagnostic: when a file could not be read to its end (FG0001, FG0015),
        // the ids and citations past that point are unknown, so an unknown reference (FG0007), an
        // unknown article (FG0011) or an uncited article (FG0100) may be that error's echo: they are
        // reported once the file reads whole.
        var complete = ordered.All(f => f.IsComplete);

        // Records under a misspelt section (FG0002) are unread: references to the kind it most
        // likely meant wait until it is fixed, and so do article checks when that kind is articles.
        var unread = new HashSet<int>(ordered.SelectMany(f => f.UnreadKinds));
        var budget = SuggestionBudget;
        if (complete)
        {
            CheckReferences(ordered, schema, declared, unread, diagnostics, ref budget, cancellationToken);
        }

        var bindings = BindArticles(ordered, articlePaths, schema.ArticleKind, diagnostics, complete && !unread.Contains(schema.ArticleKind.Index), ref budget);

        var accepted = ordered
            .Select(f => new FileAcceptance(
                f.Path,
                f.Ids.Where(i => i.IsValid && !rejected.Contains((f.Path, i.Ordinal))).Select(i => new AcceptedFact(i.Kind, i.Ordinal)).ToEquatableArray()))
            .ToEquatableArray();

        diagnostics.Sort(DiagnosticInfo.Compare);
        return new FactIndex(accepted, bindings, diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// Matrix cells did-you-mean may spend on one fact base's unknown ids (FG0007, FG0011, FG0014):
    /// thousands of unknown ids against thousands of declared ones stay well under a second; past
    /// it, the diagnostics are still reported, without a suggestion.
    /// </summary>
    internal const long SuggestionBudget = 5_000_000;

    private static void CheckReferences(List<FileSummary> files, FactSchema schema, Dictionary<string, DeclaredId>[] declared, HashSet<int> unread, List<DiagnosticInfo> diagnostics, ref long budget, CancellationToken cancellationToken)
    {
        foreach (var reference in files.SelectMany(f => f.References))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ids = declared[reference.Target];
            if (ids.ContainsKey(reference.Id) || unread.Contains(reference.Target))
            {
                continue;
            }

            var target = schema[reference.Target];
            var otherKind = schema.Kinds.FirstOrDefault(k => declared[k.Index].ContainsKey(reference.Id));
            var nearest = otherKind is null ? Suggestions.Nearest(reference.Id, ids.Keys, ref budget) : null;
            var hint = otherKind is not null
                ? $"; '{reference.Id}' is {English.AOrAn(otherKind.Noun)} {otherKind.Noun}, not {English.AOrAn(target.Noun)} {target.Noun}: write the id of {English.AOrAn(target.Noun)} {target.Noun} here"
                : nearest is not null
                    ? $"; did you mean '{nearest}'?"
                    : $"; declare {English.AOrAn(target.Noun)} {target.Noun} with this id, or fix the reference";
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownReference, reference.Location, reference.Field, target.Noun, reference.Id, hint).WithSuggestion(otherKind is null ? nearest : null));
        }
    }

    private static EquatableArray<ArticleBinding> BindArticles(List<FileSummary> files, ImmutableArray<string> articlePaths, KindDescriptor articleKind, List<DiagnosticInfo> diagnostics, bool complete, ref long budget)
    {
        var available = new HashSet<string>(articlePaths, StringComparer.Ordinal);
        var declared = new Dictionary<string, ArticleDeclaration>(StringComparer.Ordinal);
        var bindings = new List<ArticleBinding>();
        foreach (var article in files.SelectMany(f => f.Articles))
        {
            if (declared.ContainsKey(article.Id))
            {
                continue; // FG0006 already says so.
            }

            declared.Add(article.Id, article);
            var path = available.Contains(article.ResolvedPath)
                ? article.ResolvedPath
                : articlePaths.FirstOrDefault(p => string.Equals(p, article.ResolvedPath, StringComparison.OrdinalIgnoreCase));
            if (path is not null)
            {
                bindings.Add(new ArticleBinding(article.Id, path));
                continue;
            }

            var nearest = Suggestions.Nearest(FilePaths.FileName(article.ResolvedPath), articlePaths.Select(FilePaths.FileName), ref budget);
            var hint = nearest is not null
                ? $"; did you mean '{nearest}'?"
                : "; fix 'file:' (relative to this YAML file) or put the article in the fact base folder";
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ArticleFileMissing, article.FileLocation, article.Id, article.File, article.ResolvedPath, hint));
        }

        var cited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var use in files.SelectMany(f => f.ArticleUses))
        {
            cited.Add(use.Id);
            if (complete && !declared.ContainsKey(use.Id))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownArticle, use.Location, use.Id, Suggestions.DidYouMean(use.Id, declared.Keys, ref budget), articleKind.Section));
            }
        }

        foreach (var file in files)
        {
            foreach (var id in file.Ids.Where(i => complete && i.Kind == articleKind.Index && !cited.Contains(i.Id) && declared.TryGetValue(i.Id, out var d) && d.FileLocation.FilePath == file.Path))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UncitedArticle, id.Location, id.Id));
            }
        }

        return bindings.OrderBy(b => b.Id, StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>An id that would work instead of <paramref name="id"/>: no id of the kind yet, and a C# name nothing has.</summary>
    private static string Instead(string id, Dictionary<string, DeclaredId> ids, Dictionary<string, DeclaredId> names, HashSet<string> reserved) =>
        GeneratedNames.SlugAlternatives(id, "fact").FirstOrDefault(alternative => !ids.ContainsKey(alternative) && !names.ContainsKey(GeneratedNames.FactProperty(alternative)) && !reserved.Contains(GeneratedNames.FactProperty(alternative))) ?? id + "-" + ids.Count.ToString(CultureInfo.InvariantCulture);

    private static string Where(LocationInfo location) =>
        string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", FilePaths.FileName(location.FilePath), location.StartLine + 1, location.StartColumn + 1);
}
