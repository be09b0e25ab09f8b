using System;
using System.Collections.Generic;
using FactsGen.Model;
using FactsGen.Parsing;
using FactsGen.Schema;

namespace FactsGen.Support;

/// <summary>A record's names as references' support looks for them (docs/fact-files.md §12): its <c>name</c>, then its <c>aliases</c>. Empty: it has no name.</summary>
internal sealed record NamedRecord(int Kind, string Id, EquatableArray<string> Names);

/// <summary>
/// The names one fact file gives its records: small, and unchanged by any edit that leaves names and
/// aliases alone, so such an edit re-checks no other file's support.
/// </summary>
internal sealed record FileNames(string Path, EquatableArray<NamedRecord> Records)
{
    public static FileNames Of(ParsedFactFile file, FactSchema schema)
    {
        var records = new List<NamedRecord>();
        foreach (var record in file.Records)
        {
            var kind = schema[record.Kind];
            var name = kind.NameField;
            if (name < 0)
            {
                continue;
            }

            var names = new List<string>();
            if (record.Fields.Count > name && record.Fields[name] is { } value)
            {
                names.Add(value.Text);
                var aliases = kind.AliasesField;
                if (aliases >= 0 && record.Fields[aliases] is { } list)
                {
                    foreach (var alias in list.Items)
                    {
                        names.Add(alias.Text);
                    }
                }
            }

            records.Add(new NamedRecord(record.Kind, record.Id, names.ToEquatableArray()));
        }

        return new FileNames(file.Path, records.ToEquatableArray());
    }
}

/// <summary>
/// Every file's names, looked up by kind and id (the first record of an id, in fact-base order, as
/// the build accepts it). Compares by its files' names only; the lookup is built once, on first use,
/// and shared by every file's support check.
/// </summary>
internal sealed class NameTable : IEquatable<NameTable>
{
    private readonly Lazy<Dictionary<(int Kind, string Id), NamedRecord>> _byId;

    public NameTable(EquatableArray<FileNames> files)
    {
        Files = files;
        _byId = new Lazy<Dictionary<(int, string), NamedRecord>>(Build, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public static NameTable Empty { get; } = new(EquatableArray<FileNames>.Empty);

    public EquatableArray<FileNames> Files { get; }

    /// <summary>The record a reference names, if any record of that kind has the id.</summary>
    public NamedRecord? Find(int kind, string id) => _byId.Value.TryGetValue((kind, id), out var named) ? named : null;

    public bool Equals(NameTable? other) => other is not null && Files.Equals(other.Files);

    public override bool Equals(object? obj) => Equals(obj as NameTable);

    public override int GetHashCode() => Files.GetHashCode();

    private Dictionary<(int, string), NamedRecord> Build()
    {
        var byId = new Dictionary<(int, string), NamedRecord>();
        var ordered = new List<FileNames>(Files);
        ordered.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        foreach (var file in ordered)
        {
            foreach (var record in file.Records)
            {
                if (!byId.ContainsKey((record.Kind, record.Id)))
                {
                    byId.Add((record.Kind, record.Id), record);
                }
            }
        }

        return byId;
    }
}
