using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FactsGen.Editors.Tests;

/// <summary>
/// The VS Code extension as .ci/setup/npm-editors.sh builds it (npm ci, compile, esbuild, vsce
/// package): the .vsix holds the manifest and one bundled script that loads only VS Code's and
/// Node's modules, and the extension's own unit tests (node's test runner) pass.
/// </summary>
public sealed class VsCodeExtensionTests
{
    private static string Vsix
    {
        get
        {
            var vsix = Path.Combine(EditorClients.VsCodeExtension, "factsgen.vsix");
            Assert.True(File.Exists(vsix), $"{vsix} is missing: run .ci/setup/npm-editors.sh (npm ci, npm run compile and npm run package in editors/vscode).");
            return vsix;
        }
    }

    [Fact]
    public void Vsix_HoldsTheManifestAndOneBundledScript()
    {
        using var zip = ZipFile.OpenRead(Vsix);
        var manifest = JsonNode.Parse(Read(zip, "extension/package.json"))!;

        Assert.Equal("./dist/extension.js", (string?)manifest["main"]);
        // One file, bundled with esbuild: no node_modules, no sources, no tests in the package.
        var scripts = zip.Entries.Where(e => e.FullName.EndsWith(".js", StringComparison.Ordinal)).Select(e => e.FullName).ToList();
        Assert.Equal(new[] { "extension/dist/extension.js" }, scripts);
        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("extension/node_modules/", StringComparison.Ordinal) || e.FullName.StartsWith("extension/src/", StringComparison.Ordinal) || e.FullName.StartsWith("extension/out/", StringComparison.Ordinal));
    }

    [Fact]
    public void Vsix_StartsForFactBasesAtAnyDepth_WithItsTwoSettings_AndNeedsTheYamlExtension()
    {
        using var zip = ZipFile.OpenRead(Vsix);
        var manifest = JsonNode.Parse(Read(zip, "extension/package.json"))!;

        var activation = manifest["activationEvents"]!.AsArray().Select(e => (string?)e).ToList();
        Assert.Contains("workspaceContains:**/facts/**/*.yaml", activation);
        Assert.Contains("onLanguage:yaml", activation);
        Assert.Equal(new[] { "redhat.vscode-yaml" }, manifest["extensionDependencies"]!.AsArray().Select(e => (string?)e));
        var settings = manifest["contributes"]!["configuration"]!["properties"]!.AsObject();
        Assert.Equal(string.Empty, (string?)settings["factsgen.server.path"]!["default"]);
        Assert.Equal("facts", (string?)settings["factsgen.factsDirectory"]!["default"]);

        var extension = Read(zip, "extension/dist/extension.js");
        Assert.Contains("factsDirectory", extension, StringComparison.Ordinal);
        Assert.Contains("registerContributor", extension, StringComparison.Ordinal);
    }

    /// <summary>
    /// No packaged schema: it would know only the built-in kinds and flag every declared one. Fact
    /// files get their fact base's own schema from the extension's contributor (FactBaseSchemaTests).
    /// </summary>
    [Fact]
    public void Vsix_ContributesNoBuiltInOnlySchema()
    {
        using var zip = ZipFile.OpenRead(Vsix);
        var manifest = JsonNode.Parse(Read(zip, "extension/package.json"))!;

        Assert.Null(manifest["contributes"]!["yamlValidation"]);
        Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith(".schema.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Vsix_BundleLoadsOnlyVsCodeAndNodesOwnModules()
    {
        using var zip = ZipFile.OpenRead(Vsix);
        var required = Regex.Matches(Read(zip, "extension/dist/extension.js"), "require\\(\"([^\"]+)\"\\)").Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.Contains("vscode", required);
        Assert.Contains("child_process", required);
        Assert.All(required, module => Assert.True(module == "vscode" || IsNodeBuiltin(module), $"the bundle loads '{module}', which neither VS Code nor Node.js provides"));
    }

    [Fact]
    public async Task ExtensionUnitTests_PassUnderNode()
    {
        Assert.True(Directory.Exists(Path.Combine(EditorClients.VsCodeExtension, "out", "test")), "editors/vscode/out/test is missing: run .ci/setup/npm-editors.sh");

        var node = await ProcessRunner.RunAsync(EditorClients.Node, EditorClients.VsCodeExtension, null, TimeSpan.FromMinutes(2), "--test", "out/test/");

        var stdout = node.Stdout;
        Assert.True(node.ExitCode == 0, $"node --test failed ({node.ExitCode}):\n{stdout}\n{node.Stderr}");
        Assert.Matches(@"# pass [1-9]\d*", stdout);
        Assert.Contains("# fail 0", stdout, StringComparison.Ordinal);
    }

    private static bool IsNodeBuiltin(string module) =>
        module.StartsWith("node:", StringComparison.Ordinal) || module is "path" or "fs" or "os" or "child_process" or "crypto" or "net" or "util" or "events" or "stream" or "url" or "assert" or "buffer" or "tty";

    private static string Read(ZipArchive zip, string entry)
    {
        var found = zip.GetEntry(entry);
        Assert.True(found is not null, $"the .vsix has no {entry}");
        using var reader = new StreamReader(found.Open());
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
