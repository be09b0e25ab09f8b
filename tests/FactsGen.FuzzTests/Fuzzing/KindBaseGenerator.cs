using System.Globalization;
using System.Text;
using FactsGen.Schema;

namespace FactsGen.FuzzTests.Fuzzing;

/// <summary>
/// Generates fact bases that declare kinds (docs/fact-files.md §6), valid and broken: random types (known, misspelt,
/// <c>ref</c> to built-in, declared, self and missing kinds), enums with and without values and with
/// duplicates, defaults that are and are not values, reverses on refs and non-refs and colliding with
/// properties or each other, summary templates well- and ill-formed, record names and kind ids that
/// collide with generated types or each other, plus records of those kinds that fit their
/// declarations (most of the time). Deterministic: the same random state gives the same base.
/// </summary>
public static class KindBaseGenerator
{
    private const string ArticleText =
        "Wagner fighters are in Mali and in the Central African Republic.\n" +
        "The junta seized power in Niger on July 26.\n" +
        "Blinken said the junta \"must step aside\".\n" +
        "Nigeria's central bank imposed sanctions on Niger.\n" +
        "Wagner Group, Niger's junta and Antony Blinken: 1500 or 1000 or 10 or thousands.\n";

    private const string BaseYaml = """
        articles:
          - id: a
            file: articles/a.txt
        actors:
          - id: wagner
            name: Wagner Group
            aliases: [Wagner]
            kind: armed-group
            sources:
              - {article: a, line: 1, quote: "Wagner fighters"}
          - id: junta
            name: Niger's junta
            aliases: [junta]
            kind: government
            sources:
              - {article: a, line: 2, quote: "The junta seized power"}
          - id: blinken
            name: Antony Blinken
            aliases: [Blinken]
            kind: person
            sources:
              - {article: a, line: 3, quote: "Blinken said"}
        deployments:
          - id: wagner-mali
            actor: wagner
            location: Mali
            sources:
              - {article: a, line: 1, quote: "Wagner fighters are in Mali"}
        sanctions:
          - id: nigeria-niger
            imposed-by: junta
            targets: [junta]
            sources:
              - {article: a, line: 4, quote: "imposed sanctions on Niger"}
              - {article: a, line: 2, quote: "The junta seized power"}
        """;

    private static readonly string[] ActorIds = ["wagner", "junta", "blinken"];

    private static readonly (int Line, string Quote)[] Quotes = [(1, "Wagner fighters"), (2, "seized power"), (3, "\"must step aside\""), (4, "central bank")];

    private static readonly string[] KindWords = ["events", "statements", "meetings", "votes", "visits", "talks", "orders", "threats", "casualties", "appointments"];

    /// <summary>Kind ids a careless or hostile editor may write: built-in sections, catalogs of generated types, members of the data class, not slugs.</summary>
    private static readonly string[] BadKindIds = ["actors", "kinds", "articles", "partial-date", "ids", "records", "reader", "index", "all", "event", "Events", "x--y", "9lives", "i-cited-fact", "actor-kind"];

    private static readonly string[] BadRecordNames = ["Actor", "Actors", "ActorId", "PartialDate", "ICitedFact", "ActorKind", "Certainty", "Provenance", "ProvenanceAttribute", "Quantity", "Citation", "__FactsGenData", "bad-name", "1Bad", "Ev ent", "Object", "String", "System", "Demo"];

    private static readonly string[] FieldWords = ["kind", "date", "place", "actors", "speaker", "text", "event", "strength", "country", "link", "mode", "note", "when", "target", "follows", "to-string", "equals", "get-hash-code"];

    private static readonly string[] SimpleTypes = ["string", "date", "quantity", "country", "url", "certainty", "actor-kind", "sanction-instrument", "enum"];

    private static readonly string[] BadTypes = ["strng", "int", "ref", "ref ", "ref actor", "ref Actors", "ref nowhere", "ref kinds", "Date", "list", "ref  actors", "enum enum"];

    private static readonly string[] ValueWords = ["coup", "visit", "talks", "quoted", "reported", "press-conference", "a", "b2", "x-y"];

    private static readonly string[] BadValueWords = ["Coup", "two words", "-x", "null", "1"];

    private static readonly string[] Reverses = ["Events", "Statements", "Meetings", "Votes", "Mentions", "Said", "FollowedBy", "Children"];

    private static readonly string[] BadReverses = ["Name", "Deployments", "Affiliates", "SanctionsImposed", "Sources", "Id", "Actor", "ToString", "Equals", "bad-name", "Kind"];

    /// <summary>Whether the base being generated must be valid: no mistakes on purpose (about a third of them are).</summary>
    [ThreadStatic]
    private static bool s_clean;

