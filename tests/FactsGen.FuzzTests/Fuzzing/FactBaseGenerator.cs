using System.Globalization;
using System.Text;
using FactsGen.Schema;

namespace FactsGen.FuzzTests.Fuzzing;

/// <summary>A record of a generated fact base: its section, id, and each field's values in canonical text (what the generated code must hold).</summary>
public sealed record ExpectedFact(string Section, string Id, IReadOnlyDictionary<string, IReadOnlyList<string>> Fields);

/// <summary>A generated fact base and what it must compile to.</summary>
public sealed record GeneratedBase(FactBase Base, IReadOnlyList<ExpectedFact> Facts);

/// <summary>
/// Generates valid fact bases: articles with random lines (LF, CRLF or CR, white-space runs, curly
/// quotes, non-ASCII), and actors, deployments and sanctions using every field in every YAML style
/// (block and flow, plain, single- and double-quoted scalars, single values for lists, several
/// documents and files), each citation quoting words that are really on its line. A generated base
/// has no diagnostic at all, and every value reaches the generated code: the fuzzer checks both
/// before mutating it.
/// </summary>
public static class FactBaseGenerator
{
    private static readonly string[] Words =
    [
        "wagner", "niger", "mali", "junta", "troops", "forces", "sanctions", "bank", "coup", "leaders", "state", "group", "army", "capital",
        "border", "talks", "minister", "president", "rebels", "mission", "aid", "report", "estimated", "around", "thousand", "fighters",
        "Niamey", "Bamako", "Ouagadougou", "ECOWAS", "UN", "BBC", "US", "Russia's", "O'Brien", "café", "Zürich", "naïve", "Россия", "中国",
        "مالي", "emoji😀", "“colonizers”", "‘quoted’", "left…", "1,000", "5,000", "2023", "(AFP)", "—", "-", "&", "<b>", "\"x\"", "50%", "#1",
    ];

    private static readonly string[] IdWords = ["wagner", "niger", "mali", "junta", "bank", "army", "group", "state", "mission", "sahel", "coup", "force", "trade", "union", "council"];

    private static readonly string[] Countries = ["NE", "ML", "BF", "US", "RU", "FR", "CF", "LY", "SD", "TD", "NG", "DZ"];

