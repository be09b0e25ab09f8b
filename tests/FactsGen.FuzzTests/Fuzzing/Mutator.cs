using System.Text;
using System.Text.RegularExpressions;

namespace FactsGen.FuzzTests.Fuzzing;

/// <summary>
/// Mutates a fact base the ways editors, tools and attackers break files: byte flips, truncation at
/// every kind of position, deleted/duplicated/swapped lines, indentation and tabs, deep nesting,
/// anchors and aliases (billion laughs included), merge keys, tags, several documents, huge
/// scalars, invalid UTF-8, BOMs, CR/LF mixes, and value/key edits that reach the semantic checks.
/// Deterministic: the same random state gives the same mutation. Each mutation says what it did.
/// </summary>
public static partial class Mutator
{
    private delegate byte[] ByteMutation(FuzzRandom random, byte[] bytes, List<string> log);

    private delegate string TextMutation(FuzzRandom random, string text, List<string> log);

    private static readonly (string Name, int Weight, TextMutation Apply)[] TextMutations =
    [
        ("delete line", 6, DeleteLine),
        ("duplicate line", 6, DuplicateLine),
        ("swap lines", 6, SwapLines),
        ("move line", 3, MoveLine),
        ("reindent", 6, Reindent),
        ("tabs", 4, Tabs),
        ("truncate at a kind of position", 8, TruncateAtKind),
        ("insert token", 8, InsertToken),
        ("replace value", 14, ReplaceValue),
        ("replace key", 6, ReplaceKey),
        ("deep nesting", 3, DeepNesting),
        ("anchors and aliases", 5, AnchorsAndAliases),
        ("billion laughs", 1, BillionLaughs),
        ("merge key", 3, MergeKey),
        ("tag", 4, Tag),
        ("documents", 4, Documents),
        ("huge scalar", 2, HugeScalar),
        ("line ends", 5, LineEnds),
        ("insert unicode", 5, InsertUnicode),
        ("change citation line", 5, ChangeCitationLine),
        ("edit quote", 5, EditQuote),
        ("flow/block", 3, FlowToBlock),
    ];

    private static readonly (string Name, int Weight, ByteMutation Apply)[] ByteMutations =
    [
        ("flip bits", 5, FlipBits),
        ("replace bytes", 4, ReplaceBytes),
        ("truncate bytes", 4, TruncateBytes),
        ("invalid UTF-8", 4, InvalidUtf8),
        ("BOM", 3, Bom),
        ("delete/duplicate byte range", 3, ByteRange),
    ];

    /// <summary>
    /// Applies 1–4 mutations to the fact base (mostly to its YAML, sometimes to an article or to the
    /// set of files) and returns it with a log of what was done.
    /// </summary>
    public static (FactBase Base, IReadOnlyList<string> Log) Mutate(FuzzRandom random, FactBase factBase)
    {
        var log = new List<string>();
        var count = random.Chance(60) ? 1 : random.Next(2, 5);
        for (var i = 0; i < count; i++)
        {
            factBase = MutateOnce(random, factBase, log);
        }

        return (factBase, log);
    }

    private static FactBase MutateOnce(FuzzRandom random, FactBase factBase, List<string> log)
    {
        // A base with no file left (every one removed by earlier steps) can only gain one.
        var roll = random.Next(100);
        if (roll < 6 || factBase.Files.Count == 0)
        {
            return MutateFiles(random, factBase, log);
        }

        var yaml = factBase.YamlFiles.ToList();
        var articles = factBase.Files.Where(f => !f.IsYaml).ToList();
        var file = roll < 14 && articles.Count > 0 ? random.Pick(articles) : random.Pick(yaml.Count > 0 ? yaml : factBase.Files);
        byte[] bytes;
        if (random.Chance(25))
        {
            var (name, _, apply) = PickWeighted(random, ByteMutations);
            log.Add($"{file.Path}: {name}");
            bytes = apply(random, file.Bytes, log);
        }
        else
        {
            var (name, _, apply) = PickWeighted(random, TextMutations);
            log.Add($"{file.Path}: {name}");
            var text = BytesAdditionalText.Decode(file.Bytes);
            bytes = Encoding.UTF8.GetBytes(apply(random, text, log));
        }

        return factBase.With(file with { Bytes = bytes });
    }

    private static (string, int, TextMutation) PickWeighted(FuzzRandom random, (string Name, int Weight, TextMutation Apply)[] items)
    {
        var roll = random.Next(items.Sum(i => i.Weight));
        foreach (var item in items)
        {
            if ((roll -= item.Weight) < 0) return item;
        }

        return items[^1];
    }

    private static (string, int, ByteMutation) PickWeighted(FuzzRandom random, (string Name, int Weight, ByteMutation Apply)[] items)
    {
        var roll = random.Next(items.Sum(i => i.Weight));
        foreach (var item in items)
        {
            if ((roll -= item.Weight) < 0) return item;
        }

        return items[^1];
    }
}
