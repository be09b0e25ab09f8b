using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using FactsGen.FuzzTests.Fuzzing;
using FactsGen.Schema;
using FactsGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using YamlDotNet.RepresentationModel;
using Xunit.Abstractions;

namespace FactsGen.FuzzTests;

/// <summary>
/// Nothing lost (issue 3 §5): every key and every value of a fact file either reaches the generated
/// code or is reported. The YAML is walked independently of the generator (YamlDotNet's
/// representation model); each scalar must be found among the values of its record, read from the
/// compiled fact base at run time, or lie under a diagnostic: its own (a bad value, an unknown
/// field), or its record's when the record is not emitted. Known keys reach the code as the
/// properties they fill; unknown ones must be reported where they are.
/// </summary>
public class NothingLostTests(ITestOutputHelper output)
{
    public static TheoryData<string> Inputs() => new() { "real facts", "every value type", "broken", "hostile" };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void EveryKeyAndValueReachesTheGeneratedCodeOrIsReported(string input)
    {
        var factBase = Input(input);
        var run = GeneratorOracle.Run(factBase.ToAdditionalTexts(), compile: false);
        var (lost, scalars) = Lost(factBase, run, Runtime(run, factBase));

        output.WriteLine($"{input}: {scalars} scalars, each in the generated code or reported; {run.Diagnostics.Count} diagnostic(s)");
        Assert.True(lost.Count == 0, $"lost:\n{string.Join("\n", lost)}\ndiagnostics:\n{run.DiagnosticsText}");
        Assert.True(scalars > 10, "nothing was walked");
    }

    /// <summary>The check itself sees a loss: the real YAML against a compiled fact base that lacks one value.</summary>
    [Fact]
    public void TheCheckSeesALostValue()
    {
        var actors = FactBase.Real.Files.Single(f => f.Path == "facts/actors.yaml").Text;
        var without = FactBase.Real.With(FactFile.FromText("facts/actors.yaml", actors.Replace("    role: \"Russian mercenary group\"\n", string.Empty, StringComparison.Ordinal)));
        var compiled = GeneratorOracle.Run(without.ToAdditionalTexts(), compile: false);
        Assert.Empty(compiled.Diagnostics);

        var real = GeneratorOracle.Run(FactBase.Real.ToAdditionalTexts(), compile: false);
        var (lost, _) = Lost(FactBase.Real, real, Runtime(compiled, without));
        var single = Assert.Single(lost);
        Assert.Contains("'role' value 'Russian mercenary group' of actor 'wagner'", single, StringComparison.Ordinal);
    }

    private static RuntimeValues Runtime(OracleRun run, FactBase factBase) =>
        RuntimeValues.Read(GeneratorHarness.CreateCompilation().AddSyntaxTrees(run.Result.GeneratedTrees), GeneratorHarness.Namespace, Schema(factBase));

    /// <summary>The fact base's kinds, built-in and declared (docs/fact-files.md §6), as the generator's schema step builds them.</summary>
    private static FactSchema Schema(FactBase factBase) =>
        FactsGen.FactBaseSteps.BuildSchema(factBase.YamlFiles
            .Select(f => FactsGen.FactBaseSteps.ReadKinds(FactBase.ProjectDir + f.Path, BytesAdditionalText.Decode(f.Bytes), default))
            .ToImmutableArray()).Schema;

    /// <summary>Walks the YAML of <paramref name="factBase"/>: what is neither among the run-time values nor under a diagnostic of <paramref name="run"/>.</summary>
    private static (List<string> Lost, int Scalars) Lost(FactBase factBase, OracleRun run, RuntimeValues runtime)
    {
        var texts = factBase.ToAdditionalTexts();
        var lost = new List<string>();
        var scalars = 0;
        var schema = Schema(factBase);
        foreach (var file in factBase.YamlFiles)
        {
            var path = FactBase.ProjectDir + file.Path;
            var text = texts.Single(t => t.Path == path).GetText()!.ToString();
            var diagnostics = run.Diagnostics.Where(d => d.Location.GetLineSpan().Path == path).Select(d => d.Location.SourceSpan).ToList();
            var walker = new Walker(file.Path, text, diagnostics, runtime, lost, schema);
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(text));
            }
            catch (Exception e)
            {
                // What YamlDotNet cannot load, the generator reported (FG0001/FG0009) in that file.
                Assert.True(run.Diagnostics.Any(d => d.Location.GetLineSpan().Path == path && d.Id is "FG0001" or "FG0009" or "FG0015"), $"{file.Path} does not load ({e.Message}) and nothing was reported");
                continue;
            }