    public static GeneratedBase Generate(FuzzRandom r)
    {
        var facts = new List<ExpectedFact>();
        var files = new List<FactFile>();
        var ids = FactKinds.All.ToDictionary(k => k.Index, _ => new List<string>());
        var pascal = FactKinds.All.ToDictionary(k => k.Index, _ => new HashSet<string>(StringComparer.Ordinal));

        string NewId(KindDescriptor kind)
        {
            while (true)
            {
                var id = string.Join("-", Enumerable.Range(0, r.Next(1, 4)).Select(_ => r.Pick(IdWords))) + (r.Chance(60) ? "-" + r.Next(1, 1000).ToString(CultureInfo.InvariantCulture) : string.Empty);
                if (pascal[kind.Index].Add(Naming.ToPascalCase(id)) && !GeneratedNames.CatalogReserved(kind.CatalogName).Contains(Naming.ToPascalCase(id)))
                {
                    ids[kind.Index].Add(id);
                    return id;
                }
            }
        }

        // Articles: text files with random lines; each line's words are what quotes may cite.
        var articleLines = new List<(string Id, string Path, List<List<string>> Lines)>();
        var articleCount = r.Next(1, 4);
        for (var a = 0; a < articleCount; a++)
        {
            var lines = Enumerable.Range(0, r.Next(2, 25)).Select(_ => r.Chance(10) ? new List<string>() : Enumerable.Range(0, r.Next(2, 14)).Select(_ => r.Pick(Words)).ToList()).ToList();
            if (lines.All(l => l.Count == 0)) lines[0].Add("words");
            var path = $"facts/articles/art-{a}.txt";
            articleLines.Add((NewId(FactKinds.Articles), path, lines));
        }

        // Records, each to be written into one of 1-3 YAML files.
        var yamlPaths = Enumerable.Range(0, r.Next(1, 4)).Select(i => r.Chance(25) ? $"facts/sub/part-{i}.yaml" : $"facts/part-{i}.yml").ToList();
        var placed = new List<(string YamlPath, KindDescriptor Kind, List<(string Key, string Yaml)> Fields)>();
        var uncited = new HashSet<string>(articleLines.Select(a => a.Id), StringComparer.Ordinal);
        var records = new List<(KindDescriptor Kind, List<(string Key, string Yaml)> Fields, Dictionary<string, IReadOnlyList<string>> Expected, List<(string Field, string Reason)> Inferred, HashSet<string> Written)>();

        foreach (var article in articleLines)
        {
            var yamlPath = r.Pick(yamlPaths);
            var fields = new List<(string, string)> { ("id", article.Id), ("file", Relative(yamlPath, article.Path)) };
            var expected = new Dictionary<string, IReadOnlyList<string>> { ["id"] = [article.Id], ["file"] = [Relative(yamlPath, article.Path)] };
            AddOptional(r, fields, expected, "title", () => Text(r));
            AddOptional(r, fields, expected, "publisher", () => Text(r));
            AddOptional(r, fields, expected, "published", () => Date(r));
            AddOptional(r, fields, expected, "url", () => r.Pick(["https://example.org/a", "http://news.example.com/2023/08/09/story?id=1&x=2", "https://example.org/%C3%A9t%C3%A9"]));
            facts.Add(new ExpectedFact("articles", article.Id, expected));
            placed.Add((yamlPath, FactKinds.Articles, Render(r, fields, expected)));
        }

        var actorCount = r.Next(1, 12);
        var actorIds = Enumerable.Range(0, actorCount).Select(_ => NewId(FactKinds.Actors)).ToList();
        foreach (var kind in new[] { FactKinds.Actors, FactKinds.Deployments, FactKinds.Sanctions })
        {
            var count = kind == FactKinds.Actors ? actorCount : r.Next(0, kind == FactKinds.Deployments ? 8 : 5);
            for (var i = 0; i < count; i++)
            {
                var id = kind == FactKinds.Actors ? actorIds[i] : NewId(kind);
                var fields = new List<(string, string)> { ("id", id) };
                var expected = new Dictionary<string, IReadOnlyList<string>> { ["id"] = [id] };
                var written = new HashSet<string>(StringComparer.Ordinal);
                var inferredFields = new List<(string Field, string Reason)>();
                foreach (var field in kind.Fields.Where(f => f.Name != "id"))
                {
                    if (!field.IsRequired && r.Chance(40))
                    {
                        if (field.Default is { } fallback) expected[field.Name] = [fallback];
                        continue;
                    }

                    if (field.Type == Schema.ValueType.Citation)
                    {
                        var citations = Enumerable.Range(0, r.Next(1, 4)).Select(_ => Citation(r, articleLines, uncited)).ToList();
                        expected[field.Name] = citations.Select(c => $"{c.Article}|{c.Line}|{c.Quote}").ToList();
                        fields.Add((field.Name, CitationsYaml(r, citations)));
                        continue;
                    }

                    // Sometimes a disputed value (docs/fact-files.md §14): claims, whose best value is the property.
                    if (field.IsDisputable && r.Chance(20))
                    {
                        var (yaml, best, claims) = Claims(r, field, actorIds, articleLines, uncited);
                        written.Add(field.Name + ClaimsKey);
                        expected[field.Name] = [best];
                        expected[field.Name + ClaimsKey] = claims;
                        fields.Add((field.Name, yaml));
                        continue;
                    }

                    var values = Enumerable.Range(0, field.IsList ? r.Next(1, 4) : 1).Select(_ => Value(r, field, actorIds)).ToList();
                    if (field.Type == Schema.ValueType.Enum || field.Type == Schema.ValueType.Country || field.Type == Schema.ValueType.Reference)
                    {
                        values = values.Distinct().ToList();
                    }

                    expected[field.Name] = values;
                    written.Add(field.Name);
                    fields.Add((field.Name, field.IsList ? ListYaml(r, values, field) : ScalarYaml(r, values[0], field)));
                }

                // Sometimes an inference (docs/fact-files.md §13), on a field that is not checked (no FG0102 whatever the quotes say).
                if (r.Chance(10) && kind.Fields.Where(f => f.Type is not Schema.ValueType.Id and not Schema.ValueType.Citation && !f.IsInQuote).ToList() is { Count: > 0 } inferable)
                {
                    inferredFields.Add((r.Pick(inferable).Name, Reason(r)));
                }

                facts.Add(new ExpectedFact(kind.Section, id, expected));
                placed.Add((r.Pick(yamlPaths), kind, Render(r, fields, expected)));
                records.Add((kind, fields, expected, inferredFields, written));
            }
        }

        // v3 support (docs/fact-files.md §12): each checked value written is mentioned by one of the record's quotes,
        // through a line of its own added to an article, or (when it cannot be on one line) listed under
        // 'inferred'; then no record states what a hedging quote says; then the inferences are written.
        var actorNames = records.Where(x => x.Kind == FactKinds.Actors).ToDictionary(
            x => x.Expected["id"][0],
            x => (x.Expected.TryGetValue("name", out var n) ? n : []).Concat(x.Expected.TryGetValue("aliases", out var a) ? a : []).ToList(),
            StringComparer.Ordinal);
        foreach (var (kind, fields, expected, inferredFields, written) in records)
        {
            if (!expected.ContainsKey("sources")) continue;
            var phrases = new List<string>();
            foreach (var field in kind.Fields.Where(f => f.IsInQuote && written.Contains(f.Name)))
            {
                // An actor's own name is mentioned by its name or one of its aliases, as a reference to it is.
                var needed = kind == FactKinds.Actors && field.Name == "name"
                    ? Phrases(r, field, [expected["id"][0]], actorNames, asReference: true)
                    : Phrases(r, field, expected[field.Name], actorNames);
                if (needed is null) inferredFields.Add((field.Name, Reason(r)));
                else phrases.AddRange(needed);
            }

            if (phrases.Count > 0)
            {
                var sources = expected["sources"].Append(Join(SupportCitation(r, articleLines, uncited, phrases))).ToList();
                Resource(r, fields, expected, sources);
            }
        }

        // Every article cited at least once, so the base has no FG0100 either: cite leftovers from the first actor.
        if (uncited.Count > 0)
        {
            var first = placed.First(p => p.Kind == FactKinds.Actors);
            var fact = facts.First(f => f.Section == "actors");
            var extra = uncited.ToList().Select(id => Citation(r, articleLines.Where(a => a.Id == id).ToList(), uncited)).ToList();
            var sources = fact.Fields["sources"].Concat(extra.Select(Join)).ToList();
            Resource(r, first.Fields, (Dictionary<string, IReadOnlyList<string>>)fact.Fields, sources);
        }

        foreach (var (kind, fields, expected, inferredFields, _) in records)
        {
            if (kind.Fields.FirstOrDefault(f => f.Enum is { } e && e.Equals(FactKinds.Certainty) && !f.IsList) is { } certainty
                && expected.TryGetValue(certainty.Name, out var stated) && stated[0] == "stated"
                && expected.TryGetValue("sources", out var quotes) && quotes.Any(q => HedgeStems.Any(h => q.Contains(h, StringComparison.OrdinalIgnoreCase))))
            {
                var value = r.Pick(certainty.Enum!.Members.Where(m => m.Yaml != "stated").ToList()).Yaml;
                expected[certainty.Name] = [value];
                var index = fields.FindIndex(f => f.Key == certainty.Name);
                if (index >= 0) fields[index] = (certainty.Name, value);
                else fields.Add((certainty.Name, value));
            }

            if (inferredFields.Count > 0)
            {
                expected[InferredKey] = inferredFields.Select(i => $"{i.Field}|{i.Reason}").ToList();
                fields.Add((InferredKey, string.Concat(inferredFields.Select(i => $"\n  {i.Field}: {YamlText.Scalar(i.Reason, 1 + r.Next(2))}"))));
            }
        }

        for (var a = 0; a < articleLines.Count; a++)
        {
            files.Insert(a, new FactFile(articleLines[a].Path, ArticleBytes(r, articleLines[a].Lines)));
        }

        foreach (var yamlPath in yamlPaths)
        {
            files.Add(FactFile.FromText(yamlPath, YamlFile(r, placed.Where(p => p.YamlPath == yamlPath).Select(p => (p.Kind, p.Fields)).ToList())));
        }

        return new GeneratedBase(new FactBase(files), facts);
    }

