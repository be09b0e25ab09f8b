using System;
using System.Collections.Generic;
using System.Linq;
using DiffPlex;
using FactsGen.Articles;
using FactsGen.Diagnostics;
using FactsGen.Yaml;
using Microsoft.CodeAnalysis;

namespace FactsGen.Cli.Diffing;

/// <summary>
/// Compares two fact bases as docs/tools/diff.md says, keyed by kind and id: records (with renames, field,
/// claim, <c>inferred</c> and citation changes), article texts, kind declarations and the new
/// diagnostics. Every list comes out sorted, so the same two bases give the same diff.
/// </summary>
internal static class FactBaseDiffer
{
    private const string Inferred = "inferred";

    public static FactBaseDiff Compare(DiffSide old, DiffSide @new)
    {
        var sections = @new.Schema.SectionNames
            .Concat(old.Schema.SectionNames)
            .Concat(@new.Records.Keys.OrderBy(s => s, StringComparer.Ordinal))
            .Concat(old.Records.Keys.OrderBy(s => s, StringComparer.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var records = new List<RecordChange>();
        foreach (var section in sections)
        {
            records.AddRange(CompareSection(section, RecordsOf(old, section), RecordsOf(@new, section), @new));
        }

        return new FactBaseDiff(
            sections.Where(s => records.Any(r => r.Section == s)).ToList(),
            records,
            CompareArticles(old, @new),
            CompareKinds(old.Kinds, @new.Kinds),
            NewDiagnostics(old, @new));
    }

    private static Dictionary<string, DiffRecord> RecordsOf(DiffSide side, string section) =>
        side.Records.TryGetValue(section, out var records) ? records : new Dictionary<string, DiffRecord>(StringComparer.Ordinal);

    private static IEnumerable<RecordChange> CompareSection(string section, Dictionary<string, DiffRecord> old, Dictionary<string, DiffRecord> @new, DiffSide newSide)
    {
        var changes = new List<RecordChange>();
        var removed = old.Keys.Where(id => !@new.ContainsKey(id)).OrderBy(id => id, StringComparer.Ordinal).ToList();
        var added = @new.Keys.Where(id => !old.ContainsKey(id)).OrderBy(id => id, StringComparer.Ordinal).ToList();

        // A rename keeps every field and citation: pair each removed id with the first added one whose content is the same.
        foreach (var id in removed.ToList())
        {
            var content = old[id].Content();
            var to = added.FirstOrDefault(a => @new[a].Content() == content);
            if (to is not null)
            {
                var record = @new[to];
                changes.Add(new RecordChange(section, to, RecordStatus.Renamed, id, record.Path, record.Line, [], [], [], []));
                removed.Remove(id);
                added.Remove(to);
            }
        }

        changes.AddRange(removed.Select(id => Whole(old[id], RecordStatus.Removed)));
        changes.AddRange(added.Select(id => Whole(@new[id], RecordStatus.Added)));
        foreach (var id in @new.Keys.Where(old.ContainsKey))
        {
            if (CompareRecord(old[id], @new[id], newSide) is { } change)
            {
                changes.Add(change);
            }
        }

        return changes.OrderBy(c => c.Id, StringComparer.Ordinal);
    }

    private static RecordChange Whole(DiffRecord record, RecordStatus status) =>
        new(record.Section, record.Id, status, null, record.Path, record.Line, [], [], [], []);

    private static RecordChange? CompareRecord(DiffRecord old, DiffRecord @new, DiffSide newSide)
    {
        var fields = new List<ValueChange>();
        var claims = new List<ClaimChange>();
        var claimCitations = new List<CitationChange>();
        var names = @new.Fields.Select(f => f.Key).Concat(old.Fields.Select(f => f.Key)).Distinct(StringComparer.Ordinal).Where(n => n != Inferred);
        foreach (var name in names)
        {
            var (before, after) = (old.Field(name), @new.Field(name));
            var (oldClaims, newClaims) = (DiffSide.ClaimsOf(before), DiffSide.ClaimsOf(after));
            if (oldClaims.Count > 0 && newClaims.Count > 0)
            {
                claims.AddRange(CompareClaims(name, oldClaims, newClaims, newSide, claimCitations));
                continue;
            }

            var (o, n) = (before is null ? null : YamlSpelling.Of(before), after is null ? null : YamlSpelling.Of(after));
            if (o != n)
            {
                fields.Add(new ValueChange(name, o, n));
                claims.AddRange(CompareClaims(name, oldClaims, newClaims, newSide, claimCitations));
            }
        }

        var inferred = CompareMappings(old.Field(Inferred), @new.Field(Inferred));
        var citations = CompareCitations(old.Citations, @new.Citations, newSide);
        citations.AddRange(claimCitations);
        return fields.Count + claims.Count + inferred.Count + citations.Count == 0
            ? null
            : new RecordChange(@new.Section, @new.Id, RecordStatus.Changed, null, @new.Path, @new.Line, fields, claims, inferred, citations);
    }

    /// <summary>
    /// Claims keyed by their value: added, removed, re-ranked, or changed otherwise (note, inferred).
    /// A kept claim's sources are compared as a record's are, into <paramref name="citations"/>, so
    /// that fix's re-anchoring of a claim's citation reads as re-anchoring.
    /// </summary>
    private static IEnumerable<ClaimChange> CompareClaims(string field, IReadOnlyList<YamlMapping> old, IReadOnlyList<YamlMapping> @new, DiffSide newSide, List<CitationChange> citations)
    {
        static string WithoutSources(YamlMapping claim) => string.Join(", ", claim.Entries.Where(e => YamlSpelling.Of(e.Key) != "sources").Select(e => YamlSpelling.Of(e.Key) + ": " + YamlSpelling.Of(e.Value)));
        static string ValueOf(YamlMapping claim) => YamlSpelling.Of(YamlSpelling.Get(claim, "value"));
        static string RankOf(YamlMapping claim) => YamlSpelling.Text(YamlSpelling.Get(claim, "rank")) ?? "normal";
        var before = old.GroupBy(ValueOf, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var after = @new.GroupBy(ValueOf, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (value, claim) in after)
        {
            if (!before.TryGetValue(value, out var was))
            {
                yield return new ClaimChange(field, value, "added", null, RankOf(claim));
            }
            else if (RankOf(was) != RankOf(claim))
            {
                yield return new ClaimChange(field, value, "re-ranked", RankOf(was), RankOf(claim));
            }
            else
            {
                var label = $"{field} claim {value}";
                citations.AddRange(CompareCitations(DiffSide.CitationsOf(YamlSpelling.Get(was, "sources")), DiffSide.CitationsOf(YamlSpelling.Get(claim, "sources")), newSide).Select(c => c with { Claim = label }));
                if (WithoutSources(was) != WithoutSources(claim))
                {
                    yield return new ClaimChange(field, value, "changed", RankOf(was), RankOf(claim));
                }
            }
        }

        foreach (var (value, claim) in before.Where(b => !after.ContainsKey(b.Key)))
        {
            yield return new ClaimChange(field, value, "removed", RankOf(claim), null);
        }
    }

    /// <summary>Two mappings (<c>inferred</c>) entry by entry.</summary>
    private static List<ValueChange> CompareMappings(YamlNode? old, YamlNode? @new)
    {
        static Dictionary<string, string> Entries(YamlNode? node) => node is YamlMapping mapping
            ? mapping.Entries.Where(e => e.Key is YamlScalar).GroupBy(e => ((YamlScalar)e.Key).Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => YamlSpelling.Of(g.First().Value), StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        var (before, after) = (Entries(old), Entries(@new));
        return after.Keys.Concat(before.Keys).Distinct(StringComparer.Ordinal)
            .Select(k => new ValueChange(k, before.TryGetValue(k, out var o) ? o : null, after.TryGetValue(k, out var n) ? n : null))
            .Where(c => c.Old != c.New)
            .ToList();
    }

    /// <summary>
    /// Citations as a multiset: equal ones drop out; then one with the same article and quote on a
    /// new line is re-anchored when the new article has the quote on that line (else changed); one
    /// with the same article and line and other words is changed; the rest are added or removed.
    /// </summary>
    private static List<CitationChange> CompareCitations(IReadOnlyList<DiffCitation> old, IReadOnlyList<DiffCitation> @new, DiffSide newSide)
    {
        var before = old.ToList();
        var after = new List<DiffCitation>();
        foreach (var citation in @new)
        {
            var same = before.FindIndex(c => c.SameAs(citation));
            if (same >= 0)
            {
                before.RemoveAt(same);
            }
            else
            {
                after.Add(citation);
            }
        }

        var changes = new List<CitationChange>();
        Pair((o, n) => o.Article == n.Article && o.NormalizedQuote == n.NormalizedQuote, (o, n) =>
            new CitationChange(Holds(newSide, n) ? CitationStatus.Reanchored : CitationStatus.Changed, n.Article, o.Line, n.Line, o.Quote, n.Quote));
        Pair((o, n) => o.Article == n.Article && o.Line == n.Line, (o, n) => new CitationChange(CitationStatus.Changed, n.Article, o.Line, n.Line, o.Quote, n.Quote));
        changes.AddRange(after.Select(n => new CitationChange(CitationStatus.Added, n.Article, 0, n.Line, null, n.Quote)));
        changes.AddRange(before.Select(o => new CitationChange(CitationStatus.Removed, o.Article, o.Line, 0, o.Quote, null)));
        return changes
            .OrderBy(c => c.Article, StringComparer.Ordinal)
            .ThenBy(c => c.NewLine > 0 ? c.NewLine : c.OldLine)
            .ThenBy(c => c.Status)
            .ThenBy(c => c.NewQuote ?? c.OldQuote, StringComparer.Ordinal)
            .ToList();

        void Pair(Func<DiffCitation, DiffCitation, bool> match, Func<DiffCitation, DiffCitation, CitationChange> change)
        {
            foreach (var n in after.ToList())
            {
                var o = before.FindIndex(c => match(c, n));
                if (o >= 0)
                {
                    changes.Add(change(before[o], n));
                    before.RemoveAt(o);
                    after.Remove(n);
                }
            }
        }
    }

    /// <summary>Whether the new article holds the citation's quote on its line (docs/fact-files.md §5's normalization, the engine's search).</summary>
    private static bool Holds(DiffSide side, DiffCitation citation) =>
        side.Articles.TryGetValue(citation.Article, out var article)
        && citation.Line >= 1 && citation.Line <= article.Text.Lines.Count
        && new QuoteSearch(citation.NormalizedQuote).IsIn(article.Text.Lines[citation.Line - 1]);

    private static List<ArticleChange> CompareArticles(DiffSide old, DiffSide @new)
    {
        var changes = new List<ArticleChange>();
        foreach (var id in @new.Articles.Keys.Where(old.Articles.ContainsKey).OrderBy(id => id, StringComparer.Ordinal))
        {
            // Lines as citations count them: a change of line ends alone changes no line.
            var before = string.Join("\n", ArticleText.SplitLines(old.Articles[id].Raw));
            var after = string.Join("\n", ArticleText.SplitLines(@new.Articles[id].Raw));
            if (before == after)
            {
                continue;
            }

            var diff = Differ.Instance.CreateLineDiffs(before, after, ignoreWhitespace: false);
            var lines = new List<ArticleLine>();
            var (removedLines, addedLines) = (new HashSet<int>(), new HashSet<int>());
            foreach (var block in diff.DiffBlocks)
            {
                for (var i = 0; i < block.DeleteCountA; i++)
                {
                    var number = block.DeleteStartA + i + 1;
                    removedLines.Add(number);
                    lines.Add(new ArticleLine(false, number, diff.PiecesOld[number - 1]));
                }

                for (var i = 0; i < block.InsertCountB; i++)
                {
                    var number = block.InsertStartB + i + 1;
                    addedLines.Add(number);
                    lines.Add(new ArticleLine(true, number, diff.PiecesNew[number - 1]));
                }
            }

            var citing = @new.AllCitations().Where(c => c.Citation.Article == id && addedLines.Contains(c.Citation.Line)).Select(c => new CitingFact(c.Record.Section, c.Record.Id, c.Citation.Line, false))
                .Concat(old.AllCitations().Where(c => c.Citation.Article == id && removedLines.Contains(c.Citation.Line)).Select(c => new CitingFact(c.Record.Section, c.Record.Id, c.Citation.Line, true)))
                .Distinct()
                .OrderBy(c => c.Old).ThenBy(c => c.Line).ThenBy(c => c.Section, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal)
                .ToList();
            changes.Add(new ArticleChange(id, @new.Relative(@new.Articles[id].Text.Path), lines, citing));
        }

        return changes;
    }

    private static List<KindChange> CompareKinds(Dictionary<string, DiffRecord> old, Dictionary<string, DiffRecord> @new)
    {
        var changes = new List<KindChange>();
        foreach (var id in @new.Keys.Concat(old.Keys).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal))
        {
            if (!old.TryGetValue(id, out var before))
            {
                changes.Add(new KindChange(id, RecordStatus.Added, []));
                continue;
            }

            if (!@new.TryGetValue(id, out var after))
            {
                changes.Add(new KindChange(id, RecordStatus.Removed, []));
                continue;
            }

            var keys = new List<ValueChange>();
            foreach (var name in after.Fields.Select(f => f.Key).Concat(before.Fields.Select(f => f.Key)).Distinct(StringComparer.Ordinal))
            {
                if (name == "fields")
                {
                    keys.AddRange(CompareFieldDeclarations(before.Field(name), after.Field(name)));
                    continue;
                }

                var (o, n) = (before.Field(name) is { } b ? YamlSpelling.Of(b) : null, after.Field(name) is { } a ? YamlSpelling.Of(a) : null);
                if (o != n)
                {
                    keys.Add(new ValueChange(name, o, n));
                }
            }

            if (keys.Count > 0)
            {
                changes.Add(new KindChange(id, RecordStatus.Changed, keys));
            }
        }

        return changes;
    }

    /// <summary>A kind's <c>fields</c> by field name, and within a field key by key (<c>fields.kind.values</c>).</summary>
    private static IEnumerable<ValueChange> CompareFieldDeclarations(YamlNode? old, YamlNode? @new)
    {
        static List<(string Name, YamlMapping Field)> Fields(YamlNode? node) => node is YamlSequence sequence
            ? sequence.Items.OfType<YamlMapping>().Select(m => (YamlSpelling.Text(YamlSpelling.Get(m, "name")) ?? string.Empty, m)).ToList()
            : new List<(string, YamlMapping)>();
        var (before, after) = (Fields(old), Fields(@new));
        foreach (var name in after.Select(f => f.Name).Concat(before.Select(f => f.Name)).Distinct(StringComparer.Ordinal))
        {
            var o = before.FirstOrDefault(f => f.Name == name).Field;
            var n = after.FirstOrDefault(f => f.Name == name).Field;
            if (o is null || n is null)
            {
                yield return new ValueChange("fields." + name, o is null ? null : YamlSpelling.Of(o), n is null ? null : YamlSpelling.Of(n));
                continue;
            }

            foreach (var key in n.Entries.Concat(o.Entries).Select(e => YamlSpelling.Of(e.Key)).Distinct(StringComparer.Ordinal))
            {
                var (was, now) = (YamlSpelling.Get(o, key), YamlSpelling.Get(n, key));
                var (ws, ns) = (was is null ? null : YamlSpelling.Of(was), now is null ? null : YamlSpelling.Of(now));
                if (ws != ns)
                {
                    yield return new ValueChange($"fields.{name}.{key}", ws, ns);
                }
            }
        }

        // The fields' order is the properties' order: a reorder alone is a change too.
        if (before.Count == after.Count && before.Select(f => f.Name).OrderBy(n => n, StringComparer.Ordinal).SequenceEqual(after.Select(f => f.Name).OrderBy(n => n, StringComparer.Ordinal))
            && !before.Select(f => f.Name).SequenceEqual(after.Select(f => f.Name)))
        {
            yield return new ValueChange("fields (order)", string.Join(", ", before.Select(f => f.Name)), string.Join(", ", after.Select(f => f.Name)));
        }
    }

    /// <summary>The new base's diagnostics less the old one's, matched by id, file and message (positions move with any edit).</summary>
    private static List<NewDiagnostic> NewDiagnostics(DiffSide old, DiffSide @new)
    {
        static string Key(DiffSide side, DiagnosticInfo d) => d.Id + "\u0000" + (d.Location is { } l ? side.Relative(l.FilePath) : string.Empty) + "\u0000" + d.Message;
        var before = old.Analysis.Diagnostics.GroupBy(d => Key(old, d)).ToDictionary(g => g.Key, g => g.Count());
        var result = new List<NewDiagnostic>();
        foreach (var diagnostic in @new.Analysis.Diagnostics)
        {
            var key = Key(@new, diagnostic);
            if (before.TryGetValue(key, out var count) && count > 0)
            {
                before[key] = count - 1;
                continue;
            }

            var location = diagnostic.Location;
            result.Add(new NewDiagnostic(
                location is not { } at ? string.Empty : @new.Relative(at.FilePath),
                location?.DisplayLine ?? 0,
                (location?.StartColumn ?? -1) + 1,
                diagnostic.Descriptor.DefaultSeverity == DiagnosticSeverity.Warning ? "warning" : "error",
                diagnostic.Id,
                diagnostic.Message));
        }

        return result;
    }
}
