using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactsGen.Diagnostics;
using FactsGen.Model;
using FactsGen.Schema;
using FactsGen.Semantics;
using FactsGen.Values;
using FactsGen.Yaml;

namespace FactsGen.Parsing;

/// <summary>
/// A disputable field written as <c>claims</c> (docs/fact-files.md §14): each claim's value is read exactly as the
/// field's, its citations as a record's, and the FG0018 rules are checked at the node each names.
/// </summary>
internal sealed partial class FactFileParser
{
    private const string ClaimsKey = "claims";

    private static readonly string[] ClaimKeys = { "value", "sources", "rank", "note", KindDescriptor.InferredKey };

    private static KeyValuePair<YamlNode, YamlNode>? ClaimsEntry(YamlMapping mapping)
    {
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key is YamlScalar { Value: ClaimsKey })
            {
                return entry;
            }
        }

        return null;
    }

    private FieldValue? ReadClaims(KindDescriptor kind, FieldDescriptor field, YamlMapping mapping, YamlNode claimsKey, YamlNode claimsValue)
    {
        if (!field.IsDisputable)
        {
            Report(DiagnosticDescriptors.InvalidClaims, Locate(claimsKey), $"'{field.Name}' is not disputable, so it cannot hold claims: write the one value the quotes support as '{field.Name}: <value>'; {DisputableFields(kind)}");
            return null;
        }

        foreach (var (keyNode, key, value) in ReadMapping(mapping, "field"))
        {
            if (key != ClaimsKey)
            {
                Report(DiagnosticDescriptors.UnknownField, Locate(keyNode), key, $"the value of '{field.Name}'", UnknownFieldHint(key, value, new[] { ClaimsKey }) + " A disputed value is a mapping with the one key 'claims'.", ClaimsKey);
            }
        }

        if (claimsValue is not YamlSequence sequence)
        {
            Report(DiagnosticDescriptors.InvalidValue, Locate(claimsValue), $"claims of '{field.Name}'", $"it is {claimsValue.Describe()}; write a list of claims, each '- value: …' with its own 'sources'");
            return null;
        }

        var claims = new List<ClaimItem>(sequence.Items.Count);
        var rankNodes = new List<YamlNode?>(sequence.Items.Count);
        var numbers = new List<int>(sequence.Items.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            if (ReadClaim(kind, field, sequence.Items[i], i + 1, out var rankNode) is { } claim)
            {
                claims.Add(claim);
                rankNodes.Add(rankNode);
                numbers.Add(i + 1);
            }
        }

        var claimsLocation = Locate(claimsKey);
        if (sequence.Items.Count < 2)
        {
            Report(DiagnosticDescriptors.InvalidClaims, claimsLocation, $"'{field.Name}' has {N(sequence.Items.Count)} claim(s); claims are for a value that sources dispute: write two or more, or write the one value as '{field.Name}: …'");
        }

        for (var i = 1; i < claims.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (ClaimRules.SameValue(field, claims[i].Value, claims[j].Value))
                {
                    Report(DiagnosticDescriptors.InvalidClaims, claims[i].ValueLocation, $"claim {N(numbers[i])} of '{field.Name}' has the same value as claim {N(numbers[j])} (line {N(claims[j].ValueLocation.DisplayLine)}); one value is one claim: move its sources there and remove this one");
                    break;
                }
            }
        }

        var preferred = -1;
        for (var i = 0; i < claims.Count; i++)
        {
            if (claims[i].Rank != ClaimRank.Preferred)
            {
                continue;
            }

            if (preferred < 0)
            {
                preferred = i;
            }
            else
            {
                Report(DiagnosticDescriptors.InvalidClaims, Locate(rankNodes[i]!), $"claim {N(numbers[i])} of '{field.Name}' is a second 'preferred' (claim {N(numbers[preferred])} is preferred already); one claim at most is preferred: rank this one 'normal'");
            }
        }

        if (sequence.Items.Count >= 2 && claims.Count == sequence.Items.Count && claims.All(c => c.Rank == ClaimRank.Deprecated))
        {
            Report(DiagnosticDescriptors.InvalidClaims, claimsLocation, $"every claim of '{field.Name}' is deprecated, so it has no best value; rank the claim that holds 'normal' or 'preferred'");
        }

        if (claims.Count == 0)
        {
            return null;
        }

        var all = claims.ToEquatableArray();
        var best = ClaimRules.BestIndex(all);
        return new FieldValue(all[best < 0 ? 0 : best].Value, EquatableArray<CitationItem>.Empty, Locate(mapping)) { Claims = all };
    }

    private ClaimItem? ReadClaim(KindDescriptor kind, FieldDescriptor field, YamlNode node, int number, out YamlNode? rankNode)
    {
        rankNode = null;
        var what = $"claim {N(number)} of '{field.Name}'";
        if (node is not YamlMapping mapping)
        {
            Report(DiagnosticDescriptors.InvalidValue, Locate(node), what, $"it is {node.Describe()}; write a mapping: value: …, sources: [{{ article: …, line: …, quote: … }}]");
            return null;
        }

        if (!mapping.IsComplete)
        {
            return null; // FG0001 says where the syntax error cut it short.
        }

        var before = _diagnostics.Count;
        var first = mapping.Entries.Count > 0 ? Locate(mapping.Entries[0].Key) : Locate(mapping);
        YamlNode? valueKey = null, valueNode = null, sourcesKey = null, sourcesNode = null;
        string? note = null;
        var rank = ClaimRank.Normal;
        var inferences = EquatableArray<InferenceItem>.Empty;
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, key, value) in ReadMapping(mapping, "field"))
        {
            present.Add(key);
            switch (key)
            {
                case "value":
                    valueKey = keyNode;
                    valueNode = value;
                    break;
                case "sources":
                    sourcesKey = keyNode;
                    sourcesNode = value;
                    break;
                case "rank":
                    rankNode = value;
                    var index = value is YamlScalar { IsNull: false } r ? Array.IndexOf(ClaimRanks.Names, r.Value) : -1;
                    if (index < 0)
                    {
                        var written = value is YamlScalar s ? s.Value : value.Describe();
                        Report(DiagnosticDescriptors.InvalidValue, Locate(value), "claim 'rank'", $"'{written}' is not a rank{Suggestions.DidYouMeanSentence(written, ClaimRanks.Names)} Use one of: preferred, normal, deprecated");
                        rankNode = null;
                    }
                    else
                    {
                        rank = (ClaimRank)index;
                    }

                    break;
                case "note":
                    if (value is YamlScalar { IsNull: false } text && text.Value.Trim().Length > 0)
                    {
                        note = text.Value;
                    }
                    else
                    {
                        Report(DiagnosticDescriptors.InvalidValue, Locate(value), "claim 'note'", $"it is {(value is YamlScalar ? "empty" : value.Describe())}; write why the claims differ, or remove 'note'");
                    }

                    break;
                case KindDescriptor.InferredKey:
                    inferences = InferredReader.Read(this, value, new[] { field.Name }, what, out _);
                    break;
                default:
                    Report(DiagnosticDescriptors.UnknownField, Locate(keyNode), key, what, UnknownFieldHint(key, value, ClaimKeys), string.Join(", ", ClaimKeys));
                    if (Suggestions.Nearest(key, ClaimKeys) is { } meant) present.Add(meant);
                    break;
            }
        }

        FieldValue? read = null;
        if (valueNode is null || valueNode is YamlScalar { IsNull: true })
        {
            if (!present.Contains("value") || valueNode is not null)
            {
                Report(DiagnosticDescriptors.MissingField, valueKey is null ? first : Locate(valueKey), English.Capitalize(what), "value");
            }
        }
        else
        {
            read = ReadValue(kind, field, valueKey!, valueNode, mapping, Locate(valueNode));
        }

        var citations = ReadClaimSources(kind, field, number, first, sourcesKey, sourcesNode);
        if (_diagnostics.Count != before || read is null || citations is null)
        {
            return null;
        }

        return new ClaimItem(read.Items, citations.ToEquatableArray(), rank, note, first, read.Location) { Inferences = inferences };
    }

    /// <summary>A claim's own citations (required, non-empty: FG0010), read as a record's.</summary>
    private List<CitationItem>? ReadClaimSources(KindDescriptor kind, FieldDescriptor field, int number, LocationInfo first, YamlNode? key, YamlNode? node)
    {
        if (kind.SourcesField is not { } sourcesField)
        {
            return new List<CitationItem>();
        }

        var items = node is null ? null : ListItems(sourcesField, node);
        if (node is not null && items is null)
        {
            Report(DiagnosticDescriptors.InvalidValue, Locate(node), $"'sources' of claim {N(number)} of '{field.Name}'", $"it is {node.Describe()}; write a list of citations {{ article: …, line: …, quote: … }}");
            return null;
        }

        if (items is null || items.Count == 0)
        {
            Report(DiagnosticDescriptors.NoCitations, key is null ? first : Locate(key), $"Claim {N(number)} of", field.Name);
            return null;
        }

        var citations = new List<CitationItem>(items.Count);
        var ok = true;
        foreach (var item in items)
        {
            var citation = ReadCitation(item);
            ok &= citation is not null;
            if (citation is not null) citations.Add(citation);
        }

        return ok ? citations : null;
    }

    private static string DisputableFields(KindDescriptor kind)
    {
        var names = kind.Fields.Where(f => f.IsDisputable).Select(f => f.Name).ToList();
        var declare = kind.IsDeclared ? "; to allow claims on a field, declare it with 'disputable: true'" : string.Empty;
        return names.Count == 0
            ? $"{English.AOrAn(kind.Noun)} {kind.Noun} has no disputable fields{declare}"
            : $"the disputable fields of {English.AOrAn(kind.Noun)} {kind.Noun} are: {string.Join(", ", names)}{declare}";
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
