using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Threading;
using System.Xml.Linq;
using FactsGen.PackageTests.Infrastructure;
using FactsGen.Parsing;
using FactsGen.Schema;
using FactsGen.Tooling.Schema;

namespace FactsGen.PackageTests;

/// <summary>
/// The FactsGen NuGet package as a user gets it: <c>dotnet pack</c> to a local feed, then fresh console
/// projects outside the repository that reference only the package, built and run with the dotnet CLI.
/// One pack per run (the fixture, shared with <see cref="AotPublishTests"/>); each consumer build takes some seconds.
/// </summary>
[Collection(nameof(PackageCollection))]
public sealed class PackageTests
{
    private const string Program = """
        using System.Reflection;
        using Consumer.Facts;

        Deployment wagner = Deployments.WagnerAfrica;
        Console.WriteLine("strength: " + wagner.Strength);
        Console.WriteLine("certainty: " + wagner.Certainty);
        Console.WriteLine("actor: " + wagner.Actor.Resolve().Name);
        Console.WriteLine("source: " + wagner.Sources[0]);
        // Provenance found by reflection, from the property to its fact's citations.
        var provenance = ((ICitedFact)typeof(Deployments).GetProperty(nameof(Deployments.WagnerAfrica))!.GetValue(null)!).Sources[0];
        Console.WriteLine("provenance: " + provenance.Article.Value + ":" + provenance.Line + " " + provenance.Quote);
        Console.WriteLine("attributes: " + typeof(Deployments).GetProperty(nameof(Deployments.WagnerAfrica))!.GetCustomAttributes<ProvenanceAttribute>().Count());
        Console.WriteLine($"counts: {Articles.All.Length} {Actors.All.Length} {Deployments.All.Length} {Sanctions.All.Length}");
        Event coup = Events.JulyCoup;
        Console.WriteLine("coup: " + coup.Date + "; disputed: " + string.Join(",", coup.DisputedFields));
        foreach (var claim in coup.DateClaims)
            Console.WriteLine($"claim: {claim.Value} {claim.Rank} {claim.Sources[0]}");
        PartialDate opEd = Events.BazoumWashingtonPostOpEd.Date!.Value;
        Console.WriteLine($"window: {opEd} from {opEd.Earliest:yyyy-MM-dd} to {opEd.Latest:yyyy-MM-dd}, interval {opEd.IsInterval}");
        """;

    private readonly PackageFixture _package;

    public PackageTests(PackageFixture package) => _package = package;

    [Fact]
    public void Pack_ProducesOnePackage_WithoutWarnings()
    {
        _package.AssertPacked();
        Assert.Equal(new[] { _package.PackagePath }, Directory.GetFiles(_package.Feed, "*.nupkg"));
        Assert.DoesNotMatch(new Regex(@"warning [A-Z]+\d+", RegexOptions.IgnoreCase), _package.Pack.Output);
    }