    /// <summary>A deliberate mistake, with this chance, unless the base must be valid.</summary>
    private static bool Bad(FuzzRandom r, int percent) => !s_clean && r.Chance(percent);

    public static FactBase Generate(FuzzRandom r)
    {
        s_clean = r.Chance(35);
        var files = new List<FactFile>
        {
            FactFile.FromText("facts/articles/a.txt", ArticleText),
            FactFile.FromText("facts/base.yaml", BaseYaml),
        };

        // The kinds first (ids and records), so fields can refer to any of them, themselves included.
        var count = r.Next(1, 5);
        var kinds = new List<(string Id, string Record)>();
        for (var k = 0; k < count; k++)
        {
            var id = Bad(r, 12) ? r.Pick(BadKindIds) : Bad(r, 8) && kinds.Count > 0 ? r.Pick(kinds).Id : Fresh(r, kinds.Select(x => x.Id), KindWords);
            var record = Bad(r, 12) ? r.Pick(BadRecordNames)
                : Bad(r, 6) && kinds.Count > 0 ? r.Pick(kinds).Record
                : Bad(r, 4) && kinds.Count > 0 ? Naming.ToPascalCase(r.Pick(kinds).Id)
                : Bad(r, 4) && kinds.Count > 0 ? r.Pick(kinds).Record + "Id"
                : Singular(Naming.ToPascalCase(id.ToLowerInvariant().Replace("--", "-", StringComparison.Ordinal).Trim('-'))) + (r.Chance(20) ? r.Next(10).ToString(CultureInfo.InvariantCulture) : string.Empty);
            kinds.Add((id, record));
        }

        var declarations = new StringBuilder("kinds:\n");
        var fieldsOf = new List<List<Field>>();
        for (var k = 0; k < kinds.Count; k++)
        {
            var fields = Fields(r, kinds, k);
            fieldsOf.Add(fields);
            Declaration(r, declarations, kinds[k], fields);
        }

        // Declarations in one file, or split over two (a kind may refer to one declared elsewhere).
        if (kinds.Count > 1 && r.Chance(30))
        {
            var text = declarations.ToString();
            var split = text.IndexOf("\n  - id:", text.IndexOf("\n  - id:", StringComparison.Ordinal) + 1, StringComparison.Ordinal);
            files.Add(FactFile.FromText("facts/kinds.yaml", text.Substring(0, split + 1)));
            files.Add(FactFile.FromText("facts/more/kinds.yaml", "kinds:\n" + text.Substring(split + 1)));
        }
        else
        {
            files.Add(FactFile.FromText("facts/kinds.yaml", declarations.ToString()));
        }

        // Record ids for every kind first, so references (to any kind, itself included) can name them.
        var ids = kinds.Select(_ => Enumerable.Range(0, r.Next(0, 4)).Select(i => $"r{i}-{r.Next(100)}").Distinct().ToList()).ToList();
        var records = new StringBuilder();
        for (var k = 0; k < kinds.Count; k++)
        {
            if (ids[k].Count == 0 || !IsSlug(kinds[k].Id))
            {
                continue;
            }

            records.Append(kinds[k].Id).Append(":\n");
            foreach (var id in ids[k])
            {
                Record(r, records, id, fieldsOf[k], kinds, ids);
            }
        }

        if (records.Length > 0)
        {
            files.Add(FactFile.FromText(r.Chance(50) ? "facts/records.yaml" : "facts/a-records.yaml", records.ToString()));
        }

        return new FactBase(files);
    }

    private sealed record Field(string Name, string Type, List<string> Values, bool IsList, bool IsRequired, string? Default, string? Reverse);

