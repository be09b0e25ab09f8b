using System.Text.RegularExpressions;
using FactsGen.Emit;
using FactsGen.Model;
using FactsGen.Schema;

namespace FactsGen.Tests.Schema;

/// <summary>
/// The one list of generated C# names (<see cref="GeneratedNames"/>) holds what the emitters really
/// declare, and a record's members (<see cref="RecordMembers"/>) include the claims properties of
/// disputable fields (docs/fact-files.md §14), which the claims work switches on per field.
/// </summary>
public class GeneratedNamesTests
{
    /// <summary>A type declared in the namespace (one indent): nested types (two indents) are their type's business.</summary>
    private static readonly Regex NamespaceType = new(
        @"^    (?:public|internal)(?: (?:sealed|static|readonly|partial|abstract))* (?:class|struct|record|enum|interface) (?<name>\w+)",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    [Fact]
    public void EveryTypeOfTheFixedSourcesIsReserved()
    {
        var declared = TypesEmitter.Emit(new GeneratorOptions("Demo.Facts", null))
            .SelectMany(f => NamespaceType.Matches(f.Text.ToString()).Select(m => m.Groups["name"].Value))
            .ToList();
        var reserved = GeneratedNames.SupportTypes
            .Concat(FactKinds.Enums.SelectMany(e => new[] { e.TypeName, GeneratedNames.EnumHelpers(e.TypeName) }))
            .ToList();

        Assert.Contains("PartialDate", declared);
        Assert.Contains(GeneratedNames.DataClass, declared);
        Assert.All(declared, name => Assert.Contains(name, reserved));
    }

    [Fact]
    public void AFieldNamedAsTheClaimsOfADisputableFieldCollides()
    {
        var strength = Field("strength", line: 5);
        var strengthClaims = Field("strength-claims", line: 8);
        var reports = new List<(FieldDeclaration Field, string Message)>();

        RecordMembers.AddDeclaredFields(RecordMembers.Create("Event"), new[] { strengthClaims, strength }, f => f.Name == "strength", (f, m) => reports.Add((f, m)));

        // The plain field is the one to rename, wherever it stands: the claims property's name is fixed.
        var report = Assert.Single(reports);
        Assert.Same(strengthClaims, report.Field);
        Assert.Equal("the field 'strength-claims' would be the property 'StrengthClaims', which is already the claims property of the disputable field 'strength' (line 5); rename the field, e.g. 'strength-claims-value'", report.Message);
    }

    [Fact]
    public void ClaimsOfADisputableFieldCollideWithTheRecordsName()
    {
        var reports = new List<(FieldDeclaration Field, string Message)>();

        RecordMembers.AddDeclaredFields(RecordMembers.Create("DateClaims"), new[] { Field("date", line: 3) }, _ => true, (f, m) => reports.Add((f, m)));

        var report = Assert.Single(reports);
        Assert.Equal("the disputable field 'date' would have the claims property 'DateClaims', which is already the record's own name (a member may not be named as its type); rename the field, e.g. 'date-value'", report.Message);
    }

    [Fact]
    public void FieldsThatAreNotDisputableHaveNoClaimsProperty()
    {
        var reports = new List<(FieldDeclaration Field, string Message)>();

        RecordMembers.AddDeclaredFields(RecordMembers.Create("Event"), new[] { Field("strength-claims", line: 8), Field("strength", line: 5) }, _ => false, (f, m) => reports.Add((f, m)));

        Assert.Empty(reports);
    }

    private static FieldDeclaration Field(string name, int line)
    {
        var location = new LocationInfo("/project/facts/kinds.yaml", 0, name.Length, line - 1, 8, line - 1, 8 + name.Length);
        return new FieldDeclaration(name, location, "string", location, EquatableArray<string>.Empty, false, false, null, null, null, null);
    }
}