    [Fact]
    public void Package_HoldsTheGeneratorAndYamlDotNetAsAnalyzers_BuildFilesTwice_AndNoLib()
    {
        _package.AssertPacked();
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToList();

        foreach (var expected in new[]
        {
            "analyzers/dotnet/cs/FactsGen.Generator.dll",
            "analyzers/dotnet/cs/YamlDotNet.dll",
            "build/FactsGen.props", "build/FactsGen.targets", "build/factsgen.schema.json",
            "buildTransitive/FactsGen.props", "buildTransitive/FactsGen.targets", "buildTransitive/factsgen.schema.json",
            "README.md", "FactsGen.nuspec",
        })
        {
            Assert.Contains(expected, entries);
        }

        // No runtime library: nothing the consumer would reference or copy to its output.
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal) || e.StartsWith("runtimes/", StringComparison.Ordinal));
        Assert.Equal(2, entries.Count(e => e.StartsWith("analyzers/", StringComparison.Ordinal)));

        // The props and targets shipped are the repository's (consumer-sample imports the same files).
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Generator, "build", "FactsGen.props")), Read(zip, "build/FactsGen.props"));
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Generator, "build", "FactsGen.targets")), Read(zip, "buildTransitive/FactsGen.targets"));
        Assert.Equal(JsonSchemaWriter.Write(FactKinds.All, FactKinds.Enums), Read(zip, "build/factsgen.schema.json").Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(Read(zip, "build/factsgen.schema.json"), Read(zip, "buildTransitive/factsgen.schema.json"));
    }

    [Fact]
    public void Package_MetadataIsComplete_AndDeclaresNoDependencies()
    {
        _package.AssertPacked();
        using var zip = ZipFile.OpenRead(_package.PackagePath);
        var nuspec = XDocument.Parse(Read(zip, "FactsGen.nuspec"));
        var ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        string? Get(string name) => metadata.Element(ns + name)?.Value;

        Assert.Equal("FactsGen", Get("id"));
        Assert.Equal(_package.Version, Get("version"));
        Assert.Contains("source generator", Get("description"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("MIT", Get("license"));
        Assert.Equal("expression", metadata.Element(ns + "license")!.Attribute("type")!.Value);
        Assert.Equal("README.md", Get("readme"));
        Assert.Equal("true", Get("developmentDependency"));
        Assert.Contains("source-generator", Get("tags")!.Split(' '));
        Assert.Equal("git", metadata.Element(ns + "repository")?.Attribute("type")?.Value);
        Assert.Null(metadata.Element(ns + "dependencies"));
        Assert.Contains("PackageReference Include=\"FactsGen\"", Read(zip, "README.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void FreshConsoleProject_ReferencingOnlyThePackage_GetsTypedFacts()
    {
        var consumer = _package.CreateConsumer("Consumer", Program, extraProperties: "    <GenerateDocumentationFile>true</GenerateDocumentationFile>");

        var build = _package.Build(consumer);
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);
        var run = PackageFixture.RunConsumer(consumer);
        Assert.True(run.ExitCode == 0, run.ToString());

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains("strength: about 5,000", lines);
        Assert.Contains("certainty: Estimated", lines);
        Assert.Contains("actor: Wagner Group", lines);
        Assert.Contains("source: [blinken-bbc-wagner-niger-sanctions:9]", lines);
        Assert.Contains("provenance: blinken-bbc-wagner-niger-sanctions:9 It is estimated that around 5,000 Wagner troops are stationed across Africa", lines);
        Assert.Contains("attributes: 0", lines); // [Provenance] on properties only with FactsGenProvenanceAttributes (the AOT test sets it)

        // What an IDE shows on hovering the fact: its doc comment, with the quote (here from the documentation file the build wrote).
        var docs = System.Xml.Linq.XDocument.Load(Directory.EnumerateFiles(Path.Combine(consumer, "bin"), "Consumer.xml", SearchOption.AllDirectories).Single());
        var member = docs.Descendants("member").Single(m => (string?)m.Attribute("name") == "P:Consumer.Facts.Deployments.WagnerAfrica");
        Assert.Contains("[blinken-bbc-wagner-niger-sanctions:9] \"It is estimated that around 5,000 Wagner troops are stationed across Africa\"", member.Element("summary")!.Value, StringComparison.Ordinal);
        Assert.Contains($"counts: {string.Join(" ", FactKinds.All.Select(k => RealFactCount(k.Index)))}", lines);

        // v3: a disputed value with its claims, and a date window (docs/fact-files.md §14, §15).
        Assert.Contains("coup: 26 July 2023; disputed: date", lines);
        Assert.Contains("claim: 26 July 2023 Preferred [blinken-bbc-wagner-niger-sanctions:27]", lines);
        Assert.Contains("claim: between 31 July and 6 August 2023 Normal [blinken-wagner-niger-coup:1]", lines);
        Assert.Contains("window: between 31 July and 6 August 2023 from 2023-07-31 to 2023-08-06, interval True", lines);

        // The generator is a build-time tool: no assembly reference, nothing copied, nothing in deps.json.
        var output = Path.Combine(consumer, "bin", "Debug", "net10.0");
        Assert.False(File.Exists(Path.Combine(output, "FactsGen.Generator.dll")));
        Assert.False(File.Exists(Path.Combine(output, "YamlDotNet.dll")));
        var deps = File.ReadAllText(Path.Combine(output, "Consumer.deps.json"));
        Assert.DoesNotContain("FactsGen", deps, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("YamlDotNet", deps, StringComparison.OrdinalIgnoreCase);
        var references = AssemblyReferences(Path.Combine(output, "Consumer.dll"));
        Assert.DoesNotContain("FactsGen.Generator", references);
        Assert.DoesNotContain("YamlDotNet", references);
    }

    [Fact]
    public void BrokenFactFile_FailsTheBuild_WithTheFgIdAndFileLineColumn()
    {
        var consumer = _package.CreateConsumer("Broken", Program.Replace("Consumer.Facts", "Broken.Facts", StringComparison.Ordinal));
        var file = Path.Combine(consumer, "facts", "deployments.yaml");
        var lines = File.ReadAllLines(file);
        var index = Array.FindIndex(lines, l => l.Contains("certainty: estimated", StringComparison.Ordinal));
        Assert.True(index >= 0, "deployments.yaml has no 'certainty: estimated' to break");
        lines[index] = lines[index].Replace("certainty: estimated", "certainty: estimatd", StringComparison.Ordinal);
        File.WriteAllText(file, string.Join("\n", lines) + "\n");
        var column = lines[index].IndexOf("estimatd", StringComparison.Ordinal) + 1;

        var build = _package.Build(consumer);

        Assert.True(build.ExitCode != 0, "the build should fail:\n" + build);
        var expected = $"{file}({index + 1},{column}): error FG0005: Invalid 'certainty': 'estimatd' is not a certainty; did you mean 'estimated'?";
        Assert.True(build.Output.Contains(expected, StringComparison.Ordinal), $"expected '{expected}' in:\n{build}");
    }

    [Fact]
    public void FactsDirectoryAndFactsNamespace_MoveTheFolderAndTheNamespace_AndFactsGenSchemaCopiesTheSchema()
    {
        var program = "using Briefing.Knowledge;\nConsole.WriteLine(\"strength: \" + Deployments.WagnerAfrica.Strength);\n";
        var consumer = _package.CreateConsumer(
            "Custom",
            program,
            factsFolder: Path.Combine("data", "fact-base"),
            extraProperties: "    <FactsDirectory>data/fact-base</FactsDirectory>\n    <FactsNamespace>Briefing.Knowledge</FactsNamespace>");
        Assert.False(Directory.Exists(Path.Combine(consumer, "facts")));
        File.Delete(Path.Combine(consumer, "data", "fact-base", JsonSchemaWriter.FileName));

        var build = _package.Build(consumer);
        Assert.True(build.ExitCode == 0, build.ToString());
        var run = PackageFixture.RunConsumer(consumer);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("strength: about 5,000", run.Output, StringComparison.Ordinal);

        var schema = _package.Build(consumer, "-t:FactsGenSchema");
        Assert.True(schema.ExitCode == 0, schema.ToString());
        var copied = Path.Combine(consumer, "data", "fact-base", JsonSchemaWriter.FileName);
        Assert.True(File.Exists(copied), schema.ToString());
        Assert.Equal(JsonSchemaWriter.Write(FactKinds.All, FactKinds.Enums), File.ReadAllText(copied).Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static int RealFactCount(int kind) =>
        RepoPaths.FactFiles
            .Select(f => FactFileParser.Parse(f, File.ReadAllText(f), CancellationToken.None))
            .Sum(p => p.Records.Count(r => r.Kind == kind));

    private static string Read(ZipArchive zip, string entry)
    {
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    private static List<string> AssemblyReferences(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToList();
    }
}