    private static List<Field> Fields(FuzzRandom r, List<(string Id, string Record)> kinds, int self)
    {
        var fields = new List<Field>();
        var count = Bad(r, 5) ? 0 : r.Next(1, 6);
        var reverses = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var name = Bad(r, 4) ? r.Pick(["id", "sources", "Bad", "two words"]) : Bad(r, 8) && fields.Count > 0 ? r.Pick(fields).Name : Fresh(r, fields.Select(f => f.Name), FieldWords);
            var type = r.Next(100) switch
            {
                < 8 when !s_clean => r.Pick(BadTypes),
                < 25 => "ref " + r.Pick(new[] { "actors", "actors", "articles", "deployments", "sanctions" }),
                < 40 => "ref " + r.Pick(kinds).Id, // another declared kind, or itself
                _ => r.Pick(SimpleTypes),
            };
            var isEnum = type == "enum";
            var values = new List<string>();
            if ((isEnum && !Bad(r, 5)) || Bad(r, 4))
            {
                values = Enumerable.Range(0, Bad(r, 5) ? 0 : r.Next(1, 5)).Select(_ => Bad(r, 5) ? r.Pick(BadValueWords) : r.Pick(ValueWords)).ToList();
                if (!Bad(r, 10)) values = values.Distinct().ToList();
            }

            string? fallback = null;
            if (r.Chance(20))
            {
                fallback = type switch
                {
                    "enum" when values.Count > 0 && !Bad(r, 15) => r.Pick(values),
                    "certainty" when !Bad(r, 15) => r.Pick(["stated", "reported", "alleged"]),
                    "actor-kind" when !Bad(r, 15) => "person",
                    "sanction-instrument" when !Bad(r, 15) => "trade",
                    _ when s_clean => null,
                    _ => r.Pick(["stated", "nope", "coup", "2023"]),
                };
            }

            string? reverse = null;
            if ((type.StartsWith("ref ", StringComparison.Ordinal) && r.Chance(50)) || Bad(r, 4))
            {
                reverse = Bad(r, 12) ? r.Pick(BadReverses) : Bad(r, 6) && reverses.Count > 0 ? r.Pick(reverses) : r.Pick(Reverses) + (s_clean || r.Chance(50) ? "R" + r.Next(1_000_000).ToString(CultureInfo.InvariantCulture) : string.Empty);
                reverses.Add(reverse);
            }

            fields.Add(new Field(name, type, values, r.Chance(30), r.Chance(30), fallback, reverse));
        }