            foreach (var document in stream.Documents)
            {
                walker.Document(document.RootNode);
            }

            scalars += walker.Count;
        }

        return (lost, scalars);
    }

    private static FactBase Input(string name) => name switch
    {
        "real facts" => FactBase.Real,
        "every value type" => Focused(FocusedInputs.EveryValueType),
        "broken" => Focused(FocusedInputs.Broken),
        "hostile" => Focused(FocusedInputs.Hostile),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static FactBase Focused(string yaml) =>
        new([FactFile.FromText("facts/articles/a.txt", FocusedInputs.ArticleText), FactFile.FromText("facts/focused.yaml", yaml)]);

    private sealed class Walker(string file, string text, List<TextSpan> diagnostics, RuntimeValues runtime, List<string> lost, FactSchema schema)
    {
        public int Count { get; private set; }

        public void Document(YamlNode root)
        {
            if (root is YamlScalarNode { Value: null or "" or "~" or "null" })
            {
                return;
            }

            if (root is not YamlMappingNode mapping)
            {
                Reported(root, "a document that is not a mapping");
                return;
            }

            foreach (var (keyNode, value) in mapping.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value;
                // Declarations are no facts: what they declare is the generated types, which compile or are reported (FG0016).
                // A broken kind's section is silenced by design (docs/fact-files.md §6): its declaration is what is reported.
                if (key == FactKinds.KindsSection || (key is not null && schema.IsSilenced(key)))
                {
                    continue;
                }

                var kind = key is null ? null : schema.FindSection(key);
                if (kind is null)
                {
                    Reported(keyNode, $"section '{key}'");
                    continue;
                }

                Count++;
                switch (value)
                {
                    case YamlSequenceNode records:
                        foreach (var record in records.Children)
                        {
                            Record(kind, record);
                        }

                        break;
                    case YamlScalarNode { Value: null or "" or "~" or "null" }:
                        break;
                    default:
                        Reported(value, $"section '{key}' that is not a list");
                        break;
                }
            }
        }

        private void Record(KindDescriptor kind, YamlNode node)
        {
            if (node is not YamlMappingNode mapping)
            {
                Reported(node, $"{kind.Noun} that is not a mapping");
                return;
            }

            var id = mapping.Children.Where(p => p.Key is YamlScalarNode { Value: "id" }).Select(p => (p.Value as YamlScalarNode)?.Value).FirstOrDefault();
            var emitted = id is null ? null : runtime.Facts.FirstOrDefault(f => f.Section == kind.Section && f.Id == id);

            // What the record holds at run time: every value of every field, and each citation's parts.
            var values = new HashSet<string>(StringComparer.Ordinal);
            foreach (var field in emitted?.Fields.Values ?? [])
            {
                foreach (var value in field)
                {
                    values.Add(value);

                    // Claims (rank|value|note|citations|inferred) and inferences (field|reason): each part is a value.
                    foreach (var part in value.Split('|').Concat(value.Split(';').SelectMany(c => c.Split('|'))))
                    {
                        values.Add(part);
                        if (part.IndexOf(':', StringComparison.Ordinal) is var colon and > 0) values.Add(part.Substring(colon + 1));
                    }
                    if (kind.SourcesField is not null && value.Split('|', 3) is [var article, var line, var quote])
                    {
                        values.UnionWith([article, line, quote]);
                    }
                }
            }

            foreach (var (keyNode, value) in mapping.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value;
                if (key == FactBaseGenerator.InferredKey && value is YamlMappingNode inferred)
                {
                    // An inference reaches the record's Inferences as field|reason.
                    foreach (var (fieldNode, reasonNode) in inferred.Children)
                    {
                        Count++;
                        if (!emitted?.Fields.GetValueOrDefault(FactBaseGenerator.InferredKey)?.Contains($"{(fieldNode as YamlScalarNode)?.Value}|{(reasonNode as YamlScalarNode)?.Value}") ?? true)
                        {
                            Reported(fieldNode, $"inference '{(fieldNode as YamlScalarNode)?.Value}' of {kind.Noun} '{id}'", emitted is null ? mapping : null);
                        }
                    }

                    continue;
                }

                if (key is null || kind.IndexOf(key) < 0)
                {
                    Reported(keyNode, $"field '{key}' of {kind.Noun} '{id}'", mapping);
                    continue;
                }

                Count++;
                foreach (var scalar in Scalars(value))
                {
                    Count++;
                    if (!values.Contains(scalar.Value!))
                    {
                        Reported(scalar, $"'{key}' value '{Mutator.Escape(scalar.Value!)}' of {kind.Noun} '{id}'", emitted is null ? mapping : null);
                    }
                }
            }
        }

        /// <summary>The non-empty scalars of a field value: itself, a list's items, or a citation's values (keys checked).</summary>
        private IEnumerable<YamlScalarNode> Scalars(YamlNode value)
        {
            switch (value)
            {
                case YamlScalarNode { Value: null or "" or "~" or "null" }:
                    yield break;
                case YamlScalarNode scalar:
                    yield return scalar;
                    yield break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children)
                    {
                        foreach (var scalar in Scalars(item))
                        {
                            yield return scalar;
                        }
                    }

                    yield break;
                case YamlMappingNode { Children.Count: 1 } claims when claims.Children.Keys.Single() is YamlScalarNode { Value: "claims" }:
                    // A disputed value (docs/fact-files.md §14): each claim's keys and values.
                    foreach (var claim in (claims.Children.Values.Single() as YamlSequenceNode)?.Children ?? [])
                    {
                        if (claim is not YamlMappingNode claimMapping)
                        {
                            Reported(claim, "claim", claims);
                            continue;
                        }

                        foreach (var (keyNode, part) in claimMapping.Children)
                        {
                            if (keyNode is not YamlScalarNode { Value: "value" or "rank" or "note" or "sources" or "inferred" })
                            {
                                Reported(keyNode, $"claim key '{(keyNode as YamlScalarNode)?.Value}'", claimMapping);
                                continue;
                            }

                            var parts = part is YamlMappingNode map && keyNode is YamlScalarNode { Value: "inferred" } ? map.Children.Values : [part];
                            foreach (var scalar in parts.SelectMany(Scalars))
                            {
                                yield return scalar;
                            }
                        }
                    }

                    yield break;
                case YamlMappingNode citation:
                    foreach (var (keyNode, part) in citation.Children)
                    {
                        if (keyNode is not YamlScalarNode { Value: "article" or "line" or "quote" })
                        {
                            Reported(keyNode, $"citation key '{(keyNode as YamlScalarNode)?.Value}'", citation);
                            continue;
                        }

                        foreach (var scalar in Scalars(part))
                        {
                            yield return scalar;
                        }
                    }

                    yield break;
            }
        }

        /// <summary>Asserts a diagnostic covers the node (or, when given, lies within the enclosing record that was not emitted).</summary>
        private void Reported(YamlNode node, string what, YamlNode? record = null)
        {
            var span = Span(node);
            var reported = diagnostics.Any(d => d.IntersectsWith(span) || (d.IsEmpty && span.Contains(d.Start)) || d.Start == span.Start)
                || (record is not null && Span(record) is var outer && diagnostics.Any(d => outer.Contains(d.Start)));
            if (!reported)
            {
                var line = node.Start.Line.ToString(CultureInfo.InvariantCulture);
                lost.Add($"{file}({line}): {what} is neither in the generated code nor reported");
            }
        }

        /// <summary>The node's span; a collection's runs to its last descendant's end (the model's end marks of block collections are not reliable).</summary>
        private TextSpan Span(YamlNode node)
        {
            var start = (int)Math.Min(node.Start.Index, text.Length);
            var end = node.AllNodes.Max(n => n.End.Index);
            return TextSpan.FromBounds(start, (int)Math.Min(Math.Max(end, start), text.Length));
        }
    }
}
