using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;

namespace FactsGen.Tests.Infrastructure;

/// <summary>
/// Compiling the generated code is nearly all of a diagnostics test's time (each test compiles the
/// generated runtime types too), and many inputs generate exactly the same code: a record with a
/// mistake is dropped, which leaves the base's output. The compiler is deterministic, so a
/// compilation that was clean once is clean again when every input to it is the same: the options,
/// the references and each tree's path, options and text. Only clean results are kept, so a failing
/// test always reports the diagnostics of its own compilation. The fuzz oracle uses it too.
/// </summary>
public static class CleanCompilations
{
    private static readonly ConcurrentDictionary<Key, bool> Clean = new();

    /// <summary>The errors and warnings of <paramref name="compilation"/>, computed once per distinct clean input.</summary>
    public static IReadOnlyList<Diagnostic> Problems(Compilation compilation)
    {
        var key = KeyOf(compilation);
        if (key is not null && Clean.ContainsKey(key))
        {
            return [];
        }

        var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (problems.Count == 0 && key is not null)
        {
            Clean.TryAdd(key, true);
        }

        return problems;
    }

    /// <summary>Null when the trees do not share one set of parse options (not memoized then).</summary>
    private static Key? KeyOf(Compilation compilation)
    {
        var parseOptions = compilation.SyntaxTrees.Select(t => t.Options).Distinct().ToArray();
        if (parseOptions.Length != 1)
        {
            return null;
        }

        using var sha = SHA256.Create();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var bytes = Encoding.UTF8.GetBytes(tree.FilePath + "\0" + tree.GetText().ToString() + "\0");
            sha.TransformBlock(bytes, 0, bytes.Length, null, 0);
        }

        sha.TransformFinalBlock([], 0, 0);

        // Options and parse options compare by value; references by the instances the harness shares.
        return new Key(Convert.ToHexString(sha.Hash!), compilation.Options, parseOptions[0], new ReferenceList([.. compilation.References]));
    }

    private sealed record Key(string Trees, CompilationOptions Options, ParseOptions ParseOptions, ReferenceList References);

    /// <summary>The references in order, equal when they are the same instances.</summary>
    private sealed class ReferenceList(MetadataReference[] references) : IEquatable<ReferenceList>
    {
        private readonly MetadataReference[] _references = references;

        public bool Equals(ReferenceList? other) =>
            other is not null && _references.Length == other._references.Length && _references.Zip(other._references).All(p => ReferenceEquals(p.First, p.Second));

        public override bool Equals(object? obj) => Equals(obj as ReferenceList);

        public override int GetHashCode() => _references.Length;
    }
}
