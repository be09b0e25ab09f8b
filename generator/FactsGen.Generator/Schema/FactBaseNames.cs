using System.Collections.Generic;
using System.Linq;
using FactsGen.Diagnostics;
using FactsGen.Model;
using FactsGen.Values;

namespace FactsGen.Schema;

/// <summary>
/// The C# names one fact base's generated code declares, gathered once per schema build
/// (<see cref="FactSchemaBuilder"/>): the namespace's types, the members of the class that reads
/// the catalogs' data, and each record's members. Adding a declared kind or a <c>reverse</c> says at
/// once whether it collides: one FG0016 at the node at fault, with a name that would work. The
/// names themselves are <see cref="GeneratedNames"/>'s.
/// </summary>
internal sealed class FactBaseNames
{
    private const string EveryCatalogsMember = "a member of every catalog (All, Get, TryGet), and a type may not have a member of its own name";

    private readonly NameScope _types = new();
    private readonly NameScope _dataClass = new NameScope(GeneratedNames.DataClass)
        .Reserve(GeneratedNames.DataClassMembers, "a member of the generated class that reads the catalogs' data");

    /// <summary>Each kind's record members, by section.</summary>
    private readonly Dictionary<string, NameScope> _records = new(System.StringComparer.Ordinal);

    private readonly Dictionary<string, string> _recordNames = new(System.StringComparer.Ordinal);

    private FactBaseNames()
    {
    }

    /// <summary>The names every fact base has: the support types, the built-in enums and the built-in kinds' types and members.</summary>
    public static FactBaseNames ForBuiltIns()
    {
        var names = new FactBaseNames();
        names._types.Reserve(GeneratedNames.SupportTypes, "a generated type");
        foreach (var e in FactKinds.Enums)
        {
            names._types.Reserve(new[] { e.TypeName }, "a built-in enum");
            names._types.Reserve(new[] { GeneratedNames.EnumHelpers(e.TypeName) }, "a built-in enum's helpers");
        }

        foreach (var kind in FactKinds.All)
        {
            names._types.Reserve(new[] { kind.RecordName, kind.IdTypeName, kind.CatalogName }, $"a generated type of the built-in kind '{kind.Section}'");
            names._dataClass.Reserve(new[] { kind.CatalogName }, $"the reader of the built-in kind '{kind.Section}'");
            var record = RecordMembers.Create(kind.RecordName);
            foreach (var field in kind.Fields)
            {
                RecordMembers.AddField(record, field.Name, field.IsDisputable);
            }

            names._records.Add(kind.Section, record);
            names._recordNames.Add(kind.Section, kind.RecordName);
        }

        foreach (var kind in FactKinds.All)
        {
            foreach (var field in kind.Fields.Where(f => f.Reverse is not null))
            {
                names._records[field.TargetSection!].TryTake(field.Reverse!, $"the reverse that the field '{field.Name}' of kind '{kind.Section}' adds", out _);
            }
        }

        return names;
    }

    /// <summary>
    /// Adds a declared kind's types (record, strong id, catalog, enums and their helpers) and its
    /// record's members; null when they are all new, else the first collision as an FG0016.
    /// </summary>
    public DiagnosticInfo? AddKind(KindDeclaration kind)
    {
        var types = TypeNames(kind).ToList();
        foreach (var (name, role, location, isCatalog, enumField) in types)
        {
            var owner = _types.OwnerOf(name)
                ?? (types.Count(t => t.Name == name) > 1 ? $"another name of kind '{kind.Id}'" : null)
                ?? (isCatalog && GeneratedNames.CatalogMembers.Contains(name) ? EveryCatalogsMember : null)
                ?? (isCatalog ? _dataClass.OwnerOf(name) : null)
                ?? (role == "its id" && GeneratedNames.IdMembers.Contains(name) ? "a member of every strong id" : null);
            if (owner is null)
            {
                continue;
            }

            var fix = isCatalog
                ? Example("kind id", GeneratedNames.SlugAlternatives(kind.Id, "facts").Where(id => CatalogWorks(GeneratedNames.Catalog(id))))
                : enumField is not null
                    ? Example("field name", GeneratedNames.SlugAlternatives(enumField.Name, "value").Where(f => EnumWorks(kind, f)))
                    : Example("record name", GeneratedNames.PascalAlternatives(kind.Record).Where(r => RecordWorks(kind, r)));
            return DiagnosticInfo.Create(DiagnosticDescriptors.InvalidKind, location, $"kind '{kind.Id}' would generate the type '{name}' ({role}), which is already {owner}{fix}");
        }

        foreach (var (name, _, _, isCatalog, _) in types)
        {
            _types.TryTake(name, $"a generated type of kind '{kind.Id}'", out _);
            if (isCatalog)
            {
                _dataClass.TryTake(name, $"the reader of kind '{kind.Id}'", out _);
            }
        }

        // The reader has checked the record's own members (one file shows them); valid kinds reach here.
        var record = RecordMembers.Create(kind.Record);
        RecordMembers.AddDeclaredFields(record, kind.Fields, f => f.IsDisputable, (_, _) => { });
        _records[kind.Id] = record;
        _recordNames[kind.Id] = kind.Record;
        return null;
    }

