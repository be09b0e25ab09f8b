using System.Collections.Generic;
using System.Linq;
using FactsGen.Model;
using FactsGen.Schema;

namespace FactsGen.Semantics;

/// <summary>
/// How the tools (export, report, hover) name a claim (docs/fact-files.md §14), so that each says it the same way:
/// its rank as fact files spell it, its value as YAML spells it, and a one-line description.
/// </summary>
internal static class ClaimText
{
    /// <summary>The rank as fact files spell it: <c>preferred</c>, <c>normal</c>, <c>deprecated</c>.</summary>
    public static string Rank(ClaimRank rank) => ClaimRanks.Names[(int)rank];

    /// <summary>Every claim of a record, field by field in the kind's order, claims in file order, with its 1-based number within its field.</summary>
    public static IEnumerable<(FieldDescriptor Field, ClaimItem Claim, int Number)> Claims(KindDescriptor kind, FactRecord record)
    {
        for (var f = 0; f < kind.Fields.Count && f < record.Fields.Count; f++)
        {
            var claims = record.Fields[f]?.Claims ?? EquatableArray<ClaimItem>.Empty;
            for (var c = 0; c < claims.Count; c++)
            {
                yield return (kind.Fields[f], claims[c], c + 1);
            }
        }
    }

    /// <summary>The claim's value as the YAML spells it: the canonical text, a list's items joined by ", " in brackets.</summary>
    public static string Value(FieldDescriptor field, ClaimItem claim) =>
        field.IsList ? "[" + string.Join(", ", claim.Value.Select(v => v.Text)) + "]" : string.Join(", ", claim.Value.Select(v => v.Text));

    /// <summary>"claim 2 of date (normal): between 31 July and 6 August 2023": which claim, its rank, and its value in English.</summary>
    public static string Describe(FieldDescriptor field, ClaimItem claim, int number) =>
        $"claim {number.ToString(System.Globalization.CultureInfo.InvariantCulture)} of {field.Name} ({Rank(claim.Rank)}): {FactSummary.Describe(field, claim.Value)}";
}
