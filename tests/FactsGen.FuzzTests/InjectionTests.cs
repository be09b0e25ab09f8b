using FactsGen.Escaping;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Xml.Linq;
using FactsGen.Emit;
using FactsGen.FuzzTests.Fuzzing;
using FactsGen.Schema;
using FactsGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Emit;
using Xunit.Abstractions;

namespace FactsGen.FuzzTests;

/// <summary>
/// Injection-proof emission (issue 3 §2): the adversarial corpus (<see cref="AdversarialStrings"/>)
/// pushed through every string field of every kind, every quote and every article file name. The
/// generated code compiles with no error or warning (XML doc diagnostics on, warnings as errors),
/// holds no raw control, line-separator, bidirectional or lone-surrogate character, its XML doc is
/// well-formed, and every value, read back at run time, is the YAML's string code point for code point.
/// </summary>
public class InjectionTests(ITestOutputHelper output)
{
    private const string ArticleDir = "facts/articles/";

    /// <summary>String fields of each kind (every field of type string or path).</summary>
    private static IReadOnlyList<(KindDescriptor Kind, FieldDescriptor Field)> StringFields { get; } =
        FactKinds.All.SelectMany(k => k.Fields.Where(f => f.Type is Schema.ValueType.String).Select(f => (k, f))).ToList();

