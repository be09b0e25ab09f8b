using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using FactsGen.Diagnostics;
using FactsGen.Model;
using FactsGen.Values;

namespace FactsGen.Schema;

/// <summary>The fact base's schema and the diagnostics of its kind declarations that need the whole fact base.</summary>
internal sealed record SchemaBuild(FactSchema Schema, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Builds the <see cref="FactSchema"/> from every file's <see cref="FileKindDeclarations"/>: the
/// cross-file rules of spec §7 (a duplicate kind is FG0006; a <c>ref</c> to no kind, a name that
/// collides with a generated type, a <c>reverse</c> that collides with a property are FG0016), then
/// one mistake, one diagnostic: a broken kind is not emitted and its section is silenced, and so are
/// the kinds that refer to it, without diagnostics of their own.
/// </summary>
internal static class FactSchemaBuilder
{
    /// <summary>Type names the generated code has whatever the kinds (spec §7's list, and their helpers).</summary>
    private static readonly string[] FixedTypeNames =
    {
        "PartialDate", "DatePrecision", "Quantity", "QuantityKind", "QuantityMagnitude", "Citation", "Provenance",
        "ProvenanceAttribute", "ICitedFact", "Inference", "Claim", "ClaimRank", "__FactsGenData",
    };

    /// <summary>
    /// Members of <c>__FactsGenData</c> that a kind's reader, a method of that class named after its
    /// catalog and taking a <c>Type</c>, would clash with (the others are overloads it can sit beside).
    /// </summary>
    private static readonly string[] DataClassMembers = { "Ids", "Records", "Reader", "HolderDataAttribute" };

    public static SchemaBuild Build(ImmutableArray<FileKindDeclarations> files)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var declared = files.OrderBy(f => f.Path, StringComparer.Ordinal).SelectMany(f => f.Kinds).ToList();
        var isComplete = files.All(f => f.IsComplete);
        if (declared.Count == 0)
        {
            return new SchemaBuild(isComplete ? FactSchema.BuiltIn : FactSchema.BuiltIn with { IsComplete = false }, EquatableArray<DiagnosticInfo>.Empty);
        }

        // One kind per section: the first; a later one is FG0006 and gone (its section is the first's).
        var bySection = new Dictionary<string, KindDeclaration>(StringComparer.Ordinal);
        var kinds = new List<KindDeclaration>();
        foreach (var kind in declared)
        {
            if (bySection.TryGetValue(kind.Id, out var first))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId, kind.IdLocation, "kind", kind.Id, Where(first.IdLocation)));
                continue;
            }

            bySection.Add(kind.Id, kind);
            kinds.Add(kind);
        }

        var broken = new HashSet<string>(kinds.Where(k => !k.IsValid || FactKinds.BuiltInSections.Contains(k.Id)).Select(k => k.Id), StringComparer.Ordinal);
        var builtInSections = FactKinds.All.Select(k => k.Section).ToList();
        var sections = builtInSections.Concat(kinds.Select(k => k.Id)).ToList();

        // References must name a kind (a broken one counts: it is silenced below, not unknown).
        foreach (var kind in kinds.Where(k => !broken.Contains(k.Id)))
        {
            foreach (var field in kind.Fields)
            {
                if (field.TargetSection is { } target && !sections.Contains(target))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidKind, field.TypeLocation, $"'{field.Type}' names no kind{Suggestions.DidYouMeanSentence(target, sections)} Write 'ref' and one of the kinds: {string.Join(", ", sections)}"));
                    broken.Add(kind.Id);
                }
            }
        }

        // 'in-quote: true' on a reference needs a name to look for in the quotes (spec §9).
        foreach (var kind in kinds.Where(k => !broken.Contains(k.Id)))
        {
            foreach (var field in kind.Fields)
            {
                if (field.InQuote == true && field.TargetSection is { } target && sections.Contains(target) && !HasName(target, bySection))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidKind, field.InQuoteLocation!, $"'in-quote: true' on '{field.Type}' needs a 'name' field in kind '{target}' to look for in the quotes, and it has none; remove 'in-quote' or give '{target}' a 'name' field"));
                    broken.Add(kind.Id);
                }
            }
        }

        // Generated type names: each valid kind's must be new (the built-ins' and earlier kinds' are taken).
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in FixedTypeNames) taken[name] = "a generated type";
        foreach (var e in FactKinds.Enums)
        {
            taken[e.TypeName] = "a built-in enum";
            taken[e.TypeName + "Extensions"] = "a built-in enum's helpers";
        }

        foreach (var k in FactKinds.All)
        {
            foreach (var name in new[] { k.RecordName, k.IdTypeName, k.CatalogName })
            {
                taken[name] = $"a generated type of the built-in kind '{k.Section}'";
            }
        }

        foreach (var kind in kinds.Where(k => !broken.Contains(k.Id)))
        {
            var names = TypeNames(kind).ToList();
            var clash = names.FirstOrDefault(n => taken.ContainsKey(n.Name) || names.Count(m => m.Name == n.Name) > 1 || (n.Role == "its catalog" && DataClassMembers.Contains(n.Name)));
            if (clash.Name is not null)
            {
                var owner = taken.TryGetValue(clash.Name, out var what) ? what
                    : clash.Role == "its catalog" && DataClassMembers.Contains(clash.Name) ? "a member of the generated class that reads the catalogs' data"
                    : $"another name of kind '{kind.Id}'";
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidKind, clash.Location, $"kind '{kind.Id}' would generate the type '{clash.Name}' ({clash.Role}), which is already {owner}; choose another {(clash.Role == "its catalog" ? "kind id" : "record name")}"));
                broken.Add(kind.Id);
                continue;
            }

            foreach (var n in names)
            {
                taken[n.Name] = $"a generated type of kind '{kind.Id}'";
            }
        }

        // Reverses: a property of the target record that no field or other reverse has.
        var properties = FactKinds.All.ToDictionary(
            k => k.Section,
            k => new HashSet<string>(k.FieldProperties.Concat(k.ReservedRecordMembers).Concat(FactKinds.All.SelectMany(s => s.Fields).Where(f => f.TargetSection == k.Section && f.Reverse is not null).Select(f => f.Reverse!)), StringComparer.Ordinal),
            StringComparer.Ordinal);
        foreach (var kind in kinds.Where(k => !broken.Contains(k.Id)))
        {
            properties[kind.Id] = new HashSet<string>(kind.Fields.Select(f => Naming.ToPascalCase(f.Name)).Concat(kind.Fields.Where(f => f.IsDisputable).Select(f => Naming.ToPascalCase(f.Name) + "Claims")).Concat(new[] { "Id", "Sources", kind.Record }).Concat(KindDescriptor.MembersEveryRecordHas), StringComparer.Ordinal);
        }

        foreach (var kind in kinds.Where(k => !broken.Contains(k.Id)))
        {
            foreach (var field in kind.Fields.Where(f => f.Reverse is not null && f.TargetSection is not null))
            {
                if (!properties.TryGetValue(field.TargetSection!, out var targetProperties))
                {
                    continue; // the target is broken: this kind is silenced below
                }

                if (!targetProperties.Add(field.Reverse!))
                {
                    var record = FactKinds.All.FirstOrDefault(k => k.Section == field.TargetSection)?.RecordName ?? bySection[field.TargetSection!].Record;
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidKind, field.ReverseLocation!, $"the reverse '{field.Reverse}' collides with a property that the record '{record}' already has (a field, a reverse or a member every record has); choose another name"));
                    broken.Add(kind.Id);
                }
            }
        }

        // One mistake, one diagnostic: kinds that refer to a broken kind are silenced too.
        bool changed;
        do
        {
            changed = false;
            foreach (var kind in kinds.Where(k => !broken.Contains(k.Id)))
            {
                if (kind.Fields.Any(f => f.TargetSection is { } t && broken.Contains(t)))
                {
                    broken.Add(kind.Id);
                    changed = true;
                }
            }
        }
        while (changed);

        var enums = FactKinds.Enums.ToList();
        var descriptors = FactKinds.All.ToList();
        foreach (var kind in kinds.Where(k => !broken.Contains(k.Id)))
        {
            descriptors.Add(Describe(kind, enums, bySection));
        }

        var silenced = kinds.Where(k => broken.Contains(k.Id) && !FactKinds.BuiltInSections.Contains(k.Id)).Select(k => k.Id).ToList();
        diagnostics.Sort(DiagnosticInfo.Compare);
        return new SchemaBuild(FactSchema.Create(descriptors, enums, silenced, isComplete), diagnostics.ToEquatableArray());
    }

    private static IEnumerable<(string Name, string Role, LocationInfo Location)> TypeNames(KindDeclaration kind)
    {
        yield return (kind.Record, "its record", kind.RecordLocation);
        yield return (kind.Record + "Id", "its id", kind.RecordLocation);
        yield return (Naming.ToPascalCase(kind.Id), "its catalog", kind.IdLocation);
        foreach (var field in kind.Fields.Where(f => f.Type == DeclaredFieldTypes.Enum))
        {
            yield return (EnumName(kind, field), "an enum", field.NameLocation);
            yield return (EnumName(kind, field) + "Extensions", "an enum's helpers", field.NameLocation);
        }
    }

    private static string EnumName(KindDeclaration kind, FieldDeclaration field) => kind.Record + Naming.ToPascalCase(field.Name);

    /// <summary>A valid declaration as a descriptor: <c>id</c> first, its fields in order, <c>sources</c> last.</summary>
    private static KindDescriptor Describe(KindDeclaration kind, List<EnumDescriptor> enums, Dictionary<string, KindDeclaration> bySection)
    {
        var noun = Words(kind.Record);
        var fields = new List<FieldDescriptor>
        {
            new FieldDescriptor("id", ValueType.Id, $"The {noun}'s id.").Required(),
        };
        foreach (var declared in kind.Fields)
        {
            var doc = declared.Doc ?? $"The {noun}'s {declared.Name.Replace('-', ' ')}.";
            FieldDescriptor field;
            if (declared.TargetSection is { } target)
            {
                field = new FieldDescriptor(declared.Name, ValueType.Reference, doc).To(target, declared.Reverse);
            }
            else
            {
                DeclaredFieldTypes.TryGet(declared.Type, out var type, out var builtIn);
                field = new FieldDescriptor(declared.Name, type, doc);
                if (type == ValueType.Enum)
                {
                    var values = builtIn ?? new EnumDescriptor(
                        EnumName(kind, declared),
                        $"{noun} {declared.Name.Replace('-', ' ')}",
                        declared.Doc ?? $"The values of the {noun}'s {declared.Name.Replace('-', ' ')}.",
                        declared.Values.Select(v => (v, $"The {noun}'s {declared.Name.Replace('-', ' ')} '{v}'.")).ToArray());
                    if (builtIn is null)
                    {
                        enums.Add(values);
                    }

                    field = field.Of(values, declared.Default);
                }
            }

            if (declared.IsList)
            {
                field = field.List(nonEmpty: declared.IsRequired);
            }

            // Defaults of spec §7: quantities, and references to kinds with a name, are checked.
            var inQuote = declared.InQuote ?? (field.Type == ValueType.Quantity || (declared.TargetSection is { } t && HasName(t, bySection)));
            fields.Add(field.Required(declared.IsRequired).InQuote(inQuote).Disputable(declared.IsDisputable));
        }

        fields.Add(new FieldDescriptor("sources", ValueType.Citation, "Where the sources state it.").Required().List(nonEmpty: true));
        return new KindDescriptor(
            kind.Id,
            kind.Record,
            noun,
            kind.Doc ?? $"A fact of the fact base's declared kind '{kind.Id}'.",
            kind.Summary ?? "{id}",
            fields.ToEquatableArray(),
            isDeclared: true);
    }

    /// <summary>Whether the kind of a section has a <c>name</c> field (text) that references' support can look for.</summary>
    private static bool HasName(string section, Dictionary<string, KindDeclaration> declared) =>
        FactKinds.All.FirstOrDefault(k => k.Section == section) is { } builtIn
            ? builtIn.NameField >= 0
            : declared.TryGetValue(section, out var kind) && kind.Fields.Any(f => f.Name == KindDescriptor.NameFieldName && f.Type == "string" && !f.IsList);

    /// <summary>"PressConference" → "press conference": how messages name one record of the kind.</summary>
    private static string Words(string recordName)
    {
        var sb = new System.Text.StringBuilder(recordName.Length + 4);
        for (var i = 0; i < recordName.Length; i++)
        {
            var c = recordName[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(recordName[i - 1]))
            {
                sb.Append(' ');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }

    private static string Where(LocationInfo location) =>
        string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", FilePaths.FileName(location.FilePath), location.StartLine + 1, location.StartColumn + 1);
}
