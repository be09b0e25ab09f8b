using System.Globalization;
using System.Reflection;

namespace FactsGen.Cli.Tests;

/// <summary>
/// The CLI as editors install it: <c>dotnet pack</c> into a folder feed outside the repository,
/// <c>dotnet tool install --tool-path</c> from that feed (a package cache of its own, so no stale
/// FactsGen.Cli is used), then the installed <c>factsgen</c> checks the real fact base. The package
/// is packed from the build the tests already made (<c>--no-build</c>, the test's configuration):
/// packing is what is tested here, and a Release build of four projects from scratch took a minute
/// of every CI run. The package gets a version of its own; the assembly inside keeps the project's.
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly TempFolder _temp = new("tool-tests");

    // The configuration the referenced CLI was built in: what `pack --no-build` must read.
    private static readonly string Configuration =
        typeof(FactsGen.Cli.CliApp).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void PackedTool_Installs_AndChecksTheRealFacts()
    {
        var version = "1.0.0-tool-test-" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var feed = _temp.Combine("feed");
        var tools = _temp.Combine("tools");
        Directory.CreateDirectory(feed);

        var pack = ProcessRunner.DotNet(
            RepoPaths.Root,
            null,
            "pack", Path.Combine(RepoPaths.Root, "generator", "FactsGen.Cli", "FactsGen.Cli.csproj"),
            "--no-build",
            "-c", Configuration,
            "-o", feed,
            "-p:PackageVersion=" + version,
            "-nologo",
            "-tl:off",
            "--disable-build-servers");
        Assert.True(pack.ExitCode == 0 && File.Exists(Path.Combine(feed, $"FactsGen.Cli.{version}.nupkg")), "dotnet pack failed:\n" + pack);
        Assert.DoesNotContain("readme", pack.Output, StringComparison.OrdinalIgnoreCase);
        using (var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(feed, $"FactsGen.Cli.{version}.nupkg")))
        {
            using var nuspec = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
            var manifest = nuspec.ReadToEnd();
            Assert.Contains("<readme>README.md</readme>", manifest, StringComparison.Ordinal);
            Assert.NotNull(package.GetEntry("README.md"));
            foreach (var command in new[] { "check:", "fix:", "report:", "export:", "schema:", "lsp:" })
            {
                Assert.Contains(command, manifest, StringComparison.Ordinal);
            }
        }


        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = _temp.Combine("packages") };
        var install = ProcessRunner.DotNet(_temp.Path, environment, "tool", "install", "FactsGen.Cli", "--version", version, "--tool-path", tools, "--add-source", feed);
        Assert.True(install.ExitCode == 0, "dotnet tool install failed:\n" + install);

        // The shim finds the runtime the tests run on, wherever it is installed.
        var host = File.Exists(ProcessRunner.DotNetHost) ? new FileInfo(ProcessRunner.DotNetHost).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? ProcessRunner.DotNetHost : null;
        var run = new Dictionary<string, string?> { ["DOTNET_ROOT"] = host is null ? null : Path.GetDirectoryName(host) };
        var shim = Path.Combine(tools, OperatingSystem.IsWindows() ? "factsgen.exe" : "factsgen");
        var check = ProcessRunner.Run(shim, RepoPaths.Root, run, ProcessRunner.DefaultTimeout, "check", "facts");
        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Matches(@"factsgen: \d+ fact files, 2 articles: no problems", check.Output);

        // The installed tool is the one just packed: its assembly is the build's, byte for byte.
        var installed = Directory.GetFiles(tools, Path.GetFileName(typeof(FactsGen.Cli.CliApp).Assembly.Location), SearchOption.AllDirectories).Single();
        Assert.Equal(File.ReadAllBytes(typeof(FactsGen.Cli.CliApp).Assembly.Location), File.ReadAllBytes(installed));
        Assert.Contains(Path.Combine(".store", "factsgen.cli", version), installed, StringComparison.Ordinal);
        var versionRun = ProcessRunner.Run(shim, RepoPaths.Root, run, ProcessRunner.DefaultTimeout, "--version");
        Assert.Equal(typeof(FactsGen.Cli.CliApp).Assembly.GetName().Version!.ToString(3), versionRun.Output.Trim());
        var help = ProcessRunner.Run(shim, RepoPaths.Root, run, ProcessRunner.DefaultTimeout, "fix", "--help");
        Assert.Contains("factsgen fix <folder> [options]", help.Output, StringComparison.Ordinal);
    }
}
