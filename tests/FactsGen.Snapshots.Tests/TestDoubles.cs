using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using FactsGen.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace FactsGen.Snapshots.Tests;

/// <summary>Injected environments: the process environment (a developer's or CI's) never leaks in.</summary>
static class Env
{
    public static readonly Func<string, string?> None = _ => null;
    public static readonly Func<string, string?> Accept = Of(("FACTSGEN_ACCEPT_SNAPSHOTS", "1"));
    public static readonly Func<string, string?> AcceptOnCi = Of(("FACTSGEN_ACCEPT_SNAPSHOTS", "1"), ("CI", "true"));

    public static Func<string, string?> Of(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}

static class SettingsTaskExtensions
{
    /// <summary>Writes into <paramref name="dir"/> and reads the environment from <paramref name="env"/>.</summary>
    public static SettingsTask In(this SettingsTask task, TempFolder dir, Func<string, string?>? env = null) =>
        task.UseDirectory(dir.Path).UseEnvironment(env ?? Env.None);
}

/// <summary>An additional file held in memory; paths are stable fakes like "/facts/actors.yaml".</summary>
sealed class InMemoryText(string path, string text) : AdditionalText
{
    public override string Path => path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}

/// <summary>
/// Tiny generator: each additional file "x.yaml" of "key: value" lines becomes "x.g.cs" with one
/// constant per line; a line starting with '!' is reported (FGT001) and an empty file too (FGT002).
/// The output keeps the input's line endings, so CRLF input yields CRLF output.
/// </summary>
sealed class EchoGenerator : IIncrementalGenerator
{
#pragma warning disable RS2008 // Release tracking is for shipped analyzers; these ids exist only in this test.
    public static readonly DiagnosticDescriptor Flagged = new(
        "FGT001", "Flagged line", "Line {0} is flagged: {1}", "FactsGen.Tests", DiagnosticSeverity.Warning, true,
        description: "Lines starting with '!' are skipped.", helpLinkUri: "https://example.invalid/FGT001");

    public static readonly DiagnosticDescriptor Empty = new(
        "FGT002", "Empty fact file", "Fact file '{0}' is empty", "FactsGen.Tests", DiagnosticSeverity.Warning, true);
#pragma warning restore RS2008

    public void Initialize(IncrementalGeneratorInitializationContext context) =>
        context.RegisterSourceOutput(context.AdditionalTextsProvider, static (spc, file) =>
        {
            var text = file.GetText(spc.CancellationToken)!;
            var name = Path.GetFileNameWithoutExtension(file.Path);
            if (text.Length == 0)
            {
                spc.ReportDiagnostic(Diagnostic.Create(Empty, Location.None, name));
                return;
            }

            var newline = text.ToString().Contains("\r\n") ? "\r\n" : "\n";
            var members = new List<string>();
            foreach (var line in text.Lines)
            {
                var content = line.ToString();
                if (content.StartsWith('!'))
                {
                    var location = Location.Create(file.Path, line.Span, text.Lines.GetLinePositionSpan(line.Span));
                    spc.ReportDiagnostic(Diagnostic.Create(Flagged, location, line.LineNumber + 1, content));
                }
                else if (content.Split(": ", 2) is [var key, var value])
                {
                    members.Add($"    public const string {char.ToUpperInvariant(key[0])}{key[1..]} = \"{value}\";");
                }
            }

            string[] lines = ["namespace Facts;", "", $"public static class {char.ToUpperInvariant(name[0])}{name[1..]}", "{", .. members, "}", ""];
            spc.AddSource($"{name}.g.cs", string.Join(newline, lines));
        });
}

/// <summary>A generator that crashes, to check the exception surfaces instead of a snapshot.</summary>
sealed class ThrowingGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context) =>
        context.RegisterSourceOutput(context.AdditionalTextsProvider, static (_, _) =>
            throw new InvalidOperationException("generator blew up"));
}

/// <summary>A second generator type emitting the same hint names as <see cref="EchoGenerator"/>.</summary>
sealed class SecondEchoGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context) => new EchoGenerator().Initialize(context);
}

static class Drivers
{
    public static GeneratorDriver Run(params (string Path, string Text)[] files) => Run([new EchoGenerator()], files);

    public static GeneratorDriver Run(IIncrementalGenerator generator, params (string Path, string Text)[] files) =>
        Run([generator], files);

    public static GeneratorDriver Run(IIncrementalGenerator[] generators, params (string Path, string Text)[] files) =>
        CSharpGeneratorDriver
            .Create(
                generators.Select(g => g.AsSourceGenerator()),
                additionalTexts: files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)))
            .RunGenerators(CSharpCompilation.Create("FactsGen.Snapshots.Tests.Input"));
}
