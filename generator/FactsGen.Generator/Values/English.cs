namespace FactsGen.Values;

/// <summary>The little English that messages and doc comments need, in one place.</summary>
public static class English
{
    /// <summary>"an" before a vowel, else "a": "an actor", "a deployment".</summary>
    public static string AOrAn(string noun) => noun.Length > 0 && "aeiou".IndexOf(noun[0]) >= 0 ? "an" : "a";

    /// <summary>Items joined as a sentence lists them: "3", "3 and 4", "3, 4 and 6".</summary>
    public static string List(System.Collections.Generic.IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", System.Linq.Enumerable.Take(items, items.Count - 1)) + " and " + items[items.Count - 1];

    /// <summary>The text with its first letter upper case.</summary>
    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    /// <summary>Quoted alternatives: <c>'a'</c>, <c>'a' or 'b'</c>, <c>'a', 'b' or 'c'</c>.</summary>
    public static string Alternatives(System.Collections.Generic.IReadOnlyList<string> items)
    {
        var quoted = new System.Collections.Generic.List<string>(items.Count);
        foreach (var item in items)
        {
            quoted.Add("'" + item + "'");
        }

        return quoted.Count <= 1 ? string.Concat(quoted) : string.Join(", ", quoted.GetRange(0, quoted.Count - 1)) + " or " + quoted[quoted.Count - 1];
    }
}
