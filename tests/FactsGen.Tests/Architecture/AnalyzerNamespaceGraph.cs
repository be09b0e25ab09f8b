using System.IO;
using System.Text;
using FactsGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FactsGen.Tests.Architecture;

/// <summary>
/// Which of the analyzer's folder namespaces use which, read from its sources with Roslyn's semantic
/// model: every name in a type that binds to a type, or a member of a type, declared in another folder.
/// </summary>
public sealed class AnalyzerNamespaceGraph
{
    private const string RootNamespace = "FactsGen";

    private AnalyzerNamespaceGraph(SortedDictionary<string, SortedDictionary<string, SortedSet<string>>> edges, int boundNames, IReadOnlyList<string> errors)
    {
        Edges = edges;
        BoundNames = boundNames;
        Errors = errors;
    }

    /// <summary>Layer -> used layer -> the references that make the edge ("Model.FactRecord -> Values.PartialDateValue").</summary>
    public SortedDictionary<string, SortedDictionary<string, SortedSet<string>>> Edges { get; }

    /// <summary>How many names bound to a type of the analyzer: shows the walk really saw the code.</summary>
    public int BoundNames { get; }

    /// <summary>The probe compilation's errors: a name that does not bind is a reference the graph misses.</summary>
    public IReadOnlyList<string> Errors { get; }

    public IEnumerable<string> Layers => Edges.Keys;

    public static string SourceFolder => Path.Combine(RepoPaths.Root, "generator", "FactsGen.Generator");

    public static AnalyzerNamespaceGraph Read() => Build(AnalyzerSources());

    public static IEnumerable<string> AnalyzerSources() =>
        Directory.EnumerateFiles(SourceFolder, "*.cs", SearchOption.AllDirectories)
            .Where(p => !IsBuildOutput(Path.GetRelativePath(SourceFolder, p)))
            .OrderBy(p => p, StringComparer.Ordinal);

    /// <summary>The graph of the given sources, compiled against .NET's and the analyzer's own references.</summary>
    public static AnalyzerNamespaceGraph Build(IEnumerable<string> paths)
    {
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = paths.Select(p => CSharpSyntaxTree.ParseText(File.ReadAllText(p), options, p)).ToList();
        return Build(trees);
    }

    public static AnalyzerNamespaceGraph Build(IReadOnlyList<SyntaxTree> trees)
    {
        var references = Basic.Reference.Assemblies.Net100.References.All
            .Concat(new[] { typeof(CSharpCompilation), typeof(Compilation), typeof(YamlDotNet.Core.Parser) }
                .Select(t => (MetadataReference)MetadataReference.CreateFromFile(t.Assembly.Location)));
        var compilation = CSharpCompilation.Create(
            "LayerProbe", trees, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var edges = new SortedDictionary<string, SortedDictionary<string, SortedSet<string>>>(StringComparer.Ordinal);
        var bound = 0;
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(declaration) is not INamedTypeSymbol user || Layer(user) is not { } from)
                {
                    continue;
                }

                Layer(edges, from);
                // Nested types are walked as their own declarations; their names belong to them.
                foreach (var name in declaration.DescendantNodes(n => n == declaration || n is not BaseTypeDeclarationSyntax).OfType<SimpleNameSyntax>())
                {
                    if (UsedType(model, name) is not { } used || Layer(used) is not { } to)
                    {
                        continue;
                    }

                    bound++;
                    if (to != from)
                    {
                        var uses = Layer(edges, from);
                        if (!uses.TryGetValue(to, out var why))
                        {
                            uses[to] = why = new SortedSet<string>(StringComparer.Ordinal);
                        }

                        why.Add($"{Describe(user)} -> {Describe(used)}");
                    }
                }
            }
        }

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        return new AnalyzerNamespaceGraph(edges, bound, errors);
    }

    /// <summary>The strongly connected groups of more than one layer (Tarjan), each sorted, in a stable order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<IReadOnlyList<string>>();

        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in Edges[v].Keys)
            {
                if (!index.ContainsKey(w))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], index[w]);
                }
            }

            if (low[v] == index[v])
            {
                var group = new List<string>();
                string w;
                do
                {
                    w = stack.Pop();
                    onStack.Remove(w);
                    group.Add(w);
                }
                while (w != v);

                if (group.Count > 1)
                {
                    groups.Add(group.OrderBy(g => g, StringComparer.Ordinal).ToList());
                }
            }
        }

        foreach (var layer in Edges.Keys)
        {
            if (!index.ContainsKey(layer))
            {
                Visit(layer);
            }
        }

        return groups.OrderBy(g => g[0], StringComparer.Ordinal).ToList();
    }

    /// <summary>A group's edges and the references behind each, for a failure message.</summary>
    public string Explain(IReadOnlyList<string> group, int examplesPerEdge = 6)
    {
        var text = new StringBuilder();
        text.Append("cycle between ").AppendLine(string.Join(", ", group));
        foreach (var from in group)
        {
            foreach (var (to, why) in Edges[from].Where(e => group.Contains(e.Key)))
            {
                text.Append("  ").Append(from).Append(" uses ").Append(to).Append(" (").Append(why.Count).AppendLine(" references):");
                foreach (var reference in why.Take(examplesPerEdge))
                {
                    text.Append("    ").AppendLine(reference);
                }

                if (why.Count > examplesPerEdge)
                {
                    text.AppendLine("    …");
                }
            }
        }

        return text.ToString();
    }

    private static SortedDictionary<string, SortedSet<string>> Layer(SortedDictionary<string, SortedDictionary<string, SortedSet<string>>> edges, string layer)
    {
        if (!edges.TryGetValue(layer, out var uses))
        {
            edges[layer] = uses = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        }

        return uses;
    }

    private static INamedTypeSymbol? UsedType(SemanticModel model, SimpleNameSyntax name)
    {
        var info = model.GetSymbolInfo(name);
        var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
        var type = symbol switch
        {
            INamedTypeSymbol named => named,
            IMethodSymbol { MethodKind: MethodKind.ReducedExtension } reduced => reduced.ReducedFrom?.ContainingType,
            { ContainingType: { } containing } => containing,
            _ => null,
        };
        return type?.OriginalDefinition is { } definition && definition.Locations.Any(l => l.IsInSource) ? definition : null;
    }

    /// <summary>"FactsGen.Model.X" is in layer "Model"; a type of the root namespace in "FactsGen"; others have none.</summary>
    private static string? Layer(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace.ToDisplayString();
        if (ns == RootNamespace)
        {
            return RootNamespace;
        }

        return ns.StartsWith(RootNamespace + ".", StringComparison.Ordinal) ? ns.Substring(RootNamespace.Length + 1).Split('.')[0] : null;
    }

    private static string Describe(INamedTypeSymbol type) =>
        Layer(type) + "." + type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat.WithGenericsOptions(SymbolDisplayGenericsOptions.None));

    private static bool IsBuildOutput(string relative)
    {
        var first = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0];
        return first is "obj" or "bin";
    }
}
