using System.Collections.Generic;
using System.Linq;
using FactsGen.Model;

namespace FactsGen.Schema;

/// <summary>
/// The kinds a fact base has: the built-in ones, then those it declares (docs/fact-files.md §6), each at its
/// <see cref="KindDescriptor.Index"/>, with every reference resolved to a kind index and every
/// reverse attached to its target. Value-equatable and free of locations, so the pipeline step
/// that builds it stops the cascade when an edit leaves the kinds as they were.
/// </summary>
internal sealed record FactSchema(EquatableArray<KindDescriptor> Kinds, EquatableArray<EnumDescriptor> Enums, EquatableArray<string> SilencedSections, bool IsComplete = true)
{
    /// <summary>The built-in kinds alone (a fact base that declares none).</summary>
    public static readonly FactSchema BuiltIn = new(FactKinds.All.ToEquatableArray(), FactKinds.Enums.ToEquatableArray(), EquatableArray<string>.Empty);

    /// <summary>Indexes the kinds, resolves references and attaches reverses. The kinds must be valid (the builder checks declarations first).</summary>
    /// <param name="isComplete">False while a fact file that may declare kinds cannot be read to its end: unknown sections are then not reported.</param>
    public static FactSchema Create(IReadOnlyList<KindDescriptor> kinds, IReadOnlyList<EnumDescriptor> enums, IReadOnlyList<string> silencedSections, bool isComplete = true)
    {
        var sections = kinds.Select((k, i) => (k.Section, i)).ToDictionary(p => p.Section, p => p.i);
        var indexed = kinds
            .Select((kind, index) => kind with
            {
                Index = index,
                Fields = kind.Fields.Select(f => f.TargetSection is { } target ? f with { Target = sections[target] } : f).ToEquatableArray(),
            })
            .ToList();
        var reverses = indexed.Select(_ => new List<ReverseDescriptor>()).ToList();
        foreach (var kind in indexed)
        {
            for (var f = 0; f < kind.Fields.Count; f++)
            {
                if (kind.Fields[f] is { Reverse: { } name, Target: >= 0 } field)
                {
                    reverses[field.Target].Add(new ReverseDescriptor(name, kind.Index, f));
                }
            }
        }

        return new FactSchema(
            indexed.Select((k, i) => k with { Reverses = reverses[i].ToEquatableArray() }).ToEquatableArray(),
            enums.ToEquatableArray(),
            silencedSections.ToEquatableArray(),
            isComplete);
    }

    public int Count => Kinds.Count;

    public KindDescriptor this[int index] => Kinds[index];

    public IEnumerable<string> SectionNames => Kinds.Select(k => k.Section);

    /// <summary>The kind of a section, or null. A schema has a handful of kinds: a scan beats a dictionary.</summary>
    public KindDescriptor? FindSection(string section)
    {
        foreach (var kind in Kinds)
        {
            if (kind.Section == section)
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>The kind whose records citations name (the one with a <see cref="ValueType.Path"/> field: articles).</summary>
    public KindDescriptor ArticleKind => Kinds.First(k => k.Fields.Any(f => f.Type == ValueType.Path));

    /// <summary>Sections of declared kinds whose declaration is broken (or refers to one that is): their records are neither checked nor reported.</summary>
    public bool IsSilenced(string section) => SilencedSections.Contains(section);

    /// <summary>Every section a fact document may hold: the kinds, <c>kinds</c>, and the silenced ones.</summary>
    public IEnumerable<string> KnownSections => SectionNames.Concat(new[] { FactKinds.KindsSection }).Concat(SilencedSections);

    /// <summary>The declared kinds' own enums (built-in enums first in <see cref="Enums"/>, then these).</summary>
    public IEnumerable<EnumDescriptor> DeclaredEnums => Enums.Skip(FactKinds.Enums.Count);
}