    /// <summary>The key under which <see cref="ExpectedFact"/> holds a field's claims (when the YAML writes claims), and its inferences.</summary>
    public const string ClaimsKey = "#claims";

    public const string InferredKey = "inferred";

    /// <summary>
    /// Two or three claims with distinct values: ranks normal, at most one preferred, some deprecated
    /// (never all), sometimes a note or (for a field that is not checked) an <c>inferred</c> reason.
    /// Each claim is expected as <c>rank|value|note|citations|inferred</c> (see <see cref="RuntimeValues"/>).
    /// </summary>
    private static (string Yaml, string Best, List<string> Claims) Claims(FuzzRandom r, FieldDescriptor field, List<string> actorIds, List<(string Id, string Path, List<List<string>> Lines)> articles, HashSet<string> uncited)
    {
        var values = new List<string>();
        for (var attempt = 0; values.Count < 2 || (values.Count < 3 && attempt < 3 && r.Chance(30)); attempt++)
        {
            var value = Value(r, field, actorIds);
            if (!values.Contains(value))
            {
                values.Add(value);
            }
        }

        var ranks = values.Select(_ => r.Next(5) switch { 0 => "deprecated", 1 => "preferred", _ => "normal" }).ToList();
        for (var i = ranks.IndexOf("preferred") + 1; i > 0 && i < ranks.Count; i++)
        {
            if (ranks[i] == "preferred") ranks[i] = "normal";
        }

        if (ranks.All(k => k == "deprecated")) ranks[^1] = "normal";
        var best = ranks.IndexOf("preferred") is var p and >= 0 ? p : ranks.IndexOf("normal");

        var yaml = new StringBuilder("\n  claims:");
        var claims = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            var citations = Enumerable.Range(0, r.Next(1, 3)).Select(_ => Citation(r, articles, uncited)).ToList();
            if (field.IsInQuote)
            {
                // A claim's value is checked against the claim's own quotes (docs/fact-files.md §14); built-in checked disputable fields hold no references.
                citations.Insert(r.Next(citations.Count + 1), SupportCitation(r, articles, uncited, Phrases(r, field, [values[i]], null)!));
            }

            var note = r.Chance(30) ? Reason(r) : null;
            var reason = !field.IsInQuote && r.Chance(20) ? Reason(r) : null;
            yaml.Append("\n    - value: ").Append(ScalarYaml(r, values[i], field));
            if (ranks[i] != "normal" || r.Chance(20)) yaml.Append("\n      rank: ").Append(ranks[i]);
            if (note is not null) yaml.Append("\n      note: ").Append(YamlText.Scalar(note, r.Next(3)));
            if (reason is not null) yaml.Append("\n      inferred: {").Append(field.Name).Append(": ").Append(YamlText.Scalar(reason, 1 + r.Next(2))).Append('}');
            yaml.Append("\n      sources: [").Append(string.Join(", ", citations.Select(c => $"{{article: {c.Article}, line: {c.Line.ToString(CultureInfo.InvariantCulture)}, quote: {YamlText.Scalar(c.Quote, 1 + r.Next(2))}}}"))).Append(']');
            claims.Add($"{ranks[i]}|{values[i]}|{note}|{string.Join(";", citations.Select(c => $"{c.Article}|{c.Line}|{c.Quote}"))}|{(reason is null ? string.Empty : field.Name + ":" + reason)}");
        }

