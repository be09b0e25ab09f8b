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
/// cross-file rules of docs/fact-files.md §6 (a duplicate kind is FG0006; a <c>ref</c> to no kind, a name that
/// collides with a generated name, <see cref="FactBaseNames"/>, are FG0016), then
/// one mistake, one diagnostic: a broken kind is not emitted and its section is silenced, and so are
/// the kinds that refer to it, without diagnostics of their own.
/// </summary>
internal static class FactSchemaBuilder
{
    public static SchemaBuild Build(ImmutableArray<FileKindDeclarations> files)
    {
        var declared = files.OrderBy(f => f.Path, StringComparer.Ordinal).SelectMany(f => f.Kinds).ToList();
        var isComplete = files.All(f => f.IsComplete);
        if (declared.Count == 0)
        {
            return new SchemaBuild(isComplete ? FactSchema.BuiltIn : FactSchema.BuiltIn with { IsComplete = false }, EquatableArray<DiagnosticInfo>.Empty);
        }

        var diagnostics = new List<DiagnosticInfo>();
        var kinds = FirstKindPerSection(declared, diagnostics);
        CheckReferenceTargets(kinds, diagnostics);
        CheckInQuoteReferences(kinds, diagnostics);
        CheckGeneratedNames(kinds, diagnostics);
        SilenceKindsThatReferToBrokenOnes(kinds);

        var enums = FactKinds.Enums.ToList();
        var descriptors = FactKinds.All.ToList();
        descriptors.AddRange(kinds.Healthy.Select(kind => Describe(kind, enums, kinds.BySection)));
        var silenced = kinds.All.Where(k => kinds.Broken.Contains(k.Id) && !FactKinds.BuiltInSections.Contains(k.Id)).Select(k => k.Id).ToList();
        diagnostics.Sort(DiagnosticInfo.Compare);
        return new SchemaBuild(FactSchema.Create(descriptors, enums, silenced, isComplete), diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// The declared kinds the schema is built from, and which of them are broken: invalid on their
    /// own, declaring a built-in section, or failing a rule below. A broken kind is not emitted.
    /// </summary>
    private sealed class DeclaredKinds
    {
        public DeclaredKinds(List<KindDeclaration> all, Dictionary<string, KindDeclaration> bySection)
        {
            All = all;
            BySection = bySection;
            Sections = FactKinds.All.Select(k => k.Section).Concat(all.Select(k => k.Id)).ToList();
            Broken = new HashSet<string>(all.Where(k => !k.IsValid || FactKinds.BuiltInSections.Contains(k.Id)).Select(k => k.Id), StringComparer.Ordinal);
        }

        public List<KindDeclaration> All { get; }

        public Dictionary<string, KindDeclaration> BySection { get; }

        /// <summary>Every section a <c>ref</c> may name: the built-in ones, then the declared ones.</summary>
        public List<string> Sections { get; }

        public HashSet<string> Broken { get; }

        /// <summary>The kinds not broken so far, in declaration order; lazy, so a kind broken during a walk is skipped by the rest of it.</summary>
        public IEnumerable<KindDeclaration> Healthy => All.Where(k => !Broken.Contains(k.Id));
    }

    /// <summary>One kind per section: the first; a later one is FG0006 and gone (its section is the first's).</summary>
    private static DeclaredKinds FirstKindPerSection(List<KindDeclaration> declared, List<DiagnosticInfo> diagnostics)
    {
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

        return new DeclaredKinds(kinds, bySection);
    }

    /// <summary>References must name a kind (a broken one counts: it is silenced later, not unknown).</summary>
    private static void CheckReferenceTargets(DeclaredKinds kinds, List<DiagnosticInfo> diagnostics)
    {
        foreach (var kind in kinds.Healthy)
        {
            foreach (var field in kind.Fields)
            {
                if (field.TargetSection is { } target && !kinds.Sections.Contains(target))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidKind, field.TypeLocation, $"'{field.Type}' names no kind{Suggestions.DidYouMeanSentence(target, kinds.Sections)} Write 'ref' and one of the kinds: {string.Join(", ", kinds.Sections)}"));
                    kinds.Broken.Add(kind.Id);
                }
            }
        }
    }

    /// <summary>'in-quote: true' on a reference needs a name to look for in the quotes (docs/fact-files.md §12).</summary>
    private static void CheckInQuoteReferences(DeclaredKinds kinds, List<DiagnosticInfo> diagnostics)
    {
        foreach (var kind in kinds.Healthy)
        {
            foreach (var field in kind.Fields)
            {
                if (field.InQuote == true && field.TargetSection is { } target && kinds.Sections.Contains(target) && !HasName(target, kinds.BySection))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidKind, field.InQuoteLocation!, $"'in-quote: true' on '{field.Type}' needs a 'name' field in kind '{target}' to look for in the quotes, and it has none; remove 'in-quote' or give '{target}' a 'name' field"));
                    kinds.Broken.Add(kind.Id);
                }
            }
        }
    }

    /// <summary>Every C# name the kinds generate must be new (types, catalog readers, record members), then every reverse: one place checks them all.</summary>
    private static void CheckGeneratedNames(DeclaredKinds kinds, List<DiagnosticInfo> diagnostics)
    {
        var names = FactBaseNames.ForBuiltIns();
        foreach (var kind in kinds.Healthy)
        {
            if (names.AddKind(kind) is { } clash)
            {
                diagnostics.Add(clash);
                kinds.Broken.Add(kind.Id);
            }
        }

        foreach (var kind in kinds.Healthy)
        {
            foreach (var field in kind.Fields)
            {
                if (names.AddReverse(kind, field) is { } clash)
                {
                    diagnostics.Add(clash);
                    kinds.Broken.Add(kind.Id);
                }
            }
        }
    }

    /// <summary>One mistake, one diagnostic: kinds that refer to a broken kind are silenced too, without a diagnostic of their own.</summary>
    private static void SilenceKindsThatReferToBrokenOnes(DeclaredKinds kinds)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var kind in kinds.Healthy)
            {
                if (kind.Fields.Any(f => f.TargetSection is { } t && kinds.Broken.Contains(t)))
                {
                    kinds.Broken.Add(kind.Id);
                    changed = true;
                }
            }
        }
        while (changed);
    }

    private static string EnumName(KindDeclaration kind, FieldDeclaration field) => GeneratedNames.DeclaredEnum(kind.Record, field.Name);

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

            // Defaults of docs/fact-files.md §6: quantities, and references to kinds with a name, are checked.
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
            : declared.TryGetValue(section, out var kind) && kind.Fields.Any(f => f.Name == KindDescriptor.NameFieldName && f.FormatType == ValueType.String && !f.IsList);

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
