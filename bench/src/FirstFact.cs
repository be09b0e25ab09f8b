using FactsGen.Escaping;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using FactsGen.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using FactsGen.Bench.YamlLoader;
using YamlDotNet.Serialization;

namespace FactsGen.Bench;

/// <summary>
/// A consumer's time to its first fact. Generated: the fact base compiled once (generator + Roslyn,
/// Release) and written to disk, then each run loads that assembly from its file into a fresh
/// AssemblyLoadContext (see <see cref="FreshContext"/>) and reads one catalog property through a
/// compiled probe, so the run pays assembly load, JIT of the code it touches and building the facts
/// it touches, as a fresh process would. YAML at run time: the same files read from disk and
/// deserialized by YamlDotNet into plain classes, then the fact found by id
/// (<see cref="YamlFacts.FindActor"/>), timed the same way (<see cref="YamlRuntimeCold"/>) and warm
/// (<see cref="YamlRuntime"/>, its best time).
/// </summary>
internal sealed class FirstFact
{
    private readonly byte[] _assembly;
    private readonly string _directory;
    private readonly SyntheticFactBase _facts;

    private readonly string _assemblyPath;

    private FirstFact(SyntheticFactBase facts, byte[] assembly, string directory, string assemblyPath)
    {
        _facts = facts;
        _assemblyPath = assemblyPath;
        _assembly = assembly;
        _directory = directory;
    }

    public int AssemblyBytes => _assembly.Length;

