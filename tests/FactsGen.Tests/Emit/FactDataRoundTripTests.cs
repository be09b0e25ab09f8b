using System.Collections;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using FactsGen.Model;
using FactsGen.Parsing;
using FactsGen.Schema;
using FactsGen.Synthetic;
using FactsGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.Tests.Emit;

/// <summary>
/// The generated catalogs keep their records as compact data read back at run time; these tests
/// load the compiled output and check every field of every record against what the parser read
/// from the YAML (an oracle independent of the encoding), and that properties, <c>All</c> and
/// <c>Get</c> give the very same objects.
/// </summary>
public class FactDataRoundTripTests
{
    /// <summary>
    /// Characters UTF-8 attribute storage cannot keep as they are (lone surrogates: YAML escapes
    /// refuse them, but raw ones pass when a tool hands the text over as a string), the escape's
    /// own character, and the characters of the data grammar.
    /// </summary>
    private const string Awkward =
        "articles:\n" +
        "  - id: a\n" +
        "    file: articles/a.txt\n" +
        "actors:\n" +
        "  - id: odd\n" +
        "    name: \"lone \uD800 high, lone \uDC00 low, pair \\U0001F600, back\\\\slash \\\\u0041, nul \\0, colon: 3:x!y~z;\"\n" +
        "    kind: person\n" +
        "    aliases: [\"~\", \"1;\", \"2:ab\"]\n" +
        "    inferred: { name: \"lone \uD800 reason, 3:x!y~z;\" }\n" +
        "    sources: [{ article: a, line: 2, quote: Wagner }]\n";

    [Fact]
    public void EveryValueTypeRoundTrips() =>
        AssertRoundTrip([("/project/facts/articles/a.txt", FocusedInputs.ArticleText), ("/project/facts/all.yaml", FocusedInputs.EveryValueType)]);

    [Fact]
    public void HostileStringsRoundTrip() =>
        AssertRoundTrip([("/project/facts/articles/a.txt", FocusedInputs.ArticleText), ("/project/facts/hostile.yaml", FocusedInputs.Hostile)]);

    [Fact]
    public void LoneSurrogatesAndGrammarCharactersRoundTrip() =>
        AssertRoundTrip([("/project/facts/articles/a.txt", FocusedInputs.ArticleText), ("/project/facts/awkward.yaml", Awkward)]);

    [Fact]
    public void RealFactBaseRoundTrips() =>
        AssertRoundTrip(GeneratorHarness.RealFacts().Select(f => (f.Path, f.GetText()!.ToString())).ToArray());

    [Fact]
    public void SyntheticBaseOfSeveralHolderClassesRoundTrips()
    {
        // 1,500 facts in 3 files: 200 actors per file, so each file's actors span two holder classes.
        var facts = SyntheticFactBase.Create(facts: 1_500, files: 3);
        AssertRoundTrip(facts.AllFiles.Select(f => ("/project/" + f.Path, f.Text)).ToArray());
    }

