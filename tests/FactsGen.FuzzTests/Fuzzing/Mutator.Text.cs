using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FactsGen.Schema;

namespace FactsGen.FuzzTests.Fuzzing;

/// <summary>Mutations of a file's text (decoded, edited, encoded back as UTF-8).</summary>
public static partial class Mutator
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(2);

    private static readonly Regex ValueRegex = new(
        """(?:"(?:[^"\\\r\n]|\\.)*"|'(?:[^'\r\n]|'')*'|(?<=(?::|-|\[|\{|,)[ \t]*)[^\s"'\[\]{},#&*!|>][^\r\n,\[\]{}#]*?(?=[ \t]*(?:\r?$|,|\]|\}|[ \t]#)))""",
        RegexOptions.Multiline | RegexOptions.CultureInvariant,
        RegexTimeout);

    private static readonly Regex KeyRegex = new(
        @"(?<=^[ \t]*(?:-[ \t]+)?|[{,][ \t]*)[A-Za-z<][A-Za-z0-9_<-]*(?=[ \t]*:(?:[ \t]|\r?$))",
        RegexOptions.Multiline | RegexOptions.CultureInvariant,
        RegexTimeout);

    private static readonly Regex IdRegex = new(@"(?<=\bid:[ \t]*)[a-z0-9-]+", RegexOptions.CultureInvariant, RegexTimeout);
    private static readonly Regex LineRegex = new(@"(?<=\bline:[ \t]*)[^,}\r\n]+", RegexOptions.CultureInvariant, RegexTimeout);
    private static readonly Regex QuoteRegex = new("""(?<=\bquote:[ \t]*)(?:"(?:[^"\\\r\n]|\\.)*"|'(?:[^'\r\n]|'')*'|[^,}\r\n]+)""", RegexOptions.CultureInvariant, RegexTimeout);
    private static readonly Regex FlowCitationRegex = new(@"(?m)^([ \t]*)- \{\s*article:\s*([^,]+),\s*line:\s*([^,]+),\s*quote:\s*(.*?)\s*\}[ \t]*\r?$", RegexOptions.CultureInvariant, RegexTimeout);
    private static readonly Regex SingleItemListRegex = new(@"(?<=:[ \t]*)\[([^,\[\]\r\n]+)\]", RegexOptions.CultureInvariant, RegexTimeout);

    private static readonly string[] Tokens =
    [
        ":", ": ", "- ", "-", "? ", "{", "}", "[", "]", ",", "\"", "'", "#", " #", "&", "*", "!", "|", ">", "|-", ">+", "%", "@", "`",
        "~", "null", "---", "...", "\\", "\t", "<<: ", "{}", "[]", "''", "\"\"", "\\u", "\\x", "\"\\", "%YAML 1.1\n", "%TAG !e! tag:e.com,2000:\n",
        "&a *a", "!!binary ", "\n", " ", "\r", "\n- ", "\n  ", ": :", "::", "- - -", "{a: [}", "\"\\u12\"", "'''", "\\\n",
    ];

    private static readonly string[] UnicodeChars =
    [
        "\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u001B", "\u007F", "\u0085", "\u00A0", "\u2028", "\u2029",
        "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u200B", "\u200D",
        "\uFEFF", "\uFFFD", "\uFFFE", "\uFFFF", "\u0301", "\U0001F600", "\U0001F469\u200D\U0001F4BB", "\u4E2D\u6587",
        "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "\u0130", "\u00DF", "\u212A", "\uFF1A", "\uFF02", "\u201C", "\u2019", "\u2026",
        "\uD800", "\uDFFF", "\U00010000", "\U0010FFFF", "\u00E9", "e\u0301",
    ];

    private static readonly string[] Tags =
    [
        "!!str ", "!!int ", "!!float ", "!!bool ", "!!null ", "!!map ", "!!seq ", "!!binary ", "!foo ", "!<tag:yaml.org,2002:str> ",
        "! ", "!!python/object:os.system ", "!e!x ", "!!timestamp ", "!<!> ", "!!set ", "!!omap ",
    ];

    private static readonly string[] HugeSizes = ["10000", "100000", "1048576", "1048577", "3000000"];

    private static IReadOnlyList<string> KnownKeys { get; } =
        FactSchema.BuiltIn.SectionNames
            .Concat(FactKinds.All.SelectMany(k => k.Fields.Select(f => f.Name)))
            .Concat(["article", "line", "quote"])
            .Distinct()
            .ToList();

    private static List<string> Lines(string text) => [.. text.Split('\n')];

    private static string Join(List<string> lines) => string.Join("\n", lines);

    private static string DeleteLine(FuzzRandom r, string text, List<string> log)
    {
        var lines = Lines(text);
        var at = r.Next(lines.Count);
        var count = Math.Min(r.Size(5), lines.Count - at);
        lines.RemoveRange(at, count);
        log.Add($"  deleted {count} line(s) at {at + 1}");
        return Join(lines);
    }

    private static string DuplicateLine(FuzzRandom r, string text, List<string> log)
    {
        var lines = Lines(text);
        var at = r.Next(lines.Count);
        var count = Math.Min(r.Size(8), lines.Count - at);
        lines.InsertRange(at + count, lines.GetRange(at, count));
        log.Add($"  duplicated {count} line(s) at {at + 1}");
        return Join(lines);
    }

    private static string SwapLines(FuzzRandom r, string text, List<string> log)
    {
        var lines = Lines(text);
        var a = r.Next(lines.Count);
        var b = r.Chance(50) ? Math.Min(lines.Count - 1, a + 1) : r.Next(lines.Count);
        (lines[a], lines[b]) = (lines[b], lines[a]);
        log.Add($"  swapped lines {a + 1} and {b + 1}");
        return Join(lines);
    }

    private static string MoveLine(FuzzRandom r, string text, List<string> log)
    {
        var lines = Lines(text);
        var from = r.Next(lines.Count);
        var line = lines[from];
        lines.RemoveAt(from);
        var to = r.Next(lines.Count + 1);
        lines.Insert(to, line);
        log.Add($"  moved line {from + 1} to {to + 1}");
        return Join(lines);
    }

    private static string Reindent(FuzzRandom r, string text, List<string> log)
    {
        var lines = Lines(text);
        var at = r.Next(lines.Count);
        var count = r.Chance(70) ? 1 : Math.Min(r.Size(10), lines.Count - at);
        var delta = r.Chance(50) ? r.Next(-4, 5) : r.Next(0, 13);
        for (var i = at; i < at + count; i++)
        {
            var body = lines[i].TrimStart(' ');
            var indent = lines[i].Length - body.Length;
            lines[i] = new string(' ', Math.Max(0, r.Chance(50) ? indent + delta : delta)) + body;
        }

        log.Add($"  reindented {count} line(s) at {at + 1} ({delta})");
        return Join(lines);
    }

    private static string Tabs(FuzzRandom r, string text, List<string> log)
    {
        var lines = Lines(text);
        var at = r.Next(lines.Count);
        var line = lines[at];
        var body = line.TrimStart(' ');
        var indent = line.Length - body.Length;
        switch (r.Next(3))
        {
            case 0:
                lines[at] = new string('\t', Math.Max(1, indent / 2)) + body;
                log.Add($"  tab indentation on line {at + 1}");
                break;
            case 1:
                var pos = r.Next(line.Length + 1);
                lines[at] = line.Insert(pos, "\t");
                log.Add($"  tab inserted on line {at + 1} at {pos + 1}");
                break;
            default:
                lines[at] = line.Replace(": ", ":\t");
                log.Add($"  tab after colons on line {at + 1}");
                break;
        }

        return Join(lines);
    }

    private static readonly string[] TruncationKinds = [":", "- ", "\"", "'", "{", "[", ",", "\n", "&", "*", "#", "\\", " ", "}", "]", "|", ">", "!"];

    private static string TruncateAtKind(FuzzRandom r, string text, List<string> log)
    {
        if (text.Length == 0)
        {
            return text;
        }

        if (r.Chance(15))
        {
            var anywhere = r.Next(text.Length + 1);
            log.Add($"  truncated at {anywhere} (anywhere)");
            return text.Substring(0, anywhere);
        }

        var kind = r.Pick(TruncationKinds);
        var positions = new List<int>();
        for (var i = text.IndexOf(kind, StringComparison.Ordinal); i >= 0 && positions.Count < 10_000; i = text.IndexOf(kind, i + 1, StringComparison.Ordinal))
        {
            positions.Add(i);
        }

        if (positions.Count == 0)
        {
            return text;
        }

        var at = r.Pick(positions) + (r.Chance(50) ? kind.Length : 0);
        log.Add($"  truncated at {at} ({(at == positions[0] ? "before" : "at")} '{Escape(kind)}')");
        return text.Substring(0, Math.Min(at, text.Length));
    }

    private static string InsertToken(FuzzRandom r, string text, List<string> log)
    {
        var token = r.Pick(Tokens);
        var at = PickPosition(r, text);
        log.Add($"  inserted '{Escape(token)}' at {at}");
        return text.Insert(at, token);
    }

    private static string ReplaceValue(FuzzRandom r, string text, List<string> log)
    {
        var values = Matches(ValueRegex, text);
        if (values.Count == 0)
        {
            return text;
        }

        var target = r.Pick(values);
        var replacement = RandomValue(r, text, target.Value);
        log.Add($"  value '{Escape(Short(target.Value))}' at {target.Index} -> '{Escape(Short(replacement))}'");
        return text.Substring(0, target.Index) + replacement + text.Substring(target.Index + target.Length);
    }

    private static string ReplaceKey(FuzzRandom r, string text, List<string> log)
    {
        var keys = Matches(KeyRegex, text);
        if (keys.Count == 0)
        {
            return text;
        }

        var target = r.Pick(keys);
        var key = target.Value;
        var replacement = r.Next(9) switch
        {
            0 or 1 => Typo(r, key),
            2 or 3 => r.Pick(KnownKeys),
            4 => key.ToUpperInvariant(),
            5 => "<<",
            6 => r.Pick(["colour", "notes", "x", "Id", "ID", "sources_", "source", "articels", "deployment", "sanction", "actor"]),
            7 => "? " + key,
            _ => key + key,
        };
        log.Add($"  key '{key}' at {target.Index} -> '{replacement}'");
        return text.Substring(0, target.Index) + replacement + text.Substring(target.Index + target.Length);
    }

    private static string DeepNesting(FuzzRandom r, string text, List<string> log)
    {
        var depth = r.Pick([2, 10, 50, 60, 61, 62, 63, 64, 65, 66, 100, 1000, 10_000, 100_000]);
        var values = Matches(ValueRegex, text);
        var at = values.Count > 0 ? r.Pick(values) : null;
        var index = at?.Index ?? PickPosition(r, text);
        var inner = at?.Value ?? "x";
        string nested;
        switch (r.Next(4))
        {
            case 0:
                nested = new string('[', depth) + inner + new string(']', depth);
                break;
            case 1:
                nested = new StringBuilder().Insert(0, "{a: ", depth).Append(inner).Append('}', depth).ToString();
                break;
            case 2:
                nested = new string(r.Chance(50) ? '[' : '{', depth); // never closed
                break;
            default:
                // Block nesting: each level indented two more spaces.
                var sb = new StringBuilder("\n");
                var levels = Math.Min(depth, 300);
                for (var i = 1; i <= levels; i++)
                {
                    sb.Append(' ', 2 * i).Append(r.Chance(50) ? "- " : "k: ").Append('\n');
                }

                nested = sb.ToString();
                break;
        }

        log.Add($"  nesting {depth} deep at {index}");
        return text.Substring(0, index) + nested + text.Substring(index + (at?.Length ?? 0));
    }

    private static string AnchorsAndAliases(FuzzRandom r, string text, List<string> log)
    {
        var values = Matches(ValueRegex, text);
        var lines = Lines(text);
        switch (r.Next(5))
        {
            case 0 when values.Count >= 2:
            {
                // An anchored value reused elsewhere (before or after the anchor).
                var a = r.Pick(values);
                var b = r.Pick(values);
                log.Add($"  &x at {a.Index}, *x at {b.Index}");
                return Splice(text, [(a.Index, 0, "&x "), (b.Index, b.Length, "*x")]);
            }

            case 1 when values.Count >= 1:
            {
                var a = r.Pick(values);
                var alias = r.Pick(["*nope", "*", "*x *y", "&x *x", "*x&", "&", "& x", "*a1"]);
                log.Add($"  '{alias}' at {a.Index}");
                return Splice(text, [(a.Index, a.Length, alias)]);
            }

            case 2:
            {
                // A record anchored and listed again by alias (a duplicate id by reference).
                var records = Enumerable.Range(0, lines.Count).Where(i => Regex.IsMatch(lines[i], @"^\s*- id:")).ToList();
                if (records.Count == 0) return text;
                var at = r.Pick(records);
                var indent = lines[at].IndexOf('-', StringComparison.Ordinal);
                lines[at] = lines[at].Replace("- id:", "- &rec\n" + new string(' ', indent + 2) + "id:", StringComparison.Ordinal);
                var to = r.Chance(50) ? lines.Count : r.Next(at + 1, lines.Count + 1);
                lines.Insert(to, new string(' ', indent) + "- *rec");
                log.Add($"  record at line {at + 1} anchored, aliased at {to + 1}");
                return Join(lines);
            }

            case 3 when values.Count >= 1:
            {
                // An anchored collection aliased from inside itself.
                var a = r.Pick(values);
                log.Add($"  recursive alias at {a.Index}");
                return Splice(text, [(a.Index, a.Length, r.Chance(50) ? "&r [a, *r]" : "&r {k: *r}")]);
            }

            default:
            {
                // An anchor on a list reused as many items.
                var a = values.Count > 0 ? r.Pick(values) : null;
                if (a is null) return text;
                var width = r.Size(20);
                log.Add($"  list of {width} aliases at {a.Index}");
                return Splice(text, [(a.Index, a.Length, "[&v " + a.Value + string.Concat(Enumerable.Repeat(", *v", width)) + "]")]);
            }
        }
    }

    private static string BillionLaughs(FuzzRandom r, string text, List<string> log)
    {
        var levels = r.Next(2, 10);
        var width = r.Next(2, 11);
        var sb = new StringBuilder();
        var indent = r.Chance(50) ? string.Empty : "    ";
        sb.Append(indent).Append("l0: &l0 [").Append(string.Join(", ", Enumerable.Repeat("\"lol\"", width))).Append("]\n");
        for (var level = 1; level < levels; level++)
        {
            sb.Append(indent).Append($"l{level}: &l{level} [").Append(string.Join(", ", Enumerable.Repeat($"*l{level - 1}", width))).Append("]\n");
        }

        var lines = Lines(text);
        var at = indent.Length == 0 ? 0 : r.Next(lines.Count + 1);
        lines.Insert(at, sb.ToString().TrimEnd('\n'));
        log.Add($"  billion laughs ({levels} levels of {width}) at line {at + 1}");
        return Join(lines);
    }

    private static string MergeKey(FuzzRandom r, string text, List<string> log)
    {
        var lines = Lines(text);
        var records = Enumerable.Range(0, lines.Count).Where(i => Regex.IsMatch(lines[i], @"^\s*- id:")).ToList();
        if (records.Count == 0) return text;
        var at = r.Pick(records);
        var indent = new string(' ', lines[at].IndexOf('-', StringComparison.Ordinal) + 2);
        var merge = r.Next(4) switch
        {
            0 => "<<: {name: merged, kind: person}",
            1 => "<<: *m",
            2 => "<<: [*m, *m]",
            _ => "<<: \"text\"",
        };
        lines.Insert(at + 1, indent + merge);
        if (merge.Contains("*m", StringComparison.Ordinal))
        {
            var other = r.Pick(records);
            lines[other] = lines[other].Replace("- id:", "- &m\n" + indent + "id:", StringComparison.Ordinal);
        }

        log.Add($"  merge key '{merge}' after line {at + 1}");
        return Join(lines);
    }

    private static string Tag(FuzzRandom r, string text, List<string> log)
    {
        var values = Matches(ValueRegex, text);
        var tag = r.Pick(Tags);
        var at = values.Count > 0 && r.Chance(80) ? r.Pick(values).Index : PickPosition(r, text);
        log.Add($"  tag '{tag.Trim()}' at {at}");
        return text.Insert(at, tag);
    }

    private static string Documents(FuzzRandom r, string text, List<string> log)
    {
        var lines = Lines(text);
        var marker = r.Pick(["---", "...", "--- |", "--- # doc", "...\n---", "%YAML 1.2\n---", "%YAML 1.1\n%YAML 1.1\n---", "---\n---", "--- []", "--- ~", "--- actors: []"]);
        var at = r.Chance(20) ? 0 : r.Next(lines.Count + 1);
        lines.Insert(at, marker);
        log.Add($"  '{Escape(marker)}' at line {at + 1}");
        return Join(lines);
    }

    private static string HugeScalar(FuzzRandom r, string text, List<string> log)
    {
        var values = Matches(ValueRegex, text);
        if (values.Count == 0) return text;
        var target = r.Pick(values);
        var size = int.Parse(r.Pick(HugeSizes), CultureInfo.InvariantCulture);
        var body = r.Next(3) switch
        {
            0 => new string('x', size),
            1 => "\"" + string.Concat(Enumerable.Repeat("a\\u2028\\\"", size / 9)) + "\"",
            _ => new string('a', size / 2) + " " + new string('b', size / 2),
        };
        log.Add($"  value at {target.Index} -> {body.Length:N0} chars");
        return text.Substring(0, target.Index) + body + text.Substring(target.Index + target.Length);
    }

    private static string LineEnds(FuzzRandom r, string text, List<string> log)
    {
        var mode = r.Next(6);
        log.Add("  line ends: " + mode switch { 0 => "all CRLF", 1 => "some CRLF", 2 => "some CR", 3 => "lone CR", 4 => "LF CR", _ => "NEL/LS/PS" });
        switch (mode)
        {
            case 0:
                return text.Replace("\n", "\r\n", StringComparison.Ordinal);
            case 4:
                return text.Replace("\n", "\n\r", StringComparison.Ordinal);
            case 3:
                return text.Insert(PickPosition(r, text), "\r");
        }

        var sb = new StringBuilder(text.Length + 64);
        foreach (var c in text)
        {
            if (c == '\n' && r.Chance(30))
            {
                sb.Append(mode switch { 1 => "\r\n", 2 => "\r", _ => r.Pick(["\u0085", "\u2028", "\u2029"]) });
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static string InsertUnicode(FuzzRandom r, string text, List<string> log)
    {
        var s = r.Pick(UnicodeChars);
        var values = Matches(ValueRegex, text);
        var at = values.Count > 0 && r.Chance(60) ? r.Pick(values) is var v ? v.Index + r.Next(v.Length + 1) : 0 : PickPosition(r, text);
        log.Add($"  inserted '{Escape(s)}' at {at}");
        return text.Insert(at, s);
    }

    private static string ChangeCitationLine(FuzzRandom r, string text, List<string> log)
    {
        var lines = Matches(LineRegex, text);
        if (lines.Count == 0) return text;
        var target = r.Pick(lines);
        int.TryParse(target.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n);
        var replacement = r.Next(12) switch
        {
            0 or 1 or 2 => (n + r.Next(-3, 4)).ToString(CultureInfo.InvariantCulture),
            3 => "0",
            4 => "-1",
            5 => "100000",
            6 => "2147483647",
            7 => "2147483648",
            8 => "99999999999999999999",
            9 => r.Pick(["1.0", "0x3", "\"3\"", "03", "+3", "3e0", "three", "[3]", "{}", "", "~"]),
            _ => (n + r.Next(10, 40)).ToString(CultureInfo.InvariantCulture),
        };
        log.Add($"  line '{target.Value}' at {target.Index} -> '{replacement}'");
        return text.Substring(0, target.Index) + replacement + text.Substring(target.Index + target.Length);
    }

    private static string EditQuote(FuzzRandom r, string text, List<string> log)
    {
        var quotes = Matches(QuoteRegex, text);
        if (quotes.Count == 0) return text;
        var target = r.Pick(quotes);
        var raw = target.Value;
        var quoted = raw.Length >= 2 && (raw[0] == '"' || raw[0] == '\'');
        var open = quoted ? raw.Substring(0, 1) : string.Empty;
        var body = quoted ? raw.Substring(1, raw.Length - 2) : raw;
        body = r.Next(10) switch
        {
            0 => Typo(r, body),
            1 => body.Length > 0 ? SwapCase(body, r.Next(body.Length)) : body,
            2 => "  " + body.Replace(" ", "   ", StringComparison.Ordinal) + "  ",
            3 => body.Replace("'", "\u2019", StringComparison.Ordinal).Replace("...", "\u2026", StringComparison.Ordinal),
            4 => body.Length > 1 ? body.Substring(0, 1) : body,
            5 => string.Empty,
            6 => string.Concat(Enumerable.Repeat(body + " ", r.Pick([10, 100, 300]))),
            7 => new string('q', r.Pick([1999, 2000, 2001, 10_000])),
            8 => body + " not in the article",
            _ => body.Length > 4 ? body.Substring(r.Next(body.Length / 2)) : body,
        };
        var replacement = quoted && open == "\"" ? "\"" + body.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""
            : quoted ? "'" + body.Replace("'", "''", StringComparison.Ordinal) + "'"
            : body;
        log.Add($"  quote at {target.Index} -> '{Escape(Short(replacement))}'");
        return text.Substring(0, target.Index) + replacement + text.Substring(target.Index + target.Length);
    }

    private static string FlowToBlock(FuzzRandom r, string text, List<string> log)
    {
        if (r.Chance(50))
        {
            var citations = Matches(FlowCitationRegex, text);
            if (citations.Count > 0)
            {
                var m = FlowCitationRegex.Match(text, r.Pick(citations).Index);
                var indent = m.Groups[1].Value;
                var block = $"{indent}- article: {m.Groups[2].Value}\n{indent}  line: {m.Groups[3].Value}\n{indent}  quote: {m.Groups[4].Value}";
                log.Add($"  flow citation at {m.Index} -> block");
                return text.Substring(0, m.Index) + block + text.Substring(m.Index + m.Length);
            }
        }

        var lists = Matches(SingleItemListRegex, text);
        if (lists.Count == 0) return text;
        var list = SingleItemListRegex.Match(text, r.Pick(lists).Index);
        log.Add($"  single-item list at {list.Index} -> scalar");
        return text.Substring(0, list.Index) + list.Groups[1].Value + text.Substring(list.Index + list.Length);
    }

    /// <summary>A value that may or may not fit where it lands: ids, typos, every value type's good and bad forms, YAML oddities.</summary>
    private static string RandomValue(FuzzRandom r, string text, string current)
    {
        var ids = Matches(IdRegex, text).Select(m => m.Value).ToList();
        return r.Next(16) switch
        {
            0 when ids.Count > 0 => r.Pick(ids),
            1 when ids.Count > 0 => Typo(r, r.Pick(ids)),
            2 => Typo(r, current),
            3 => r.Pick(["person", "state", "armed-group", "armed group", "Person", "stated", "reported", "estimated", "believed", "alleged", "Alleged", "financial", "trade", "travel", "other", "finance"]),
            4 => r.Pick(["2023", "2023-08", "2023-08-09", "2023-02-29", "2024-02-29", "0000", "2023-13", "2023-00", "23-08-09", "2023/08/09", "2023-8-9", "9999-12-31", "2023-08-09T10:00:00Z",
                "2023-07-31/2023-08-06", "2022-12/2023-01", "../2023-08-08", "2023-07-26/..", "../..", "2023-08-03/2023-07", "2023-07/", "/2023", "2023/2024/2025", "2023-07/2023-13", ".../2023", "2023 / 2024", "../", "/.."]),
            5 => r.Pick(["1500", "~1000", "\">=1000\"", "<=1000", "1000..2000", "2000..1000", "1,500", "99999999999", "-5", "dozens", "Thousands", "~", "~~1", "..", "1..", "..2", "1...2", "2147483647", "2147483648", "0"]),
            6 => r.Pick(["NE", "ne", "XX", "NER", "US", "RU", "E", "\u0130T"]),
            7 => r.Pick(["https://example.org/a", "http://x", "ftp://x.org", "http://", "not a url", "javascript:alert(1)", "https://ex ample.org", "//x.org", "https://[::1]/", "file:///etc/passwd"]),
            8 => r.Pick(["0", "-1", "1e3", "0x10", "3.5", ".inf", ".nan", "true", "false", "yes", "no", "on"]),
            9 => r.Pick(["", "~", "null", "Null", "NULL", "''", "\"\""]),
            10 => r.Pick(["[]", "{}", "[a, b]", "{a: b}", "[[]]", "[{}]", "{article: a, line: 1, quote: x}", "- x", "? x"]),
            11 => r.Pick(["\"\\u2028\"", "\"\\0\"", "\"\\x85\"", "\"\\\"\"", "\"*/ </summary> #error\"", "\"\\ud800\"", "\"\\U0001F600\"", "\"\\e\\a\\b\"", "'it''s'", "\"\\N\\_\\L\\P\""]),
            12 => r.Pick(["|\n  block\n  text", ">-\n  folded", "|", ">", "|+", "|2\n   x"]),
            13 => r.Pick(["*x", "&x y", "!!str y", "!x y"]),
            14 => current + current,
            _ => "\"" + current.Trim('"', '\'') + "\"",
        };
    }

    private static string Typo(FuzzRandom r, string s)
    {
        if (s.Length == 0) return "x";
        var i = r.Next(s.Length);
        return r.Next(4) switch
        {
            0 => s.Remove(i, 1),
            1 => s.Insert(i, ((char)('a' + r.Next(26))).ToString()),
            2 when s.Length > 1 && i + 1 < s.Length => s.Substring(0, i) + s[i + 1] + s[i] + s.Substring(i + 2),
            _ => s.Substring(0, i) + (char)('a' + r.Next(26)) + s.Substring(i + 1),
        };
    }

    private static string SwapCase(string s, int i) =>
        s.Substring(0, i) + (char.IsUpper(s[i]) ? char.ToLowerInvariant(s[i]) : char.ToUpperInvariant(s[i])) + s.Substring(i + 1);

    private static int PickPosition(FuzzRandom r, string text)
    {
        if (text.Length == 0 || r.Chance(50))
        {
            return r.Next(text.Length + 1);
        }

        // At a line start or right after a ': ', where structure changes.
        var lines = new List<int> { 0 };
        for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0 && lines.Count < 10_000; i = text.IndexOf('\n', i + 1))
        {
            lines.Add(i + 1);
        }

        var start = r.Pick(lines);
        var colon = text.IndexOf(": ", start, StringComparison.Ordinal);
        var end = text.IndexOf('\n', start);
        return r.Chance(50) && colon >= 0 && (end < 0 || colon < end) ? colon + 2 : start;
    }

    private static List<Match> Matches(Regex regex, string text)
    {
        try
        {
            return regex.Matches(text).Take(20_000).ToList();
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }

    private static string Splice(string text, IEnumerable<(int Index, int Length, string Replacement)> edits)
    {
        var sb = new StringBuilder(text);
        foreach (var (index, length, replacement) in edits.OrderByDescending(e => e.Index).DistinctBy(e => e.Index))
        {
            sb.Remove(index, length).Insert(index, replacement);
        }

        return sb.ToString();
    }

    private static string Short(string s) => s.Length > 60 ? s.Substring(0, 57) + "…" : s;

    internal static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s)
        {
            if (c >= ' ' && c < 0x7F || c == '…')
            {
                sb.Append(c);
            }
            else
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }
}
