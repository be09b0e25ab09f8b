using System.Globalization;

namespace FactsGen.PackageTests.Infrastructure;

/// <summary>
/// Packs the generator once, as <c>dotnet pack</c> does for a release, into a folder feed under the
/// system temp folder, outside the repository (so its Directory.Build.props, Directory.Packages.props
/// and global.json do not reach the consumers). The version is unique per run, so the consumers
/// can only get the FactsGen packed here; they restore into a package cache kept between runs for
/// the packages that are not under test (the runtime and ILCompiler packs a publish needs are large),
/// and this run's FactsGen is removed from it at the end. The pack builds into its own artifacts
/// folder, leaving the repository's bin/ and obj/ alone. One fixture for the whole project
/// (<see cref="PackageCollection"/>): the package is packed once.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    private readonly TempFolder _folder = new("package-tests");

    public PackageFixture()
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var unique = Guid.NewGuid().ToString("N").Substring(0, 8);
        Version = $"1.0.0-test-{stamp}-{unique}";
        Feed = Path.Combine(Root, "feed");
        PackagesCache = Path.Combine(Path.GetTempPath(), "factsgen-package-tests-nuget");
        Directory.CreateDirectory(Feed);

        // Stop MSBuild's upward search for Directory.Build.* / Directory.Packages.props here.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />\n");

        Pack = ProcessRunner.DotNet(
            RepoPaths.Root,
            null,
            "pack", Path.Combine(RepoPaths.Generator, "FactsGen.Generator.csproj"),
            "-c", "Release",
            "-o", Feed,
            "-p:Version=" + Version,
            "--artifacts-path", Path.Combine(Root, "artifacts"),
            "-nologo",
            "-tl:off",
            "--disable-build-servers");
        PackagePath = Path.Combine(Feed, $"FactsGen.{Version}.nupkg");
    }

    public string Version { get; }

    /// <summary>The temp folder everything lives in; deleted at the end (kept when FACTSGEN_KEEP_TEMP=1).</summary>
    public string Root => _folder.Path;

    public string Feed { get; }

    public string PackagesCache { get; }

    public ProcessResult Pack { get; }

    public string PackagePath { get; }

    /// <summary>Fails the calling test with the pack log when the pack failed.</summary>
    public void AssertPacked()
    {
        Assert.True(Pack.ExitCode == 0 && File.Exists(PackagePath), "dotnet pack failed:\n" + Pack);
    }

    /// <summary>
    /// A fresh console project in its own folder that references only the package: a nuget.config
    /// adding the local feed (nuget.org and any machine-wide sources still come from the user's
    /// NuGet configuration), and a copy of the real fact base under <paramref name="factsFolder"/>.
    /// </summary>
    public string CreateConsumer(string name, string program, string factsFolder = "facts", string extraProperties = "")
    {
        AssertPacked();
        var dir = Path.Combine(Root, name);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="FactsGen" Version="{Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), program);
        File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="factsgen-under-test" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        TempFolder.CopyDirectory(RepoPaths.Facts, Path.Combine(dir, factsFolder));
        return dir;
    }

    /// <summary><c>dotnet build</c> in the consumer folder, restoring into the isolated package cache.</summary>
    public ProcessResult Build(string consumerDir, params string[] extraArgs) =>
        ProcessRunner.DotNet(
            consumerDir,
            new Dictionary<string, string?> { ["NUGET_PACKAGES"] = PackagesCache },
            new[] { "build", "-nologo", "-tl:off", "--disable-build-servers", "-v:minimal" }.Concat(extraArgs).ToArray());

    /// <summary>Runs the built consumer (Debug, net10.0) with the host that runs the tests.</summary>
    public static ProcessResult RunConsumer(string consumerDir)
    {
        var name = Path.GetFileName(consumerDir);
        return ProcessRunner.DotNet(consumerDir, null, Path.Combine(consumerDir, "bin", "Debug", "net10.0", name + ".dll"));
    }

    public void Dispose()
    {
        _folder.Dispose();
        try
        {
            var ours = Path.Combine(PackagesCache, "factsgen", Version);
            if (Directory.Exists(ours))
            {
                Directory.Delete(ours, recursive: true);
            }
        }
        catch (IOException)
        {
            // A restore still holding a file: the next run's version differs anyway.
        }
    }
}

/// <summary>The tests that use the packed package share one pack (and so run one class at a time).</summary>
[CollectionDefinition(nameof(PackageCollection))]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>;
