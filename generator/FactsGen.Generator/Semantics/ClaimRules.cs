using FactsGen.Model;
using FactsGen.Schema;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.Semantics;

/// <summary>What docs/fact-files.md §14 says about a field's claims, in one place: the best value, equal values, disputed.</summary>
internal static class ClaimRules
{
    /// <summary>The best claim: the preferred one, else the first normal one; -1 when every claim is deprecated.</summary>
    public static int BestIndex(EquatableArray<ClaimItem> claims)
    {
        var firstNormal = -1;
        for (var i = 0; i < claims.Count; i++)
        {
            if (claims[i].Rank == ClaimRank.Preferred)
            {
                return i;
            }

            if (claims[i].Rank == ClaimRank.Normal && firstNormal < 0)
            {
                firstNormal = i;
            }
        }

        return firstNormal;
    }

    /// <summary>Whether two claims say the same: the same items in order, compared as the field's type reads them (<c>2023-07</c> is one date however written).</summary>
    public static bool SameValue(FieldDescriptor field, EquatableArray<ScalarItem> a, EquatableArray<ScalarItem> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            var same = field.Type switch
            {
                ValueType.Date => a[i].Date.Equals(b[i].Date),
                ValueType.Quantity => a[i].Quantity.Equals(b[i].Quantity),
                ValueType.Enum => a[i].EnumIndex == b[i].EnumIndex,
                _ => a[i].Text == b[i].Text,
            };
            if (!same)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Disputed: two or more claims that are not deprecated and whose values differ.</summary>
    public static bool IsDisputed(FieldDescriptor field, EquatableArray<ClaimItem> claims)
    {
        ClaimItem? first = null;
        foreach (var claim in claims)
        {
            if (claim.Rank == ClaimRank.Deprecated)
            {
                continue;
            }

            if (first is null)
            {
                first = claim;
            }
            else if (!SameValue(field, first.Value, claim.Value))
            {
                return true;
            }
        }

        return false;
    }
}