    /// <summary>
    /// Adds the property a <c>reverse</c> gives the target record; null when the target has no
    /// member of that name (or is broken, and silenced anyway), else the collision as an FG0016.
    /// </summary>
    public DiagnosticInfo? AddReverse(KindDeclaration kind, FieldDeclaration field)
    {
        if (field.Reverse is null || field.TargetSection is null || !_records.TryGetValue(field.TargetSection, out var target))
        {
            return null;
        }

        if (target.TryTake(field.Reverse, $"the reverse that the field '{field.Name}' of kind '{kind.Id}' adds", out var owner))
        {
            return null;
        }

        var fix = Example("name", GeneratedNames.PascalAlternatives(field.Reverse).Where(target.IsFree));
        return DiagnosticInfo.Create(DiagnosticDescriptors.InvalidKind, field.ReverseLocation!, $"the reverse '{field.Reverse}' collides with a property that the record '{_recordNames[field.TargetSection]}' already has ({owner}){fix}");
    }

    /// <summary>"; choose another {what}, e.g. '…'", with the first candidate that works (without it when none does).</summary>
    private static string Example(string what, IEnumerable<string> candidates) =>
        candidates.FirstOrDefault() is { } example ? $"; choose another {what}, e.g. '{example}'" : $"; choose another {what}";

    private bool CatalogWorks(string catalog) =>
        _types.IsFree(catalog) && _dataClass.IsFree(catalog) && !GeneratedNames.CatalogMembers.Contains(catalog);

    private bool RecordWorks(KindDeclaration kind, string record) =>
        _types.IsFree(record) && _types.IsFree(GeneratedNames.IdType(record))
        && record != GeneratedNames.Catalog(kind.Id) && GeneratedNames.IdType(record) != GeneratedNames.Catalog(kind.Id)
        && RecordMembers.NameWorks(record, kind.Fields);

    private bool EnumWorks(KindDeclaration kind, string field)
    {
        var e = GeneratedNames.DeclaredEnum(kind.Record, field);
        return Slug.IsValid(field) && kind.Fields.All(f => f.Name != field && GeneratedNames.Property(f.Name) != GeneratedNames.Property(field))
            && TypeNames(kind).All(t => t.Name != e && t.Name != GeneratedNames.EnumHelpers(e))
            && _types.IsFree(e) && _types.IsFree(GeneratedNames.EnumHelpers(e));
    }

    private static IEnumerable<(string Name, string Role, LocationInfo Location, bool IsCatalog, FieldDeclaration? EnumField)> TypeNames(KindDeclaration kind)
    {
        yield return (kind.Record, "its record", kind.RecordLocation, false, null);
        yield return (GeneratedNames.IdType(kind.Record), "its id", kind.RecordLocation, false, null);
        yield return (GeneratedNames.Catalog(kind.Id), "its catalog", kind.IdLocation, true, null);
        foreach (var field in kind.Fields.Where(f => f.Type == DeclaredFieldTypes.Enum))
        {
            var e = GeneratedNames.DeclaredEnum(kind.Record, field.Name);
            yield return (e, "an enum", field.NameLocation, false, field);
            yield return (GeneratedNames.EnumHelpers(e), "an enum's helpers", field.NameLocation, false, field);
        }
    }
}