        return (yaml.ToString(), values[best], claims);
    }

    /// <summary>Substrings of every hedge (docs/fact-files.md §12): a quote without them cannot hedge.</summary>
    private static readonly string[] HedgeStems = ["reported", "believed", "estimated", "alleged"];

    private static string Join((string Article, int Line, string Quote) c) => $"{c.Article}|{c.Line}|{c.Quote}";

    /// <summary>Rewrites a record's sources (expected as <c>article|line|quote</c>).</summary>
    private static void Resource(FuzzRandom r, List<(string Key, string Yaml)> fields, Dictionary<string, IReadOnlyList<string>> expected, List<string> sources)
    {
        expected["sources"] = sources;
        var items = sources.Select(s => s.Split('|', 3)).Select(p => (p[0], int.Parse(p[1], CultureInfo.InvariantCulture), p[2])).ToList();
        fields[fields.FindIndex(f => f.Key == "sources")] = ("sources", CitationsYaml(r, items));
    }

    /// <summary>
    /// What a quote must say for each of a checked field's values (docs/fact-files.md §12's mention rule): a target's
    /// name or one of its aliases, each number of a quantity in digits (or its magnitude word), a
    /// string itself; null when some value cannot be written on one article line (then it is inferred).
    /// </summary>
    private static List<string>? Phrases(FuzzRandom r, FieldDescriptor field, IReadOnlyList<string> values, IReadOnlyDictionary<string, List<string>>? actorNames, bool asReference = false)
    {
        var phrases = new List<string>();
        foreach (var value in values)
        {
            switch (asReference ? Schema.ValueType.Reference : field.Type)
            {
                case Schema.ValueType.Reference:
                    var names = actorNames![value].Where(OnOneLine).ToList();
                    if (names.Count == 0) return null;
                    phrases.Add(r.Pick(names));
                    break;
                case Schema.ValueType.Quantity:
                    phrases.AddRange(value.TrimStart('~', '>', '<', '=').Split("..", StringSplitOptions.None));
                    break;
                default:
                    if (!OnOneLine(value)) return null;
                    phrases.Add(value);
                    break;
            }
        }

        return phrases;
    }

    /// <summary>A phrase an article line can hold and a quote mention as written: trimmed, on one line, of characters the normalization keeps.</summary>
    private static bool OnOneLine(string phrase) =>
        phrase.Length > 0 && phrase == phrase.Trim()
        && phrase.All(c => (c == '\t' || !char.IsControl(c)) && char.GetUnicodeCategory(c) is not (UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse));

    /// <summary>A new line, holding the phrases apart (a ';' between numbers keeps '20 500' from reading as 20500), added to an article and quoted whole.</summary>
    private static (string Article, int Line, string Quote) SupportCitation(FuzzRandom r, List<(string Id, string Path, List<List<string>> Lines)> articles, HashSet<string> uncited, List<string> phrases)
    {
        var article = r.Pick(articles);
        uncited.Remove(article.Id);
        var tokens = new List<string>();
        foreach (var phrase in phrases.OrderBy(_ => r.Next(1000)))
        {
            if (tokens.Count > 0) tokens.Add(";");
            tokens.Add(phrase);
        }

        article.Lines.Add(tokens);
        return (article.Id, article.Lines.Count, string.Join(" ", tokens));
    }

    /// <summary>A note or an editor's reason: a few words, never blank.</summary>
    private static string Reason(FuzzRandom r) => string.Join(" ", Enumerable.Range(0, r.Next(1, 6)).Select(_ => r.Pick(Words)));

    private static void AddOptional(FuzzRandom r, List<(string, string)> fields, Dictionary<string, IReadOnlyList<string>> expected, string name, Func<string> value)
    {
        if (r.Chance(50))
        {
            var v = value();
            expected[name] = [v];
            fields.Add((name, YamlText.Scalar(v, r.Next(3))));
        }
    }

    private static List<(string Key, string Yaml)> Render(FuzzRandom r, List<(string Key, string Yaml)> fields, Dictionary<string, IReadOnlyList<string>> expected)
    {
        // Keys in any order, the id first most of the time.
        if (r.Chance(30))
        {
            for (var i = fields.Count - 1; i > 0; i--)
            {
                var j = r.Next(i + 1);
                (fields[i], fields[j]) = (fields[j], fields[i]);
            }
        }

        return fields;
    }

    private static string YamlFile(FuzzRandom r, List<(KindDescriptor Kind, List<(string Key, string Yaml)> Fields)> records)
    {
        var sb = new StringBuilder();
        if (r.Chance(20)) sb.Append("# generated fact file\n");
        if (r.Chance(15)) sb.Append("---\n");
        var groups = records.GroupBy(x => x.Kind).ToList();
        if (r.Chance(50)) groups.Reverse();
        var first = true;
        foreach (var group in groups)
        {
            // A section may be split over several documents.
            var chunks = group.Chunk(r.Next(1, 6)).ToList();
            foreach (var chunk in chunks)
            {
                if (!first) sb.Append(r.Chance(60) ? "---\n" : "...\n---\n");
                first = false;
                sb.Append(group.Key.Section).Append(":\n");
                foreach (var (_, fields) in chunk)
                {
                    if (r.Chance(15) && fields.All(f => !f.Yaml.Contains('\n', StringComparison.Ordinal)))
                    {
                        sb.Append("  - {").Append(string.Join(", ", fields.Select(f => f.Key + ": " + f.Yaml))).Append("}\n");
                        continue;
                    }

                    var dash = true;
                    foreach (var (key, yaml) in fields)
                    {
                        sb.Append(dash ? "  - " : "    ").Append(key).Append(':');
                        sb.Append(yaml.StartsWith('\n') ? yaml.Replace("\n", "\n    ", StringComparison.Ordinal) : " " + yaml).Append('\n');
                        dash = false;
                    }

                    if (r.Chance(20)) sb.Append('\n');
                }
            }
        }

        return sb.ToString();
    }

    private static (string Article, int Line, string Quote) Citation(FuzzRandom r, List<(string Id, string Path, List<List<string>> Lines)> articles, HashSet<string> uncited)
    {
        var article = r.Pick(articles);
        uncited.Remove(article.Id);
        var candidates = Enumerable.Range(0, article.Lines.Count).Where(i => article.Lines[i].Count > 0).ToList();
        var line = r.Pick(candidates);
        var words = article.Lines[line];
        var start = r.Next(words.Count);
        var length = r.Next(1, words.Count - start + 1);
        var quote = string.Join(r.Chance(10) ? "  " : " ", words.Skip(start).Take(length));
        if (r.Chance(10)) quote = " " + quote + "\t";
        return (article.Id, line + 1, quote);
    }

    private static string CitationsYaml(FuzzRandom r, List<(string Article, int Line, string Quote)> citations)
    {
        string one((string Article, int Line, string Quote) c) =>
            $"{{article: {c.Article}, line: {c.Line.ToString(CultureInfo.InvariantCulture)}, quote: {(YamlText.IsPlainSafe(c.Quote) && r.Chance(30) ? c.Quote : YamlText.Scalar(c.Quote, 1 + r.Next(2)))}}}";

        if (citations.Count == 1 && r.Chance(20))
        {
            return one(citations[0]);
        }

        return r.Next(3) switch
        {
            0 => "[" + string.Join(", ", citations.Select(one)) + "]",
            1 => string.Concat(citations.Select(c => "\n  - " + one(c))),
            _ => string.Concat(citations.Select(c => $"\n  - article: {c.Article}\n    line: {c.Line.ToString(CultureInfo.InvariantCulture)}\n    quote: {YamlText.Scalar(c.Quote, r.Next(3))}")),
        };
    }

    private static string ListYaml(FuzzRandom r, List<string> values, FieldDescriptor field)
    {
        if (values.Count == 1 && r.Chance(30))
        {
            return ScalarYaml(r, values[0], field);
        }

        return r.Chance(50)
            ? "[" + string.Join(", ", values.Select(v => ScalarYaml(r, v, field))) + "]"
            : string.Concat(values.Select(v => "\n  - " + ScalarYaml(r, v, field)));
    }

    private static string ScalarYaml(FuzzRandom r, string value, FieldDescriptor field) =>
        field.Type == Schema.ValueType.String ? YamlText.Scalar(value, r.Next(3))
        : value.StartsWith('>') || value.StartsWith('~') && r.Chance(50) ? YamlText.DoubleQuoted(value)
        : value;

    private static string Value(FuzzRandom r, FieldDescriptor field, List<string> actorIds) => field.Type switch
    {
        Schema.ValueType.Reference => r.Pick(actorIds),
        Schema.ValueType.Enum => r.Pick(field.Enum!.Members).Yaml,
        Schema.ValueType.Country => r.Pick(Countries),
        Schema.ValueType.Date => Date(r),
        Schema.ValueType.Quantity => r.Next(7) switch
        {
            0 => r.Next(0, 100_000).ToString(CultureInfo.InvariantCulture),
            1 => "~" + r.Next(0, 100_000).ToString(CultureInfo.InvariantCulture),
            2 => ">=" + r.Next(0, 100_000).ToString(CultureInfo.InvariantCulture),
            3 => "<=" + r.Next(0, 100_000).ToString(CultureInfo.InvariantCulture),
            4 => r.Next(0, 1000).ToString(CultureInfo.InvariantCulture) + ".." + r.Next(1000, 5000).ToString(CultureInfo.InvariantCulture),
            5 => "2147483647",
            _ => r.Pick(["dozens", "hundreds", "thousands"]),
        },
        _ => Text(r),
    };

    /// <summary>One date in three of four; else an interval of two (the end never before the start) or one open at an end.</summary>
    private static string Date(FuzzRandom r)
    {
        if (r.Chance(75)) return OneDate(r, r.Chance(90) ? r.Next(1900, 2030) : r.Pick([1, 9999, 2000, 2024]));
        var start = r.Chance(90) ? r.Next(1900, 2029) : r.Pick([1, 2000, 2024]);
        var first = OneDate(r, start);
        return r.Next(4) switch
        {
            0 => "../" + first,
            1 => first + "/..",
            // A later year is never before the start, whatever the precisions.
            2 => first + "/" + OneDate(r, r.Next(start + 1, 9999 + 1)),
            _ => first + "/" + first,
        };
    }

    private static string OneDate(FuzzRandom r, int year)
    {
        var month = r.Next(1, 13);
        var day = r.Next(1, DateTime.DaysInMonth(year, month) + 1);
        return r.Next(3) switch
        {
            0 => year.ToString("D4", CultureInfo.InvariantCulture),
            1 => $"{year:D4}-{month:D2}",
            _ => $"{year:D4}-{month:D2}-{day:D2}",
        };
    }

    private static string Text(FuzzRandom r) =>
        r.Chance(10) ? AdversarialStrings.Pick(r) : string.Join(" ", Enumerable.Range(0, r.Next(1, 6)).Select(_ => r.Pick(Words)));

    private static byte[] ArticleBytes(FuzzRandom r, List<List<string>> lines)
    {
        var ending = r.Pick(["\n", "\r\n", "\r", "mixed"]);
        var sb = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var separator = r.Chance(10) ? r.Pick(["  ", "\t", "\u00A0", " \u00A0 "]) : " ";
            sb.Append(r.Chance(10) ? "  " : string.Empty).Append(string.Join(separator, lines[i]));
            if (i < lines.Count - 1 || r.Chance(50))
            {
                var end = ending == "mixed" ? r.Pick(["\n", "\r\n", "\r"]) : ending;

                // A CR then (an empty line and) an LF would be one CRLF break, not two.
                sb.Append(end == "\n" && sb.Length > 0 && sb[^1] == '\r' ? "\r\n" : end);
            }
        }

        var bytes = Encoding.UTF8.GetBytes(sb.ToString());
        return r.Chance(20) ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }

    private static string Relative(string yamlPath, string articlePath) =>
        yamlPath.StartsWith("facts/sub/", StringComparison.Ordinal) ? "../" + articlePath.Substring("facts/".Length) : articlePath.Substring("facts/".Length);
}
