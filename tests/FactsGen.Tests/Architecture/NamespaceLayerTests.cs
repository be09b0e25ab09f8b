using System.IO;
using System.Text.RegularExpressions;
using FactsGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactsGen.Tests.Architecture;

/// <summary>
/// The analyzer's folders are layers: a folder's namespace may use the folders listed before it under
/// "## Layers" in docs/architecture.md and never one after, so each can be read and tested with only
/// what precedes it.
/// </summary>
public class NamespaceLayerTests
{
    private static readonly Lazy<AnalyzerNamespaceGraph> Analyzer = new(AnalyzerNamespaceGraph.Read);

    [Fact]
    public void NoTwoFolderNamespacesOfTheAnalyzerUseEachOther()
    {
        var graph = Analyzer.Value;
        Assert.True(graph.Errors.Count == 0, "the analyzer's sources do not compile for the walk: " + string.Join(Environment.NewLine, graph.Errors.Take(10)));
        Assert.True(graph.BoundNames > 2000, $"the walk bound only {graph.BoundNames} names to the analyzer's types");

        var cycles = graph.Cycles();
        Assert.True(cycles.Count == 0, string.Concat(cycles.Select(c => graph.Explain(c))));
    }

    [Fact]
    public void EachFolderNamespaceUsesOnlyTheLayersBeforeItInTheArchitecturePage()
    {
        var graph = Analyzer.Value;
        var order = DocumentedLayers();
        Assert.True(order.Count >= 10, "docs/architecture.md lists only " + order.Count + " layers under '## Layers'");

        var unlisted = graph.Layers.Where(l => !order.Contains(l)).ToList();
        Assert.True(unlisted.Count == 0, "docs/architecture.md '## Layers' does not list: " + string.Join(", ", unlisted));

        var upward = graph.Edges
            .SelectMany(e => e.Value.Where(u => order.IndexOf(u.Key) > order.IndexOf(e.Key)).Select(u => (From: e.Key, To: u.Key, Why: u.Value)))
            .Select(e => $"{e.From} (layer {order.IndexOf(e.From) + 1}) uses {e.To} (layer {order.IndexOf(e.To) + 1}): {string.Join("; ", e.Why.Take(6))}")
            .ToList();
        Assert.True(upward.Count == 0, string.Join(Environment.NewLine, upward));
    }

    [Fact]
    public void TheWalkFindsACycleAndTheReferencesThatMakeIt()
    {
        var graph = AnalyzerNamespaceGraph.Build(
        [
            Tree("namespace FactsGen.Model { public record Fact(FactsGen.Values.Date When); }"),
            Tree("namespace FactsGen.Values { public record Date(int Year) { public static bool IsOf(FactsGen.Model.Fact f) => f.When.Year > 0; } }"),
            Tree("namespace FactsGen.Yaml { public static class Node { public static int Depth(this string s) => s.Length; } }"),
            Tree("namespace FactsGen.Values { public static class Use { public static int D(string s) => s.Depth(); } }", "using FactsGen.Yaml;"),
        ]);

        var cycle = Assert.Single(graph.Cycles());
        Assert.Equal(["Model", "Values"], cycle);
        var message = graph.Explain(cycle);
        Assert.Contains("Model.Fact -> Values.Date", message);
        Assert.Contains("Values.Date -> Model.Fact", message);
        Assert.Contains("Values.Use -> Yaml.Node", graph.Edges["Values"]["Yaml"]);
        Assert.DoesNotContain("Yaml", cycle);
    }

    /// <summary>The numbered list under "## Layers": <c>1. `Yaml` — …</c>, in order.</summary>
    private static List<string> DocumentedLayers()
    {
        var page = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "architecture.md"));
        var section = Regex.Match(page, @"^## Layers\n(?<body>.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline).Groups["body"].Value;
        return Regex.Matches(section, @"^\d+\. `(?<layer>\w+)`", RegexOptions.Multiline).Select(m => m.Groups["layer"].Value).ToList();
    }

    private static SyntaxTree Tree(string code, string usings = "") =>
        CSharpSyntaxTree.ParseText(usings + code, new CSharpParseOptions(LanguageVersion.Latest));
}
