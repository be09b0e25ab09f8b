using System.Collections;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using FactsGen.Schema;
using Microsoft.CodeAnalysis;

namespace FactsGen.FuzzTests.Fuzzing;

/// <summary>
/// Reads a compiled fact base at run time, by reflection: every catalog's records and each field's
/// values in the canonical text of the fact files (ids by value, dates ISO, quantities in YAML
/// syntax, enums in their YAML spelling, citations as <c>article|line|quote</c>).
/// </summary>
public sealed class RuntimeValues
{
    private RuntimeValues(IReadOnlyList<ExpectedFact> facts) => Facts = facts;

    public IReadOnlyList<ExpectedFact> Facts { get; }

    public ExpectedFact Get(string section, string id) =>
        Facts.SingleOrDefault(f => f.Section == section && f.Id == id) ?? throw new Xunit.Sdk.XunitException($"no {section} record '{id}' at run time");

    /// <summary>Emits and loads <paramref name="compilation"/> in a collectible context, reads every record, and unloads it.</summary>
    internal static RuntimeValues Read(Compilation compilation, string ns, FactSchema? schema = null)
    {
        using var stream = new MemoryStream();
        using var documentation = new MemoryStream(); // so XML doc comments are compiled (and their warnings, errors here) too
        var emit = compilation.Emit(stream, xmlDocumentationStream: documentation);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Take(20)));
        stream.Position = 0;
        var context = new AssemblyLoadContext("facts-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(stream);
            var facts = new List<ExpectedFact>();
            foreach (var kind in (schema ?? FactSchema.BuiltIn).Kinds)
            {
                var catalog = assembly.GetType(ns + "." + kind.CatalogName, throwOnError: true)!;
                var all = (IEnumerable)catalog.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
                foreach (var record in all)
                {
                    var fields = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
                    foreach (var field in kind.Fields)
                    {
                        var value = record.GetType().GetProperty(field.PropertyName)!.GetValue(record);
                        var texts = Canonical(value).ToList();
                        if (texts.Count > 0) fields[field.Name] = texts;

                        // Claims the fact file wrote (two or more; a value written as one has one claim).
                        if (field.IsDisputable && record.GetType().GetProperty(field.ClaimsPropertyName)!.GetValue(record) is IEnumerable claims && claims.Cast<object>().ToList() is { Count: > 1 } written)
                        {
                            fields[field.Name + FactBaseGenerator.ClaimsKey] = written.Select(Claim).ToList();
                        }
                    }

                    if (record.GetType().GetProperty("Inferences")?.GetValue(record) is IEnumerable inferences && inferences.Cast<object>().ToList() is { Count: > 0 } inferred)
                    {
                        fields[FactBaseGenerator.InferredKey] = inferred.Select(i => $"{Property(i, "Field")}|{Property(i, "Reason")}").ToList();
                    }

                    facts.Add(new ExpectedFact(kind.Section, fields["id"][0], fields));
                }
            }

            return new RuntimeValues(facts);
        }
        finally
        {
            context.Unload();
        }
    }

    private static object? Property(object value, string name) => value.GetType().GetProperty(name)!.GetValue(value);

    /// <summary>A claim as <c>rank|value|note|citations|inferred</c>, as <see cref="FactBaseGenerator"/> expects it.</summary>
    private static string Claim(object claim)
    {
        var inferences = ((IEnumerable)Property(claim, "Inferences")!).Cast<object>().Select(i => $"{Property(i, "Field")}:{Property(i, "Reason")}");
        return $"{Canonical(Property(claim, "Rank")).Single()}|{string.Join(",", Canonical(Property(claim, "Value")))}|{Property(claim, "Note")}|{string.Join(";", Canonical(Property(claim, "Sources")))}|{string.Join(";", inferences)}";
    }

    /// <summary>A run-time value as the fact files write it; lists give one text per item, null none.</summary>
    public static IEnumerable<string> Canonical(object? value)
    {
        switch (value)
        {
            case null:
                yield break;
            case string s:
                yield return s;
                yield break;
            case Uri uri:
                yield return uri.OriginalString;
                yield break;
            case Enum e:
                yield return Kebab(e.ToString());
                yield break;
            case IEnumerable items:
                foreach (var item in items)
                {
                    foreach (var text in Canonical(item))
                    {
                        yield return text;
                    }
                }

                yield break;
        }

        var type = value.GetType();
        switch (type.Name)
        {
            case "PartialDate":
                yield return (string)type.GetMethod("ToIsoString")!.Invoke(value, null)!;
                break;
            case "Quantity":
                yield return (string)type.GetMethod("ToSyntax")!.Invoke(value, null)!;
                break;
            case "Citation":
                var article = Canonical(type.GetProperty("Article")!.GetValue(value)).Single();
                var line = ((int)type.GetProperty("Line")!.GetValue(value)!).ToString(CultureInfo.InvariantCulture);
                yield return $"{article}|{line}|{(string)type.GetProperty("Quote")!.GetValue(value)!}";
                break;
            default:
                if (type.Name.EndsWith("Id", StringComparison.Ordinal) && type.GetProperty("Value") is { } id)
                {
                    yield return (string)id.GetValue(value)!;
                    break;
                }

                throw new InvalidOperationException("no canonical text for " + type);
        }
    }

    private static string Kebab(string pascal)
    {
        var sb = new StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && sb.Length > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