        return fields;
    }

    private static void Declaration(FuzzRandom r, StringBuilder sb, (string Id, string Record) kind, List<Field> fields)
    {
        var lines = new List<string> { "id: " + Scalar(r, kind.Id) };
        if (!Bad(r, 3)) lines.Add("record: " + Scalar(r, kind.Record));
        if (r.Chance(40)) lines.Add("doc: " + YamlText.Scalar(Text(r), r.Next(3)));
        if (r.Chance(50))
        {
            var names = fields.Select(f => f.Name).ToList();
            var summary = (s_clean ? 4 + r.Next(6) : r.Next(10)) switch
            {
                0 => "{nope}",
                1 => "[{" + (names.Count > 0 ? r.Pick(names) : "id") + "}",
                2 => "{id} }",
                3 => Text(r),
                _ => "{id}" + string.Concat(names.Take(3).Select(n => r.Chance(50) ? $"[ {n}: {{{n}}}]" : $" {{{n}}}")),
            };
            lines.Add("summary: " + YamlText.Scalar(summary, 2));
        }

        if (Bad(r, 3))
        {
            lines.Add(r.Pick(["sumary: \"{id}\"", "fields: []", "record: Twice", "sources: []"]));
        }

        if (fields.Count == 0)
        {
            if (!r.Chance(30)) lines.Add(r.Pick(["fields: []", "fields:", "fields: string"]));
        }
        else
        {
            lines.Add("fields:");
        }

        sb.Append("  - ").Append(lines[0]).Append('\n');
        foreach (var line in lines.Skip(1))
        {
            sb.Append("    ").Append(line).Append('\n');
        }

        foreach (var field in fields)
        {
            var keys = new List<string> { "name: " + Scalar(r, field.Name) };
            if (!Bad(r, 3)) keys.Add("type: " + Scalar(r, field.Type));
            if (field.Values.Count > 0 || (field.Type == "enum" && r.Chance(20))) keys.Add("values: [" + string.Join(", ", field.Values) + "]");
            if (field.IsList) keys.Add("list: " + (Bad(r, 5) ? "yes please" : "true"));
            if (field.IsRequired) keys.Add("required: " + (Bad(r, 5) ? "1" : "true"));
            if (field.Default is not null) keys.Add("default: " + field.Default);
            if (field.Reverse is not null) keys.Add("reverse: " + Scalar(r, field.Reverse));
            if (r.Chance(20)) keys.Add("doc: " + YamlText.Scalar(Text(r), r.Next(3)));
            if (Bad(r, 3)) keys.Add(r.Pick(["lst: true", "typ: string", "reverse: Twice", "values: coup"]));
            if (r.Chance(20))
            {
                sb.Append("      - {").Append(string.Join(", ", keys.Select(k => k.Replace("\n", " ", StringComparison.Ordinal)))).Append("}\n");
                continue;
            }

            sb.Append("      - ").Append(keys[0]).Append('\n');
            foreach (var key in keys.Skip(1))
            {
                sb.Append("        ").Append(key).Append('\n');
            }
        }
    }

    private static void Record(FuzzRandom r, StringBuilder sb, string id, List<Field> fields, List<(string Id, string Record)> kinds, List<List<string>> ids)
    {
        sb.Append("  - id: ").Append(id).Append('\n');
        foreach (var field in fields.Where(f => f.Name is not ("id" or "sources")).DistinctBy(f => f.Name))
        {
            if (!field.IsRequired && r.Chance(35))
            {
                continue;
            }

            var values = Enumerable.Range(0, field.IsList ? r.Next(1, 4) : 1).Select(_ => Value(r, field, kinds, ids)).ToList();
            var yaml = field.IsList ? "[" + string.Join(", ", values) + "]" : values[0];
            sb.Append("    ").Append(field.Name).Append(": ").Append(yaml).Append('\n');
        }

        if (!Bad(r, 3))
        {
            var (line, quote) = r.Pick(Quotes);
            sb.Append("    sources:\n      - {article: a, line: ").Append(line.ToString(CultureInfo.InvariantCulture)).Append(", quote: ").Append(YamlText.DoubleQuoted(quote)).Append("}\n");

            // Checked values (docs/fact-files.md §12: quantities and references to actors) are in a quote: line 5 names every actor and quantity written here.
            sb.Append("      - {article: a, line: 5, quote: \"Wagner Group, Niger's junta and Antony Blinken: 1500 or 1000 or 10 or thousands.\"}\n");
        }
    }

    private static string Value(FuzzRandom r, Field field, List<(string Id, string Record)> kinds, List<List<string>> ids)
    {
        if (field.Type.StartsWith("ref ", StringComparison.Ordinal))
        {
            var target = field.Type.Substring(4).Trim();
            var k = kinds.FindIndex(x => x.Id == target);
            return target switch
            {
                "actors" => r.Pick(ActorIds),
                "articles" => "a",
                "deployments" => "wagner-mali",
                "sanctions" => "nigeria-niger",
                _ when k >= 0 && ids[k].Count > 0 && !Bad(r, 5) => r.Pick(ids[k]),
                _ => "nobody",
            };
        }

        return field.Type switch
        {
            "date" => Bad(r, 10) ? r.Pick(["2023-02-30", "2023-08-03/2023-07", "../..", "2023-07/", "2023/2024/2025"]) : r.Pick(["2023", "2023-07", "2023-07-26", "2023-07-31/2023-08-06", "2022-12/2023-01", "../2023-08-08", "2023-07-26/.."]),
            "quantity" => Bad(r, 10) ? "1,000" : r.Pick(["1500", "~1000", "\">=10\"", "thousands"]),
            "country" => Bad(r, 10) ? "XX" : r.Pick(["NE", "ML", "US"]),
            "url" => Bad(r, 10) ? "ftp://x" : r.Pick(["https://example.org/a", "\"http://example.org/?q=\\\"x\\\"\""]),
            "certainty" => Bad(r, 10) ? "sure" : r.Pick(["stated", "reported"]),
            "actor-kind" => Bad(r, 10) ? "robot" : r.Pick(["person", "state"]),
            "sanction-instrument" => Bad(r, 10) ? "visa" : r.Pick(["trade", "financial"]),
            "enum" => field.Values.Count > 0 && !Bad(r, 10) ? r.Pick(field.Values) : "other",
            _ => YamlText.Scalar(Text(r), r.Next(3)),
        };
    }

    private static string Text(FuzzRandom r) =>
        r.Chance(15) ? AdversarialStrings.Pick(r) : string.Join(" ", Enumerable.Range(0, r.Next(1, 5)).Select(_ => r.Pick(["Wagner", "junta", "said", "\"quoted\"", "{id}", "[x]", "*/", "<b>", "café", "&amp;"])));

    private static string Scalar(FuzzRandom r, string value) => value.Length == 0 || value.Contains(' ', StringComparison.Ordinal) || r.Chance(15) ? YamlText.DoubleQuoted(value) : value;

    private static string Fresh(FuzzRandom r, IEnumerable<string> taken, string[] pool)
    {
        var used = taken.ToHashSet(StringComparer.Ordinal);
        var free = pool.Where(p => !used.Contains(p)).ToList();
        return free.Count > 0 ? r.Pick(free) : r.Pick(pool) + "-" + r.Next(1000).ToString(CultureInfo.InvariantCulture);
    }

    private static string Singular(string name) => name.Length > 1 && name.EndsWith('s') ? name[..^1] : name.Length == 0 ? "Record" : name;

    private static bool IsSlug(string id) => System.Text.RegularExpressions.Regex.IsMatch(id, "^[a-z][a-z0-9]*(-[a-z0-9]+)*$");
}
