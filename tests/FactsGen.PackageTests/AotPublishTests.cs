using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using FactsGen.PackageTests.Infrastructure;

namespace FactsGen.PackageTests;

/// <summary>
/// The generated code under trimming and Native AOT: a consumer of the packed package (its files in
/// <see cref="AotConsumer"/>) is built and run on the JIT, then published with <c>PublishAot=true</c>
/// and with <c>PublishTrimmed=true</c>; each publish must give no IL2xxx/IL3xxx warning and its
/// program must print exactly what the JIT run printed. Native AOT links with clang and lld
/// (<c>.ci/setup/clang-lld.sh</c> installs them).
/// </summary>
[Collection(nameof(PackageCollection))]
public sealed class AotPublishTests
{
    // A publish compiles the whole app and framework (ILCompiler for AOT): minutes, and over ten on a
    // 2-core machine that several builds share; the consumer's own build is given as long.
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromMinutes(25);

    private static readonly Regex IlWarning = new(@"\bIL[23]\d{3}\b", RegexOptions.CultureInvariant);

    private static readonly object Gate = new();
    private static (string App, string JitOutput)? _built;

    private readonly PackageFixture _package;

    public AotPublishTests(PackageFixture package) => _package = package;

    [Fact]
    public void PublishAot_GivesNoTrimOrAotWarning_AndPrintsWhatTheJitPrints()
    {
        var (app, jit) = BuildAndRunOnTheJit();
        Assert.True(OnPath("clang") && OnPath("ld.lld"), "Native AOT needs clang and lld on PATH: run .ci/setup/clang-lld.sh");

        var output = Path.Combine(app, "..", "out-aot");
        Publish(app, output, "-p:PublishAot=true");

        Assert.Equal(jit, Run(Path.Combine(output, "Aot")));
        Assert.False(File.Exists(Path.Combine(output, "Aot.dll")), "a native app has no IL assembly next to it");
    }

    [Fact]
    public void PublishTrimmed_GivesNoTrimWarning_AndPrintsWhatTheJitPrints()
    {
        var (app, jit) = BuildAndRunOnTheJit();

        var output = Path.Combine(app, "..", "out-trimmed");
        Publish(app, output, "-p:PublishTrimmed=true", "--self-contained");

        Assert.Equal(jit, Run(Path.Combine(output, "Aot")));
    }

    /// <summary>Publishes for this machine's runtime; fails on a failed publish or any trim/AOT warning.</summary>
    private void Publish(string app, string output, params string[] properties)
    {
        var publish = ProcessRunner.Run(
            ProcessRunner.DotNetHost,
            app,
            new Dictionary<string, string?> { ["NUGET_PACKAGES"] = _package.PackagesCache },
            PublishTimeout,
            new[] { "publish", "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "-o", output, "-nologo", "-tl:off", "--disable-build-servers", "-v:minimal", "-p:TrimmerSingleWarn=false" }
                .Concat(properties).ToArray());
        Assert.True(publish.ExitCode == 0, publish.ToString());
        var warnings = publish.Output.Split('\n').Where(l => IlWarning.IsMatch(l)).ToList();
        Assert.True(warnings.Count == 0, "trim/AOT warnings:\n" + string.Join("\n", warnings));
    }

    /// <summary>The consumer, written and built once per run, and what it prints on the JIT.</summary>
    private (string App, string JitOutput) BuildAndRunOnTheJit()
    {
        lock (Gate)
        {
            if (_built is { } built)
            {
                return built;
            }

            _package.AssertPacked();
            var root = Path.Combine(_package.Root, "aot");
            var library = Path.Combine(root, "AotFacts");
            var app = Path.Combine(root, "Aot");
            Write(Path.Combine(root, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="factsgen-under-test" value="{_package.Feed}" />
                  </packageSources>
                </configuration>
                """);
            Write(Path.Combine(library, "AotFacts.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <RootNamespace>Aot</RootNamespace>
                    <IsAotCompatible>true</IsAotCompatible>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                    <FactsGenProvenanceAttributes>true</FactsGenProvenanceAttributes>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="FactsGen" Version="{_package.Version}" PrivateAssets="all" />
                  </ItemGroup>
                </Project>
                """);
            Write(Path.Combine(library, "facts", "articles.yaml"), AotConsumer.Articles);
            Write(Path.Combine(library, "facts", "articles", "wire.txt"), AotConsumer.Wire);
            Write(Path.Combine(library, "facts", "kinds.yaml"), AotConsumer.Kinds);
            Write(Path.Combine(library, "facts", "facts.yaml"), AotConsumer.Facts);
            Write(Path.Combine(app, "Aot.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="../AotFacts/AotFacts.csproj" />
                  </ItemGroup>
                </Project>
                """);
            Write(Path.Combine(app, "Program.cs"), AotConsumer.Program);

            var build = ProcessRunner.Run(
                ProcessRunner.DotNetHost,
                app,
                new Dictionary<string, string?> { ["NUGET_PACKAGES"] = _package.PackagesCache },
                PublishTimeout,
                "build", "-nologo", "-tl:off", "--disable-build-servers", "-v:minimal");
            Assert.True(build.ExitCode == 0, build.ToString());
            Assert.Contains("0 Warning(s)", build.Output, StringComparison.Ordinal);
            var jit = Run(ProcessRunner.DotNetHost, Path.Combine(app, "bin", "Debug", "net10.0", "Aot.dll"));

            // The program really went through every feature (a publish that breaks one would print otherwise).
            Assert.Contains("actor amara-diallo: Amara Diallo, Person (person), events niamey-meeting, statements 1, deployments 0, affiliates 0", jit, StringComparison.Ordinal);
            Assert.Contains("deployment: about 1,500  since July 2023 (estimated), actor Sahel Guard", jit, StringComparison.Ordinal);
            Assert.Contains("provenance: wire:2 Around 1,500 troops of the Sahel Guard were deployed near Agadez.", jit, StringComparison.Ordinal);
            Assert.Contains("\"strength\":\"~1500\"", jit, StringComparison.Ordinal);
            Assert.Contains("round trip: True True True True", jit, StringComparison.Ordinal);

            _built = (app, jit);
            return _built.Value;
        }
    }

    private static string Run(string executable, params string[] args)
    {
        var run = ProcessRunner.Run(executable, Path.GetDirectoryName(executable)!, null, ProcessRunner.DefaultTimeout, args);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Output;
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n") + (text.EndsWith('\n') ? string.Empty : "\n"));
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, tool)));
}
