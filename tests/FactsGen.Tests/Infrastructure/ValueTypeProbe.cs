using System.IO;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactsGen.Tests.Infrastructure;

/// <summary>
/// Compiles one emitted value type with a probe class (<c>Probe.Run</c>) that drives it, strictly
/// (nullable, warnings as errors, XML docs), with the defines of .NET 6 and later or with none (the
/// branch a netstandard2.0 consumer compiles), and runs a test on the loaded probe.
/// </summary>
public static class ValueTypeProbe
{
    public static void Run(string hintNameStart, string probe, bool net6, Action<Type> test)
    {
        var source = GeneratorHarness.Run(("/project/facts/empty.yaml", "actors: []\n")).Source(hintNameStart);
        var options = net6
            ? GeneratorHarness.ParseOptions.WithPreprocessorSymbols("NET", "NET6_0_OR_GREATER", "NET10_0_OR_GREATER", "NETCOREAPP", "NETCOREAPP3_0_OR_GREATER")
            : GeneratorHarness.ParseOptions;
        var compilation = GeneratorHarness.CreateCompilation()
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, options, path: "/gen/" + hintNameStart + ".g.cs"), CSharpSyntaxTree.ParseText(probe, options, path: "/src/Probe.cs"));
        using var stream = new MemoryStream();
        using var documentation = new MemoryStream();
        var emit = compilation.Emit(stream, xmlDocumentationStream: documentation);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning)));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        stream.Position = 0;
        var context = new AssemblyLoadContext("value-type-probe", isCollectible: true);
        try
        {
            test(context.LoadFromStream(stream).GetType("Probe.Run", throwOnError: true)!);
        }
        finally
        {
            context.Unload();
        }
    }
}
