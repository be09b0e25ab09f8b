using System.Text;

namespace FactsGen.FuzzTests.Fuzzing;

/// <summary>
/// Random small YAML files built from the pieces of the fast reader's subset: documents, nested block
/// mappings and lists at odd indents, compact mappings in items, flows, every scalar style, emoji,
/// comments and blank lines anywhere, LF or CRLF, and now and then a piece just outside the subset
/// (an empty value, a tab, a lone CR, a bad indent, an alias-like word). Mutated fact files seldom reach these corners; each
/// file here is a few lines, so a difference shows at once.
/// </summary>
public static class SubsetYamlGenerator
{
    private static readonly string[] Keys = ["a", "id", "as-of", "k2", "x_y", "a b", "-k", "a#b", "a:b", "é", "<<", "~", "null", "k", "\U0001F600", "x\U0001F600y", "a *x", "a &x", "a !x", "a *"];

    private static readonly string[] Scalars =
    [
        "v", "wagner", "two words", "~", "~5000", "-5", "-x", "a#b", "a:b", "https://x.org/a:b", "1,500", ">=1", "<=1", "10:30", "é “q” …",
        "'s'", "'it''s'", "''", "\"d\"", "\"\"", "\"a\\\"b\"", "\"\\\\\"", "\"\\u00e9\\t\\n\"", "\"x # y\"", "'x, y'", "\"[a]\"", "---", "...",
        "a]", "a}", "a,b", "a'b", "a\"b", "@x", "`x", "%x", "*x", "&x y", "!x y", "|", ">", "? x", ": x", "-", "a: b", "x #", "x\ty", "\"x\ty\"",
        "a *x", "a &b", "emoji\U0001F600", "\"\U0001F600 \\U0001F600\"", "'\U0001F469\u200D\U0001F4BB'",
    ];

    private static readonly string[] FlowItems = ["a", "b c", "\U0001F600", "'a'", "\"b\"", "\"a, b\"", "'x]'", "a#b", "-1", "a:b", "a?b", "", "[a]", "{k: v}"];

    public static string Generate(FuzzRandom r)
    {
        var sb = new StringBuilder();
        var eol = r.Chance(70) ? "\n" : "\r\n";
        var documents = r.Chance(80) ? 1 : r.Next(2, 4);
        for (var i = 0; i < documents; i++)
        {
            if (i > 0 || r.Chance(10))
            {
                sb.Append(i > 0 && r.Chance(30) ? "..." + eol : string.Empty).Append(r.Chance(90) ? "---" : r.Pick(["--- ", "--- # c", "---a", "--- a: b"])).Append(eol);
            }

            Mapping(r, sb, r.Chance(90) ? 0 : r.Next(1, 3), depth: 0, eol);
        }

        if (r.Chance(5))
        {
            sb.Append(r.Pick(["...", "---", "... # c"])).Append(eol);
        }

        var text = sb.ToString();
        return r.Chance(15) ? text.TrimEnd('\n', '\r') + (r.Chance(30) ? " # end" : string.Empty) : text;
    }

    private static void Mapping(FuzzRandom r, StringBuilder sb, int indent, int depth, string eol, bool firstInline = false)
    {
        var entries = r.Next(1, 4);
        for (var i = 0; i < entries; i++)
        {
            if (!(firstInline && i == 0))
            {
                Filler(r, sb, indent, eol);
                sb.Append(' ', Math.Max(0, indent + (r.Chance(3) ? r.Pick([-1, 1]) : 0)));
            }

            sb.Append(r.Pick(Keys)).Append(r.Chance(3) ? " :" : ":");
            Value(r, sb, indent, depth, eol);
        }
    }

    private static void Sequence(FuzzRandom r, StringBuilder sb, int indent, int depth, string eol)
    {
        var items = r.Next(1, 4);
        for (var i = 0; i < items; i++)
        {
            Filler(r, sb, indent, eol);
            sb.Append(' ', indent).Append(r.Chance(90) ? "- " : r.Pick(["-  ", "-", "- - "]));
            if (depth < 4 && r.Chance(40))
            {
                // A compact mapping: its keys line up after the '- '.
                Mapping(r, sb, indent + 2, depth + 1, eol, firstInline: true);
            }
            else
            {
                sb.Append(Scalar(r)).Append(Comment(r)).Append(LineEnd(r, eol));
            }
        }
    }

    private static void Value(FuzzRandom r, StringBuilder sb, int indent, int depth, string eol)
    {
        var roll = r.Next(100);
        if (depth < 4 && roll < 30)
        {
            sb.Append(Comment(r)).Append(LineEnd(r, eol));
            var child = indent + r.Pick([2, 2, 2, 4, 1, 3, 0]);
            if (r.Chance(50))
            {
                Sequence(r, sb, child, depth + 1, eol);
            }
            else
            {
                Mapping(r, sb, child, depth + 1, eol);
            }

            return;
        }

        var value = roll < 45 ? Flow(r) : roll < 97 ? Scalar(r) : string.Empty;
        sb.Append(r.Chance(90) ? " " : r.Pick(["  ", string.Empty, "\t"])).Append(value).Append(Comment(r)).Append(LineEnd(r, eol));
    }

    private static string Scalar(FuzzRandom r) => r.Chance(60) ? Scalars[r.Next(5)] : r.Pick(Scalars);

    private static string Flow(FuzzRandom r)
    {
        var items = Enumerable.Range(0, r.Next(0, 4)).Select(_ => r.Pick(FlowItems)).ToList();
        var comma = r.Chance(85) ? ", " : r.Pick([",", " , ", ",  "]);
        return r.Chance(50)
            ? "[" + string.Join(comma, items) + (r.Chance(5) ? "," : string.Empty) + "]"
            : "{" + string.Join(comma, items.Select(v => r.Pick(Keys) + (r.Chance(90) ? ": " : ":") + v)) + "}";
    }

    private static string Comment(FuzzRandom r) => r.Chance(85) ? string.Empty : r.Pick([" # c", "  #c", " #", "#c", "   "]);

    /// <summary>Comment and blank lines, at any indent, before an entry or item.</summary>
    private static void Filler(FuzzRandom r, StringBuilder sb, int indent, string eol)
    {
        while (r.Chance(15))
        {
            sb.Append(' ', r.Next(0, indent + 4)).Append(r.Chance(70) ? "# note" : string.Empty).Append(LineEnd(r, eol));
        }
    }

    private static string LineEnd(FuzzRandom r, string eol) => r.Chance(99) ? eol : r.Pick(["\r", "\n", "\r\n", " \n"]);
}
