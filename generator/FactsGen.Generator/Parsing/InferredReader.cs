using System.Collections.Generic;
using System.Linq;
using FactsGen.Diagnostics;
using FactsGen.Model;
using FactsGen.Schema;
using FactsGen.Yaml;

namespace FactsGen.Parsing;

/// <summary>
/// Reads an <c>inferred</c> mapping (docs/fact-files.md §13): field name to the editor's reason. One reader for a
/// record's and a claim's (§14), so both report the same FG0003 (a name that is no field) and FG0005
/// (an empty reason or a wrong shape).
/// </summary>
internal static class InferredReader
{
    /// <summary>
    /// The entries of <paramref name="value"/>, those with a known field and a reason, in file order.
    /// <paramref name="ok"/> is false when something was reported.
    /// </summary>
    /// <param name="reader">The file's reader, which locates nodes and collects the diagnostics.</param>
    /// <param name="value">The node under <c>inferred:</c>.</param>
    /// <param name="fields">The field names it may list.</param>
    /// <param name="owner">What holds it, for messages: <c>deployment 'x'</c>, <c>a claim</c>.</param>
    public static EquatableArray<InferenceItem> Read(YamlFileReader reader, YamlNode value, IReadOnlyCollection<string> fields, string owner, out bool ok)
    {
        ok = true;
        if (value is YamlScalar { IsNull: true })
        {
            return EquatableArray<InferenceItem>.Empty;
        }

        if (value is not YamlMapping mapping)
        {
            reader.Report(DiagnosticDescriptors.InvalidValue, reader.Locate(value), $"'{KindDescriptor.InferredKey}'", $"it is {value.Describe()}; write a mapping from field name to your reason, e.g. 'location: \"the articles say he is detained, not where\"'");
            ok = false;
            return EquatableArray<InferenceItem>.Empty;
        }

        var items = new List<InferenceItem>(mapping.Entries.Count);
        foreach (var (keyNode, key, reason) in reader.ReadMapping(mapping, "field"))
        {
            if (!fields.Contains(key))
            {
                reader.Report(DiagnosticDescriptors.UnknownField, reader.Locate(keyNode), key, $"'{KindDescriptor.InferredKey}' of {owner}", YamlFileReader.UnknownFieldHint(key, reason, fields), string.Join(", ", fields));
                ok = false;
                continue;
            }

            if (reason is not YamlScalar scalar || scalar.IsNull || scalar.Value.Trim().Length == 0)
            {
                var what = reason is YamlScalar ? "the reason is empty" : $"it is {reason.Describe()}";
                reader.Report(DiagnosticDescriptors.InvalidValue, reader.Locate(reason is YamlScalar { IsNull: true } ? keyNode : reason), $"reason for inferred '{key}'", $"{what}; write why the value holds although no quote says it");
                ok = false;
                continue;
            }

            items.Add(new InferenceItem(key, scalar.Value, reader.Locate(keyNode), reader.Locate(scalar)));
        }

        return items.ToEquatableArray();
    }
}
