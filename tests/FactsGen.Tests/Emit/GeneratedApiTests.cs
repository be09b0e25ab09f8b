using System.Collections;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using FactsGen.Schema;
using FactsGen.Tests.Infrastructure;

namespace FactsGen.Tests.Emit;

/// <summary>
/// The generated API at run time, checked against the descriptors it is emitted from: records'
/// <c>ToString()</c> and the enums' fact-file spellings.
/// </summary>
public class GeneratedApiTests
{
    [Fact]
    public void EveryEnumMemberSpellsAndParsesAsItsDescriptorSays() => WithFacts(assembly =>
    {
        foreach (var e in FactKinds.Enums)
        {
            var type = assembly.GetType($"{GeneratorHarness.Namespace}.{e.TypeName}", throwOnError: true)!;
            var extensions = assembly.GetType($"{GeneratorHarness.Namespace}.{e.TypeName}Extensions", throwOnError: true)!;
            var toYamlName = extensions.GetMethod("ToYamlName")!;
            var tryParse = extensions.GetMethod("TryParseYamlName")!;
            Assert.Equal(e.Members.Select(m => m.MemberName), Enum.GetNames(type));

            foreach (var member in e.Members)
            {
                var value = Enum.Parse(type, member.MemberName);
                Assert.Equal(member.Yaml, toYamlName.Invoke(null, [value]));

                object?[] args = [member.Yaml, null];
                Assert.True((bool)tryParse.Invoke(null, args)!);
                Assert.Equal(value, args[1]);
            }

            // Spellings are exact, as in fact files: the C# names are not spellings.
            foreach (var notASpelling in e.Members.Select(m => m.MemberName).Where(n => e.Find(n) is null).Append("").Append(null))
            {
                object?[] args = [notASpelling, null];
                Assert.False((bool)tryParse.Invoke(null, args)!);
                Assert.Equal(Enum.ToObject(type, 0), args[1]);
            }

            var undefined = Enum.ToObject(type, e.Members.Count);
            Assert.IsType<ArgumentOutOfRangeException>(Assert.Throws<TargetInvocationException>(() => toYamlName.Invoke(null, [undefined])).InnerException);
        }
    });

    [Fact]
    public void RecordsPrintListsItemByItemWhateverTheCulture() => WithFacts(assembly =>
    {
        var deployments = assembly.GetType($"{GeneratorHarness.Namespace}.Deployments", throwOnError: true)!;
        var previous = CultureInfo.CurrentCulture;
        var dotted = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        dotted.NumberFormat.NumberGroupSeparator = "."; // as de-DE, but there under invariant globalization too
        CultureInfo.CurrentCulture = dotted;
        try
        {
            Assert.Equal(
                "Deployment { Id = about, Actor = wagner, Location = Africa, Countries = [ML, CF], Strength = about 5,000, Personnel = troops, Purpose = influence, "
                    + "Since = 2021, AsOf = August 2023, Certainty = Estimated, AttributedTo = [russia], Sources = [[sahel-report:2]], Inferences = [] }",
                deployments.GetProperty("About")!.GetValue(null)!.ToString());
            Assert.Contains("Countries = [], ", deployments.GetProperty("Exact")!.GetValue(null)!.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        // No record of any kind prints a list as its type name.
        foreach (var kind in FactKinds.All)
        {
            var catalog = assembly.GetType($"{GeneratorHarness.Namespace}.{kind.CatalogName}", throwOnError: true)!;
            foreach (var record in ((IEnumerable)catalog.GetProperty("All")!.GetValue(null)!).Cast<object>())
            {
                var text = record.ToString()!;
                Assert.StartsWith(kind.RecordName + " { Id = ", text, StringComparison.Ordinal);
                Assert.DoesNotContain("ImmutableArray", text, StringComparison.Ordinal);
            }
        }
    });

    /// <summary>Compiles <see cref="FocusedInputs.EveryValueType"/> and runs <paramref name="test"/> on the loaded output.</summary>
    private static void WithFacts(Action<Assembly> test)
    {
        var run = GeneratorHarness.Run(
            ("/project/facts/articles/a.txt", FocusedInputs.ArticleText),
            ("/project/facts/all.yaml", FocusedInputs.EveryValueType));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);

        var context = new AssemblyLoadContext("generated-api", isCollectible: true);
        try
        {
            using var stream = new MemoryStream();
            Assert.True(run.Output.Emit(stream).Success);
            stream.Position = 0;
            test(context.LoadFromStream(stream));
        }
        finally
        {
            context.Unload();
        }
    }
}