    [Fact]
    public void EveryStringFieldAndQuoteRoundTripsCodePointExact()
    {
        var strings = AdversarialStrings.All;
        var (factBase, fileNames) = Build(strings);
        var texts = factBase.ToAdditionalTexts();
        var run = GeneratorOracle.Run(texts, compile: false);
        Assert.True(run.Diagnostics.Count == 0, run.DiagnosticsText);

        // Compiles cleanly with XML doc diagnostics on (the harness's parse options), warnings as errors.
        var compilation = GeneratorHarness.CreateCompilation().AddSyntaxTrees(run.Result.GeneratedTrees);
        var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));

        // Nothing unsafe is written raw into generated source.
        foreach (var tree in run.Result.GeneratedTrees)
        {
            AssertOnlySafeCharacters(tree.GetText().ToString(), Path.GetFileName(tree.FilePath));
        }

        // The XML documentation is well-formed and shows each fact.
        using var peStream = new MemoryStream();
        using var xmlStream = new MemoryStream();
        var emit = compilation.Emit(peStream, xmlDocumentationStream: xmlStream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Take(20)));
        var xml = XDocument.Parse(Encoding.UTF8.GetString(xmlStream.ToArray()));
        var members = xml.Descendants("member").Select(m => (string)m.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < strings.Count; i++)
        {
            Assert.Contains($"P:{GeneratorHarness.Namespace}.Actors.Actor{i}", members);
        }

        // Every value, at run time, exactly as in the YAML.
        peStream.Position = 0;
        var context = new AssemblyLoadContext("injection", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(peStream);
            var checkedValues = 0;
            for (var i = 0; i < strings.Count; i++)
            {
                var s = strings[i];
                foreach (var (kind, field) in StringFields)
                {
                    var record = Catalog(assembly, kind, $"{kind.Noun}-{i}");
                    var values = RuntimeValues.Canonical(record.GetType().GetProperty(field.PropertyName)!.GetValue(record)).ToList();
                    var expected = field.IsList ? new[] { s, s + "2" } : new[] { s };
                    AssertExact(expected, values, $"{kind.Section} {field.Name} #{i}");
                    checkedValues += values.Count;
                }

                // Quotes: at run time (Sources) and in the [Provenance] attributes.
                foreach (var kind in FactKinds.All.Where(k => k.SourcesField is not null))
                {
                    var name = $"{kind.Noun}-{i}";
                    var record = Catalog(assembly, kind, name);
                    var sources = RuntimeValues.Canonical(record.GetType().GetProperty("Sources")!.GetValue(record)).ToList();
                    AssertExact([$"article-{i}|{i + 2}|{s}"], sources, $"{kind.Section} quote #{i}");
                    var property = assembly.GetType($"{GeneratorHarness.Namespace}.{kind.CatalogName}")!.GetProperty(Naming.ToPascalCase(name))!;
                    var provenance = property.GetCustomAttributes().Single(a => a.GetType().Name == "ProvenanceAttribute");
                    AssertExact([s], [(string)provenance.GetType().GetProperty("Quote")!.GetValue(provenance)!], $"{kind.Section} [Provenance] #{i}");
                    checkedValues += 2;
                }

                // The article file name (a path, emitted as a string too).
                var article = Catalog(assembly, FactKinds.Articles, $"file-{i}");
                AssertExact([fileNames[i]], [(string)article.GetType().GetProperty("File")!.GetValue(article)!], $"article file #{i}");
            }

            output.WriteLine($"{strings.Count} adversarial strings, {checkedValues} values read back exactly");
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Lone surrogates cannot come from YAML (YamlDotNet refuses them: FG0001), so the escapers are tested directly.</summary>
    [Fact]
    public void LoneSurrogatesAreEscaped()
    {
        string[] values = ["\uD800", "\uDFFF", "a\uD83Db", "a\uDE00b", "\uDE00\uD83D", "end\uD83D", "\uD83D\uD83D\uDE00", "\uDE00\uDE00"];
        foreach (var value in values)
        {
            AssertLiteralRoundTrips(value);
            AssertXmlDocIsSafe(value);
            Assert.Contains("\\u", CSharpLiteral.String(value), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CorpusThroughTheEscapersDirectly()
    {
        foreach (var value in AdversarialStrings.All)
        {
            AssertLiteralRoundTrips(value);
            AssertXmlDocIsSafe(value);
        }
    }

    /// <summary>Random UTF-16 (every code unit, surrogates alone or paired): the literal always reads back exactly.</summary>
    [Fact]
    public void RandomUtf16RoundTripsThroughCSharpLiteral()
    {
        var random = new FuzzRandom(FuzzSettings.Seed);
        var count = Math.Clamp(FuzzSettings.Count(2000), 200, 20_000);
        for (var n = 0; n < count; n++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(4) switch
                {
                    0 => (char)random.Next(0, 0x80),
                    1 => (char)random.Next(0xD800, 0xE000),
                    2 => random.Pick("\"\\\r\n\t\0\u0085\u2028\u2029\u202E\u2066\uFEFF\uFFFF{}<>&'/*#".ToCharArray()),
                    _ => (char)random.Next(0, 0x10000),
                };
            }

            var value = new string(chars);
            AssertLiteralRoundTrips(value);
            AssertXmlDocIsSafe(value);
        }
    }

    /// <summary>A fact file's path reaches a generated comment line; one with line breaks and bidi controls cannot end it.</summary>
    [Fact]
    public void FactFilePathCannotInjectIntoTheGeneratedHeader()
    {
        var evil = "/project/facts/evil\n#error injected\r\u2028class X {}\u202E.yaml";
        var run = GeneratorOracle.Run(
            [
                new StringAdditionalText("/project/facts/articles/a.txt", FocusedInputs.ArticleText),
                new StringAdditionalText(evil, FocusedInputs.EveryValueType),
            ]);
        Assert.True(run.Diagnostics.Count == 0, run.DiagnosticsText);
        Assert.True(run.CompileProblems is { Count: 0 }, string.Join("\n", run.CompileProblems ?? []));
        foreach (var tree in run.Result.GeneratedTrees)
        {
            AssertOnlySafeCharacters(tree.GetText().ToString(), Path.GetFileName(tree.FilePath));
        }
    }

    /// <summary>A fact base with, for each string i: an article file name made of it, a line holding it, and one record per kind with every string field set to it and its quote being it.</summary>
    private static (FactBase Base, IReadOnlyList<string> FileNames) Build(IReadOnlyList<string> strings)
    {
        // Line i+2 of the article holds string i; its own line breaks become spaces (the quote
        // normalizes them, and the article must keep one line per string).
        var article = new StringBuilder("Adversarial strings, one per line.\n");
        foreach (var s in strings)
        {
            article.Append("before ").Append(s.Replace('\r', ' ').Replace('\n', ' ')).Append(" after\n");
        }

        var files = new List<FactFile>();
        var fileNames = new List<string>();
        var yaml = new StringBuilder();
        for (var i = 0; i < strings.Count; i++)
        {
            var s = strings[i];
            var q = YamlText.DoubleQuoted(s);
            var q2 = YamlText.DoubleQuoted(s + "2");

            // One article per string, at a file name made of the string (kept short, no folder separators).
            var name = "articles/" + new string(s.Take(200).Select(c => c is '/' or '\\' or '.' ? '_' : c).ToArray()) + $"-{i}.txt";
            fileNames.Add(name);
            files.Add(FactFile.FromText("facts/" + name, article.ToString().Replace("\n", i % 2 == 0 ? "\n" : "\r\n", StringComparison.Ordinal)));
            var citation = $"{{article: article-{i}, line: {i + 2}, quote: {q}}}";
            yaml.Append(CultureInfo.InvariantCulture, $"""
                ---
                articles:
                  - id: article-{i}
                    file: {YamlText.DoubleQuoted(name)}
                    title: {q}
                    publisher: {q}
                  - id: file-{i}
                    file: {YamlText.DoubleQuoted(name)}
                actors:
                  - id: actor-{i}
                    name: {q}
                    kind: person
                    role: {q}
                    aliases: [{q}, {q2}]
                    sources: [{citation}]
                deployments:
                  - id: deployment-{i}
                    actor: actor-{i}
                    location: {q}
                    personnel: {q}
                    purpose: {q}
                    sources: [{citation}]
                sanctions:
                  - id: sanction-{i}
                    imposed-by: actor-{i}
                    targets: [actor-{i}]
                    reason: {q}
                    sources: [{citation}]

                """);
        }

        // The article 'file-i' shares its file with 'article-i' and is cited nowhere: cite it from one more actor.
        yaml.Append("---\nactors:\n");
        for (var i = 0; i < strings.Count; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{id: cites-file-{i}, name: Adversarial, kind: person, sources: [{{article: file-{i}, line: 1, quote: Adversarial}}]}}\n");
        }

        files.Add(FactFile.FromText("facts/adversarial.yaml", yaml.ToString()));
        return (new FactBase(files), fileNames);
    }

    private static object Catalog(Assembly assembly, KindDescriptor kind, string id)
    {
        var catalog = assembly.GetType($"{GeneratorHarness.Namespace}.{kind.CatalogName}", throwOnError: true)!;
        return catalog.GetProperty(Naming.ToPascalCase(id), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
    }

    private static void AssertExact(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string what)
    {
        Assert.True(expected.Count == actual.Count, $"{what}: {actual.Count} values, expected {expected.Count}");
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(string.Equals(expected[i], actual[i], StringComparison.Ordinal), $"{what}: '{Mutator.Escape(Short(actual[i]))}' is not '{Mutator.Escape(Short(expected[i]))}'");
        }
    }

    private static string Short(string s) => s.Length > 200 ? s.Substring(0, 200) + "…" : s;

    /// <summary>The literal parses as one string literal with no diagnostic, whose value is exactly the input, and is written in safe characters only.</summary>
    private static void AssertLiteralRoundTrips(string value)
    {
        var literal = CSharpLiteral.String(value);
        var expression = SyntaxFactory.ParseExpression(literal);
        Assert.Empty(expression.GetDiagnostics());
        var token = Assert.IsType<LiteralExpressionSyntax>(expression).Token;
        Assert.Equal(SyntaxKind.StringLiteralToken, token.Kind());
        Assert.True(string.Equals(value, token.ValueText, StringComparison.Ordinal), $"'{Mutator.Escape(value)}' reads back as '{Mutator.Escape(token.ValueText)}' from {Mutator.Escape(literal)}");
        AssertOnlySafeCharacters(literal, "literal of " + Mutator.Escape(Short(value)));
    }

    /// <summary>The doc text stays on one line, holds no unsafe character, and keeps a doc comment well-formed (no warning with XML doc diagnostics on).</summary>
    private static void AssertXmlDocIsSafe(string value)
    {
        var text = XmlDoc.Text(value);
        AssertOnlySafeCharacters(text, "doc text of " + Mutator.Escape(Short(value)));
        var source = $"/// <summary>{text}</summary>\npublic static class C\n{{\n    /// <summary>{text}</summary>\n    public const int X = 1;\n}}\n";
        var tree = CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions);
        var compilation = GeneratorHarness.CreateCompilation().AddSyntaxTrees(tree);
        var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, $"{Mutator.Escape(Short(value))}: {string.Join("\n", problems)}");
        Assert.Equal(2, tree.GetRoot().DescendantTrivia().Count(t => t.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)));
    }

    /// <summary>No raw control (but LF), format (bidi, zero-width, BOM), line or paragraph separator, unassigned or lone surrogate character.</summary>
    private static void AssertOnlySafeCharacters(string text, string where)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            var unsafeChar = c != '\n' && (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned);
            Assert.False(unsafeChar, $"{where}: raw U+{(int)c:X4} at {i}");
        }
    }
}
