using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactsGen.Articles;
using FactsGen.Checking;
using FactsGen.Cli.Reading;
using FactsGen.Model;
using FactsGen.Schema;
using FactsGen.Yaml;

namespace FactsGen.Cli.Diffing;

/// <summary>One <c>{ article, line, quote }</c> as written; <see cref="Line"/> is 0 when it is not a number.</summary>
internal sealed record DiffCitation(string Article, int Line, string Quote)
{
    public string NormalizedQuote { get; } = QuoteNormalizer.Normalize(Quote);

    public bool SameAs(DiffCitation other) => Article == other.Article && Line == other.Line && NormalizedQuote == other.NormalizedQuote;
}

/// <summary>
/// One record as its YAML mapping holds it: every key but <c>id</c> and the citations field, each
/// with its node, in file order; and its citations.
/// </summary>
internal sealed record DiffRecord(string Section, string Id, string Path, int Line, IReadOnlyList<KeyValuePair<string, YamlNode>> Fields, IReadOnlyList<DiffCitation> Citations)
{
    public YamlNode? Field(string name) => Fields.FirstOrDefault(f => f.Key == name).Value;

    /// <summary>Fields and citations, without the id: what a rename keeps.</summary>
    public string Content() =>
        string.Join("\n", Fields.Select(f => f.Key + ": " + YamlSpelling.Of(f.Value)))
        + "\n" + string.Join("\n", Citations.Select(c => $"{c.Article}:{c.Line}:{c.NormalizedQuote}"));
}

/// <summary>
/// A fact base as the diff reads it: the check's analysis (schema, articles, diagnostics) and, from
/// the YAML trees, every record keyed by section and id (the first of an id wins, as in a build)
/// and every kind declaration. It reads the tree rather than the parsed model so that any field,
/// whatever its shape (a <c>claims</c> mapping, <c>inferred</c>), is compared as written.
/// </summary>
internal sealed class DiffSide
{
    private DiffSide(string root, FactBaseFolder folder, FactBaseAnalysis analysis)
    {
        Root = root;
        Folder = folder;
        Analysis = analysis;
    }

    public string Root { get; }

    public FactBaseFolder Folder { get; }

    public FactBaseAnalysis Analysis { get; }

    public FactSchema Schema => Analysis.Schema;

    /// <summary>Records by section, then by id.</summary>
    public Dictionary<string, Dictionary<string, DiffRecord>> Records { get; } = new(StringComparer.Ordinal);

    /// <summary>Kind declarations (section <c>kinds</c>) by id.</summary>
    public Dictionary<string, DiffRecord> Kinds { get; } = new(StringComparer.Ordinal);

    /// <summary>Article ids bound to their text (normalized lines) and raw text.</summary>
    public Dictionary<string, (ArticleText Text, string Raw)> Articles { get; } = new(StringComparer.Ordinal);

    public static DiffSide Read(string root)
    {
        var folder = FactBaseFolder.Read(root);
        var side = new DiffSide(root, folder, folder.Analyze());
        var raw = folder.Files.ToDictionary(f => FilePaths.Normalize(f.Path), f => f.Text, StringComparer.Ordinal);
        foreach (var article in side.Analysis.Lookup.Articles)
        {
            side.Articles[article.Id] = (article.Text, raw.TryGetValue(article.Text.Path, out var text) ? text : string.Empty);
        }

        foreach (var file in folder.Files.Where(f => FilePaths.IsFactFile(f.Path)))
        {
            side.ReadFile(file);
        }

        return side;
    }

    /// <summary>A path relative to the fact base, with forward slashes, as both sides of a diff share it.</summary>
    public string Relative(string path) => System.IO.Path.GetRelativePath(Root, path).Replace(System.IO.Path.DirectorySeparatorChar, '/');

    /// <summary>Every citation of every record (claims' included), with its record.</summary>
    public IEnumerable<(DiffRecord Record, DiffCitation Citation)> AllCitations() =>
        Records.Values.SelectMany(r => r.Values).SelectMany(r => r.Citations.Concat(ClaimCitations(r)).Select(c => (r, c)));

    private static IEnumerable<DiffCitation> ClaimCitations(DiffRecord record) =>
        record.Fields.Select(f => ClaimsOf(f.Value)).SelectMany(claims => claims).SelectMany(c => CitationsOf(YamlSpelling.Get(c, "sources")));

    /// <summary>The claims of a disputable field's value (docs/fact-files.md §14), or none when it holds a plain value.</summary>
    public static IReadOnlyList<YamlMapping> ClaimsOf(YamlNode? value) =>
        value is YamlMapping mapping && mapping.Entries.Count == 1 && YamlSpelling.Get(mapping, "claims") is YamlSequence claims
            ? claims.Items.OfType<YamlMapping>().ToList()
            : Array.Empty<YamlMapping>();

    public static IReadOnlyList<DiffCitation> CitationsOf(YamlNode? node)
    {
        var items = node switch
        {
            YamlSequence sequence => sequence.Items,
            YamlMapping single => new List<YamlNode> { single },
            _ => new List<YamlNode>(),
        };
        return items.OfType<YamlMapping>()
            .Select(m => new DiffCitation(
                YamlSpelling.Text(YamlSpelling.Get(m, "article")) ?? string.Empty,
                int.TryParse(YamlSpelling.Text(YamlSpelling.Get(m, "line")), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var line) ? line : 0,
                YamlSpelling.Text(YamlSpelling.Get(m, "quote")) ?? string.Empty))
            .ToList();
    }

    private void ReadFile(FactBaseFile file)
    {
        var read = YamlTreeReader.Read(file.Text, YamlLimits.Default, default);
        foreach (var document in read.Documents)
        {
            if (document.Root is not YamlMapping sections)
            {
                continue;
            }

            foreach (var entry in sections.Entries)
            {
                if (entry.Key is not YamlScalar { Value: var section } || entry.Value is not YamlSequence records)
                {
                    continue;
                }

                var kind = Schema.FindSection(section);
                if (kind is null && section != FactKinds.KindsSection)
                {
                    continue;
                }

                var sources = kind?.SourcesField?.Name;
                foreach (var item in records.Items.OfType<YamlMapping>())
                {
                    if (YamlSpelling.Text(YamlSpelling.Get(item, "id")) is not { } id)
                    {
                        continue;
                    }

                    var fields = item.Entries
                        .Where(e => e.Key is YamlScalar k && k.Value != "id" && k.Value != sources)
                        .Select(e => new KeyValuePair<string, YamlNode>(((YamlScalar)e.Key).Value, e.Value))
                        .GroupBy(e => e.Key, StringComparer.Ordinal)
                        .Select(g => g.First())
                        .ToList();
                    var citations = sources is null ? Array.Empty<DiffCitation>() : CitationsOf(YamlSpelling.Get(item, sources));
                    var record = new DiffRecord(section, id, Relative(file.Path), (int)item.Start.Line, fields, citations);
                    var map = kind is null ? Kinds : Records.TryGetValue(section, out var m) ? m : Records[section] = new Dictionary<string, DiffRecord>(StringComparer.Ordinal);
                    if (!map.ContainsKey(id))
                    {
                        map[id] = record;
                    }
                }
            }
        }
    }
}