    public static FirstFact Prepare(SyntheticFactBase facts, string directory)
    {
        facts.WriteTo(directory);

        // The actors of one fact file in the generator's data form, as a holder class of the base holds
        // them (up to EmitNames.HolderSize), so a probe can time the decoder on its own.
        var region = facts.FactFiles[0];
        var parsed = FactsGen.Parsing.FactFileParser.Parse(region.Path, region.Text, CancellationToken.None);
        var actors = parsed.Records.Where(r => r.Kind == FactsGen.Schema.FactKinds.Actors.Index).Take(FactsGen.Emit.EmitNames.HolderSize);
        var data = string.Join(", ", actors.Select(r => FactsGen.Escaping.CSharpLiteral.String(FactsGen.Emit.FactData.Encode(FactsGen.Schema.FactSchema.BuiltIn[r.Kind], r))));
        var probe = $$"""
            namespace Bench.Probe
            {
                public static class Probe
                {
                    public static object Property() => global::{{GeneratorRunner.Namespace}}.Actors.{{FactsGen.Schema.Naming.ToPascalCase(facts.SampleActorId)}};
                    public static object ById() => global::{{GeneratorRunner.Namespace}}.Actors.Get("{{facts.SampleActorId}}");
                    public static object All() => global::{{GeneratorRunner.Namespace}}.Actors.All.Length;
                    public static object TypeLoad() { global::System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(global::{{GeneratorRunner.Namespace}}.Actors).TypeHandle); return 0; }
                    public static object ReadAttribute() => global::System.Attribute.GetCustomAttribute(typeof(ProbeHolder), typeof(global::{{GeneratorRunner.Namespace}}.__FactsGenData.HolderDataAttribute), false)!;
                    public static object NewActor() => new global::{{GeneratorRunner.Namespace}}.Actor(new global::{{GeneratorRunner.Namespace}}.ActorId("a"), "n", global::{{GeneratorRunner.Namespace}}.ActorKind.Person, null, null, global::System.Collections.Immutable.ImmutableArray<string>.Empty, global::System.Collections.Immutable.ImmutableArray.Create(new global::{{GeneratorRunner.Namespace}}.ActorId("b")), global::System.Collections.Immutable.ImmutableArray.Create(new global::{{GeneratorRunner.Namespace}}.Citation(new global::{{GeneratorRunner.Namespace}}.ArticleId("x"), 1, "q")));
                    public static object DecodeHolder() => global::{{GeneratorRunner.Namespace}}.__FactsGenData.Actors(typeof(ProbeHolder));
                }

                [global::{{GeneratorRunner.Namespace}}.__FactsGenData.HolderData({{data}})]
                internal static class ProbeHolder
                {
                }
            }
            """;
        var compilation = GeneratorRunner.Compilation(probe);
        GeneratorRunner.Driver(GeneratorRunner.Texts(facts), track: false).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        if (diagnostics.Length > 0)
        {
            throw new InvalidOperationException("The synthetic fact base has diagnostics: " + string.Join("; ", diagnostics.Take(5)));
        }

        using var stream = new MemoryStream();
        var emit = output.Emit(stream);
        if (!emit.Success)
        {
            throw new InvalidOperationException("The generated code does not compile: " + string.Join("; ", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }

        // On disk, as a consumer's app finds its own assembly: a run maps it rather than copying it.
        var path = Path.Combine(directory, "BenchConsumer.dll");
        File.WriteAllBytes(path, stream.ToArray());
        return new FirstFact(facts, stream.ToArray(), directory, path);
    }

    /// <summary>
    /// Milliseconds from a fresh load context to the value of <paramref name="probe"/> (Property, ById
    /// or All).
    /// </summary>
    public double Generated(string probe)
    {
        var context = FreshContext("first-fact");
        var sw = Stopwatch.StartNew();
        var assembly = context.LoadFromAssemblyPath(_assemblyPath);
        var value = assembly.GetType("Bench.Probe.Probe", throwOnError: true)!.GetMethod(probe, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null);
        sw.Stop();
        if (value is null)
        {
            throw new InvalidOperationException("No fact.");
        }

        return sw.Elapsed.TotalMilliseconds;
    }

    /// <summary>
    /// A new load context for one run, never unloaded. Not a collectible one: the runtime turns tiered
    /// compilation off for code in a collectible context (dotnet/coreclr#16437), so every method a first
    /// access touched was compiled fully optimized, with inlining (the first property read: 6.2–7.9 ms,
    /// 13 methods), where a consumer's app, whose assembly loads in the default context, compiles them
    /// quickly at tier 0 (5.2 ms, 25 methods; <c>--profile N --first-fact --jit</c> prints each method's
    /// tier). Each run keeps its context: the assembly is mapped from its file (2.9 MB at 10k), and only
    /// the types and code the run touched are added.
    /// </summary>
    /// <param name="name">The context's name.</param>
    /// <param name="fresh">Assemblies of the default context to load again from their files in this one (the others resolve to the default context's).</param>
    private static AssemblyLoadContext FreshContext(string name, params Assembly[] fresh) => new Fresh(name, fresh);

    private sealed class Fresh(string name, Assembly[] fresh) : AssemblyLoadContext(name, isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName assemblyName) =>
            fresh.FirstOrDefault(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), assemblyName)) is { } match
                ? LoadFromAssemblyPath(match.Location)
                : null;
    }

    /// <summary>First calls of the given probes, in order, in one fresh load context: milliseconds each (the load first).</summary>
    public List<(string Step, double Milliseconds)> Steps(params string[] probes)
    {
        var context = FreshContext("first-fact-steps");
        var steps = new List<(string, double)>();
        var sw = Stopwatch.StartNew();
        var assembly = context.LoadFromAssemblyPath(_assemblyPath);
        var type = assembly.GetType("Bench.Probe.Probe", throwOnError: true)!;
        steps.Add(("load", sw.Elapsed.TotalMilliseconds));
        foreach (var probe in probes)
        {
            var method = type.GetMethod(probe, BindingFlags.Public | BindingFlags.Static)!;
            sw.Restart();
            method.Invoke(null, null);
            steps.Add((probe, sw.Elapsed.TotalMilliseconds));
        }

        return steps;
    }

    /// <summary>Where a first access goes: (load, find the probe, first call, second call) in milliseconds, and what the first call JIT-compiled (methods, milliseconds).</summary>
    public (double Load, double Find, double First, double Second, long JitMethods, double JitMs) Phases(string probe)
    {
        var context = FreshContext("first-fact-phases");
        var sw = Stopwatch.StartNew();
        var assembly = context.LoadFromAssemblyPath(_assemblyPath);
        var load = sw.Elapsed.TotalMilliseconds;
        var method = assembly.GetType("Bench.Probe.Probe", throwOnError: true)!.GetMethod(probe, BindingFlags.Public | BindingFlags.Static)!;
        var find = sw.Elapsed.TotalMilliseconds;
        var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);
        var jitTime = System.Runtime.JitInfo.GetCompilationTime(currentThread: true);
        method.Invoke(null, null);
        var first = sw.Elapsed.TotalMilliseconds;
        jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true) - jitMethods;
        var jitMs = (System.Runtime.JitInfo.GetCompilationTime(currentThread: true) - jitTime).TotalMilliseconds;
        method.Invoke(null, null);
        var second = sw.Elapsed.TotalMilliseconds;
        return (load, find - load, first - find, second - first, jitMethods, jitMs);
    }

    /// <summary>
    /// Milliseconds to read and deserialize every YAML file and find the same actor by id, with the
    /// loader's code as it is after earlier runs (warm up first for its steady state).
    /// </summary>
    public double YamlRuntime()
    {
        var sw = Stopwatch.StartNew();
        var found = YamlFacts.FindActor(Path.Combine(_directory, "facts"), _facts.SampleActorId);
        sw.Stop();
        return found is null ? throw new InvalidOperationException("Actor not found by the YAML loader.") : sw.Elapsed.TotalMilliseconds;
    }

    /// <summary>
    /// The same as a fresh process pays it: the loader and YamlDotNet loaded from their files into a
    /// fresh context (<see cref="FreshContext"/>), so their code is compiled on first use, as the
    /// generated side's is.
    /// </summary>
    public double YamlRuntimeCold()
    {
        var context = FreshContext("first-fact-yaml", typeof(YamlFacts).Assembly, typeof(DeserializerBuilder).Assembly);
        var sw = Stopwatch.StartNew();
        var loader = context.LoadFromAssemblyName(typeof(YamlFacts).Assembly.GetName()).GetType(typeof(YamlFacts).FullName!, throwOnError: true)!;
        var found = loader.GetMethod(nameof(YamlFacts.FindActor), BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [Path.Combine(_directory, "facts"), _facts.SampleActorId]);
        sw.Stop();
        if (found is null || found.GetType().Assembly == typeof(YamlFacts).Assembly)
        {
            throw new InvalidOperationException("The YAML loader did not run in its own context.");
        }

        return sw.Elapsed.TotalMilliseconds;
    }
}
