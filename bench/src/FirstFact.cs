using FactsGen.Escaping;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using FactsGen.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace FactsGen.Bench;

/// <summary>
/// A consumer's time to its first fact. Generated: the fact base compiled once (generator + Roslyn,
/// Release) and written to disk, then each run loads that assembly from its file into a fresh
/// collectible AssemblyLoadContext and
/// reads one catalog property through a compiled probe, so the run pays assembly load, JIT of the
/// code it touches and building the facts it touches, as a fresh process would. YAML at run time:
/// the same files read from disk and deserialized by YamlDotNet into plain classes, then the fact
/// found by id (JIT warmed up by a first run, which favours YAML).
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

        // A record of the base in the generator's data form, so a probe can time the decoder on its own.
        var region = facts.FactFiles[0];
        var parsed = FactsGen.Parsing.FactFileParser.Parse(region.Path, region.Text, CancellationToken.None);
        var sample = parsed.Records.First(r => r.Kind == FactsGen.Schema.FactKinds.Actors.Index);
        var data = FactsGen.Escaping.CSharpLiteral.String(FactsGen.Emit.FactData.Encode(FactsGen.Schema.FactSchema.BuiltIn[sample.Kind], sample));
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
                    public static object DecodeOne() => global::{{GeneratorRunner.Namespace}}.__FactsGenData.Actors(typeof(ProbeHolder));
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
    /// or All). The context is unloaded and the unload waited for before returning: unloading finishes
    /// on the finalizer thread after a collection, and a run that starts while the previous run's code
    /// and types are still being freed shares the runtime's loader and code-heap locks with that work,
    /// which a fresh process never does (the first property read measured 12.0–14.7 ms without the
    /// wait and 9.1–10.2 ms with it, three quick runs each).
    /// </summary>
    public double Generated(string probe)
    {
        var milliseconds = GeneratedOnce(probe, out var unloaded);
        for (var i = 0; unloaded.IsAlive && i < 20; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        return milliseconds;
    }

    // Not inlined, so no local of the caller keeps the load context alive while its unload is waited for.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private double GeneratedOnce(string probe, out WeakReference unloaded)
    {
        var context = new AssemblyLoadContext("first-fact", isCollectible: true);
        unloaded = new WeakReference(context);
        try
        {
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
        finally
        {
            context.Unload();
        }
    }

    /// <summary>First calls of the given probes, in order, in one fresh load context: milliseconds each (the load first).</summary>
    public List<(string Step, double Milliseconds)> Steps(params string[] probes)
    {
        var context = new AssemblyLoadContext("first-fact-steps", isCollectible: true);
        try
        {
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
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Where a first access goes: (load, find the probe, first call, second call) in milliseconds, and what the first call JIT-compiled (methods, milliseconds).</summary>
    public (double Load, double Find, double First, double Second, long JitMethods, double JitMs) Phases(string probe)
    {
        var context = new AssemblyLoadContext("first-fact-phases", isCollectible: true);
        try
        {
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
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Milliseconds to read and deserialize every YAML file and find the same actor by id.</summary>
    public double YamlRuntime()
    {
        var sw = Stopwatch.StartNew();
        var deserializer = new DeserializerBuilder().WithNamingConvention(HyphenatedNamingConvention.Instance).Build();
        ActorDto? found = null;
        var byId = new Dictionary<string, ActorDto>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(_directory, "facts"), "*.yaml").Order(StringComparer.Ordinal))
        {
            var document = deserializer.Deserialize<FactDocument>(File.ReadAllText(file));
            foreach (var actor in document?.Actors ?? [])
            {
                byId[actor.Id] = actor;
            }
        }

        byId.TryGetValue(_facts.SampleActorId, out found);
        sw.Stop();
        if (found is null)
        {
            throw new InvalidOperationException("Actor not found by the YAML loader.");
        }

        return sw.Elapsed.TotalMilliseconds;
    }

    // Plain classes a consumer would write to load the fact files at run time.
#pragma warning disable CA1812, SA1402
    public sealed class FactDocument
    {
        public List<ArticleDto>? Articles { get; set; }

        public List<ActorDto>? Actors { get; set; }

        public List<DeploymentDto>? Deployments { get; set; }

        public List<SanctionDto>? Sanctions { get; set; }

        public List<EventDto>? Events { get; set; }

        public List<StatementDto>? Statements { get; set; }

        // The kinds' declarations, kept as they are: a consumer reading YAML at run time has its own classes.
        public List<Dictionary<string, object>>? Kinds { get; set; }
    }

    public sealed class ArticleDto
    {
        public string Id { get; set; } = string.Empty;

        public string File { get; set; } = string.Empty;

        public string? Title { get; set; }

        public string? Publisher { get; set; }

        public string? Published { get; set; }

        public string? Url { get; set; }
    }

    public sealed class CitationDto
    {
        public string Article { get; set; } = string.Empty;

        public int Line { get; set; }

        public string Quote { get; set; } = string.Empty;
    }

    public sealed class ActorDto
    {
        public string Id { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public string Kind { get; set; } = string.Empty;

        public string? Role { get; set; }

        public string? Country { get; set; }

        public List<string>? Aliases { get; set; }

        public List<string>? AffiliatedWith { get; set; }

        public List<CitationDto> Sources { get; set; } = [];
    }

    public sealed class DeploymentDto
    {
        public string Id { get; set; } = string.Empty;

        public string Actor { get; set; } = string.Empty;

        public string Location { get; set; } = string.Empty;

        public List<string>? Countries { get; set; }

        public string? Strength { get; set; }

        public string? Personnel { get; set; }

        public string? Purpose { get; set; }

        public string? Since { get; set; }

        public string? AsOf { get; set; }

        public string? Certainty { get; set; }

        public List<string>? AttributedTo { get; set; }

        public List<CitationDto> Sources { get; set; } = [];
    }

    public sealed class SanctionDto
    {
        public string Id { get; set; } = string.Empty;

        public string ImposedBy { get; set; } = string.Empty;

        public List<string> Targets { get; set; } = [];

        public string? OrderedBy { get; set; }

        public string? Through { get; set; }

        public List<string>? Instruments { get; set; }

        public string? Reason { get; set; }

        public string? Date { get; set; }

        public string? Certainty { get; set; }

        public List<string>? AttributedTo { get; set; }

        public List<CitationDto> Sources { get; set; } = [];
    }
    public sealed class EventDto
    {
        public string Id { get; set; } = string.Empty;

        public string Kind { get; set; } = string.Empty;

        public string? Date { get; set; }

        public string? Location { get; set; }

        public List<string>? Countries { get; set; }

        public List<string>? Actors { get; set; }

        public string? Sanction { get; set; }

        public string? Casualties { get; set; }

        public string Description { get; set; } = string.Empty;

        public string? Certainty { get; set; }

        public List<CitationDto> Sources { get; set; } = [];
    }

    public sealed class StatementDto
    {
        public string Id { get; set; } = string.Empty;

        public string Speaker { get; set; } = string.Empty;

        public string Mode { get; set; } = string.Empty;

        public string Text { get; set; } = string.Empty;

        public string? Date { get; set; }

        public string? Medium { get; set; }

        public List<string>? Audience { get; set; }

        public List<string>? About { get; set; }

        public string? Event { get; set; }

        public string? Certainty { get; set; }

        public List<CitationDto> Sources { get; set; } = [];
    }
#pragma warning restore CA1812, SA1402
}
