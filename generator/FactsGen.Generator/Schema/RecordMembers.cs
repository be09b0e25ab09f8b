using System;
using System.Collections.Generic;
using System.Linq;
using FactsGen.Values;

namespace FactsGen.Schema;

/// <summary>
/// The members of a kind's record, as a <see cref="NameScope"/>: its own name, the members every
/// record has (<see cref="GeneratedNames.MembersEveryRecordHas"/>), a property per field and one
/// per disputable field's claims (docs/fact-files.md §14); <see cref="FactBaseNames"/> adds the reverses. The
/// kinds reader checks a declaration's fields with it, the schema builder its reverses.
/// </summary>
internal static class RecordMembers
{
    /// <summary>The fields every declared kind has besides its declared ones (docs/fact-files.md §6).</summary>
    public static readonly IReadOnlyList<string> FieldsEveryDeclaredKindHas = new[] { "id", "sources" };

    private const string EveryRecordsMember = "a member every record has";

    public static NameScope Create(string record) =>
        new NameScope(record, "the record's own name (a member may not be named as its type)").Reserve(GeneratedNames.MembersEveryRecordHas, EveryRecordsMember);

    /// <summary>A built-in field (and its claims when disputable) of a record whose fields are known good.</summary>
    public static void AddField(NameScope record, string field, bool disputable)
    {
        record.TryTake(GeneratedNames.Property(field), $"the property of the field '{field}'", out _);
        if (disputable)
        {
            record.TryTake(GeneratedNames.ClaimsProperty(field), $"the claims property of the disputable field '{field}'", out _);
        }
    }

    /// <summary>
    /// A declaration's fields: first every disputable field's claims property (a fixed name: the
    /// plain field that collides with it is the one to rename), then each field's property. Each
    /// collision is reported (field at fault, message) with a field name that would work.
    /// </summary>
    /// <param name="isDisputable">Whether a field is disputable (docs/fact-files.md §14): its claims property is one more member.</param>
    public static void AddDeclaredFields(NameScope record, IReadOnlyList<FieldDeclaration> fields, Func<FieldDeclaration, bool> isDisputable, Action<FieldDeclaration, string> report)
    {
        foreach (var name in FieldsEveryDeclaredKindHas)
        {
            record.TryTake(GeneratedNames.Property(name), $"the property of the field '{name}' that every declared kind has", out _);
        }

        foreach (var field in fields.Where(isDisputable))
        {
            var claims = GeneratedNames.ClaimsProperty(field.Name);
            if (!record.TryTake(claims, $"the claims property of the disputable field '{field.Name}' (line {field.NameLocation.DisplayLine})", out var owner))
            {
                report(field, $"the disputable field '{field.Name}' would have the claims property '{claims}', which is already {owner}; rename the field{Example(record, fields, field)}");
            }
        }

        foreach (var field in fields)
        {
            if (FieldsEveryDeclaredKindHas.Contains(field.Name))
            {
                continue; // a field named 'id' or 'sources' is an FG0016 of its own
            }

            var property = GeneratedNames.Property(field.Name);
            if (!record.TryTake(property, $"the property of the field '{field.Name}' (line {field.NameLocation.DisplayLine})", out var owner))
            {
                report(field, $"the field '{field.Name}' would be the property '{property}', which is already {owner}; rename the field{Example(record, fields, field)}");
            }
        }
    }

    /// <summary>What already has the record's name among the members every record has, or null when none does.</summary>
    public static string? ReservedOwnerOf(string record) =>
        GeneratedNames.MembersEveryRecordHas.Contains(record) ? EveryRecordsMember
        : FieldsEveryDeclaredKindHas.Select(GeneratedNames.Property).Contains(record) ? "the property of a field every declared kind has (id, sources)"
        : null;

    /// <summary>Whether a record of this name could have these fields: no member would take its name.</summary>
    public static bool NameWorks(string record, IEnumerable<FieldDeclaration> fields) =>
        ReservedOwnerOf(record) is null && fields.All(f => GeneratedNames.Property(f.Name) != record && GeneratedNames.ClaimsProperty(f.Name) != record);

    private static string Example(NameScope record, IReadOnlyList<FieldDeclaration> fields, FieldDeclaration field) =>
        GeneratedNames.SlugAlternatives(field.Name, "value")
            .FirstOrDefault(name => Slug.IsValid(name) && record.IsFree(GeneratedNames.Property(name)) && record.IsFree(GeneratedNames.ClaimsProperty(name)) && fields.All(f => f.Name != name)) is { } example
            ? $", e.g. '{example}'"
            : string.Empty;
}