    /// <summary>
    /// Lookup reads only the ids and builds just the holder class it needs, so a first <c>Get</c>
    /// (before <c>All</c>) must find every record in every holder class of every file, as the same
    /// object <c>All</c> later gives, and nothing for unknown ids.
    /// </summary>
    [Fact]
    public void FirstLookupByIdFindsEveryRecordAcrossHolderClasses()
    {
        var facts = SyntheticFactBase.Create(facts: 1_500, files: 3);
        var files = facts.AllFiles.Select(f => ("/project/" + f.Path, f.Text)).ToArray();
        var run = GeneratorHarness.Run(files);
        Assert.Empty(run.Diagnostics);
        var ids = files
            .Where(f => f.Item1.EndsWith(".yaml", StringComparison.Ordinal))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .SelectMany(f => FactFileParser.Parse(f.Item1, f.Item2, System.Threading.CancellationToken.None).Records)
            .Where(r => r.Kind == FactKinds.Actors.Index)
            .Select(r => r.Id)
            .ToList();
        Assert.True(ids.Count > 3 * 128, "the base should span several holder classes");

        var context = new AssemblyLoadContext("lookup", isCollectible: true);
        try
        {
            using var stream = new MemoryStream();
            Assert.True(run.Output.Emit(stream).Success);
            stream.Position = 0;
            var catalog = context.LoadFromStream(stream).GetType($"{GeneratorHarness.Namespace}.Actors", throwOnError: true)!;
            var get = catalog.GetMethod("Get", [typeof(string)])!;
            var found = ids.AsEnumerable().Reverse().Select(id => get.Invoke(null, [id])!).ToList();
            found.Reverse();
            Assert.Equal(ids, found.Select(r => (string)Read(Read(r, "Id")!, "Value")!));

            var all = ((IEnumerable)catalog.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
            Assert.Equal(all.Count, found.Count);
            Assert.All(all.Zip(found), pair => Assert.Same(pair.First, pair.Second));

            var tryGetString = catalog.GetMethods().Single(m => m.Name == "TryGet" && m.GetParameters()[0].ParameterType == typeof(string));
            foreach (var unknown in new[] { "no-such-actor", string.Empty, ids[0].ToUpperInvariant(), null })
            {
                object?[] arguments = [unknown, null];
                Assert.False((bool)tryGetString.Invoke(null, arguments)!, $"TryGet(\"{unknown}\")");
                Assert.Null(arguments[1]);
            }
        }
        finally
        {
            context.Unload();
        }
    }

    private static void AssertRoundTrip((string Path, string Text)[] files)
    {
        var run = GeneratorHarness.Run(files);
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);

        var context = new AssemblyLoadContext("round-trip", isCollectible: true);
        try
        {
            using var stream = new MemoryStream();
            Assert.True(run.Output.Emit(stream).Success);
            stream.Position = 0;
            var assembly = context.LoadFromStream(stream);
            var parsed = files
                .Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal))
                .OrderBy(f => f.Path, StringComparer.Ordinal)
                .SelectMany(f => FactFileParser.Parse(f.Path, f.Text, System.Threading.CancellationToken.None).Records)
                .ToList();
            var checkedRecords = 0;
            foreach (var kind in FactKinds.All)
            {
                var catalog = assembly.GetType($"{GeneratorHarness.Namespace}.{kind.CatalogName}", throwOnError: true)!;
                var all = ((IEnumerable)catalog.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
                var expected = parsed.Where(r => r.Kind == kind.Index).ToList();
                Assert.Equal(expected.Count, all.Count);
                var get = catalog.GetMethod("Get", [typeof(string)])!;
                for (var i = 0; i < expected.Count; i++)
                {
                    var record = expected[i];
                    var actual = all[i];
                    Assert.Same(actual, catalog.GetProperty(Naming.ToPascalCase(record.Id), BindingFlags.Public | BindingFlags.Static)!.GetValue(null));
                    Assert.Same(actual, get.Invoke(null, [record.Id]));
                    for (var f = 0; f < kind.Fields.Count; f++)
                    {
                        var field = kind.Fields[f];
                        var value = actual.GetType().GetProperty(field.PropertyName)!.GetValue(actual);
                        AssertField(kind, field, record.Fields[f], value, $"{kind.Noun} '{record.Id}' field '{field.Name}'");
                    }

                    // The inferences follow the fields, field and reason each, in file order.
                    var inferences = ((IEnumerable)actual.GetType().GetProperty("Inferences")!.GetValue(actual)!).Cast<object>().ToList();
                    Assert.Equal(record.Inferences.Select(x => (x.Field, x.Reason)), inferences.Select(x => ((string)Read(x, "Field")!, (string)Read(x, "Reason")!)));

                    checkedRecords++;
                }
            }

            Assert.Equal(parsed.Count, checkedRecords);
        }
        finally
        {
            context.Unload();
        }
    }

    private static void AssertField(KindDescriptor kind, FieldDescriptor field, FieldValue? expected, object? actual, string what)
    {
        if (field.Type == ValueType.Citation)
        {
            var citations = ((IEnumerable)actual!).Cast<object>().ToList();
            var wanted = expected?.Citations.ToList() ?? [];
            Assert.Equal(wanted.Count, citations.Count);
            for (var i = 0; i < wanted.Count; i++)
            {
                Assert.Equal(wanted[i].Article, Read(Read(citations[i], "Article")!, "Value"));
                Assert.Equal(wanted[i].Line, Read(citations[i], "Line"));
                Assert.Equal(wanted[i].Quote, Read(citations[i], "Quote"));
            }

            return;
        }

        if (field.IsList)
        {
            var items = ((IEnumerable)actual!).Cast<object>().ToList();
            var wanted = expected?.Items.Select(i => i.Text).ToList() ?? [];
            Assert.Equal(wanted.Count, items.Count);
            for (var i = 0; i < wanted.Count; i++)
            {
                AssertItem(field, wanted[i], items[i], what);
            }

            return;
        }

        var text = expected?.Text ?? field.Default;
        if (text is null)
        {
            Assert.True(actual is null, $"{what}: expected null, got '{actual}'");
            return;
        }

        AssertItem(field, text, actual, what);
    }

    private static void AssertItem(FieldDescriptor field, string text, object? actual, string what)
    {
        Assert.NotNull(actual);
        var shown = field.Type switch
        {
            ValueType.Id or ValueType.Reference => Read(actual, "Value"),
            ValueType.Url => ((Uri)actual).OriginalString,
            ValueType.Date => actual.GetType().GetMethod("ToIsoString")!.Invoke(actual, null),
            ValueType.Quantity => actual.GetType().GetMethod("ToSyntax")!.Invoke(actual, null),
            ValueType.Enum => actual.ToString(),
            _ => actual,
        };
        var wanted = field.Type == ValueType.Enum ? field.Enum!.Find(text)!.MemberName : text;
        Assert.True(Equals(wanted, shown), $"{what}: expected '{Escape(wanted)}', got '{Escape(shown as string ?? shown?.ToString())}'");
    }

    private static object? Read(object target, string property) => target.GetType().GetProperty(property)!.GetValue(target);

    private static string Escape(string? text) =>
        text is null ? "(null)" : string.Concat(text.Select(c => c < 32 || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
