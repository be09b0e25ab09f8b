using System.Linq;
using System.Text;
using FactsGen.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactsGen;

/// <summary>Reads the MSBuild properties the generator uses (made compiler-visible by FactsGen.props).</summary>
internal static class GeneratorOptionsReader
{
    public static GeneratorOptions Read(AnalyzerConfigOptionsProvider provider, System.Threading.CancellationToken cancellationToken)
    {
        var global = provider.GlobalOptions;
        var ns = Get(global, "build_property.FactsNamespace");
        if (ns is null)
        {
            var root = Get(global, "build_property.RootNamespace");
            ns = root is null ? "Facts" : root + ".Facts";
        }

        var projectDir = Get(global, "build_property.ProjectDir") ?? Get(global, "build_property.MSBuildProjectDirectory");
        var attributes = string.Equals(Get(global, "build_property.FactsGenProvenanceAttributes"), "true", System.StringComparison.OrdinalIgnoreCase);
        return new GeneratorOptions(SanitizeNamespace(ns), projectDir, attributes);
    }

    private static string? Get(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>Makes any text a valid namespace: each dotted part an identifier, keywords escaped.</summary>
    internal static string SanitizeNamespace(string text)
    {
        var parts = text.Split('.').Select(part =>
        {
            var sb = new StringBuilder();
            foreach (var c in part)
            {
                sb.Append(SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_');
            }

            if (sb.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(sb[0]))
            {
                sb.Insert(0, '_');
            }

            var name = sb.ToString();
            return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.GlobalKeyword ? "@" + name : name;
        });
        return string.Join(".", parts);
    }
}
