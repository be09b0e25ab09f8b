using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace FactsGen.Editors.Tests;

/// <summary>
/// The VS Code extension as .ci/setup/npm-editors.sh builds it (npm ci, compile, vsce package): the
/// .vsix holds the manifest, the compiled extension, every module it loads and the current schema,
/// and the extension's own unit tests (node's test runner) pass.
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
    public void Vsix_HoldsTheManifestAndTheCompiledExtension()
    {
        using var zip = ZipFile.OpenRead(Vsix);
        var manifest = JsonNode.Parse(Read(zip, "extension/package.json"))!;

        Assert.Equal("./out/extension.js", (string?)manifest["main"]);
        foreach (var file in new[] { "extension.js", "oneSquiggle.js", "serverCommand.js", "squiggleRules.js" })
        {
            Assert.NotNull(zip.GetEntry("extension/out/" + file));
        }

        // Sources and the extension's own tests stay out of the package.
        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("extension/src/", StringComparison.Ordinal) || e.FullName.StartsWith("extension/out/test/", StringComparison.Ordinal));
    }

    [Fact]
    public void Vsix_StartsTheServerForFactFiles_WithItsTwoSettings()
    {
        using var zip = ZipFile.OpenRead(Vsix);
        var manifest = JsonNode.Parse(Read(zip, "extension/package.json"))!;

        var activation = manifest["activationEvents"]!.AsArray().Select(e => (string?)e).ToList();
        Assert.Contains("workspaceContains:facts/**/*.yaml", activation);
        Assert.Contains("onLanguage:yaml", activation);
        var settings = manifest["contributes"]!["configuration"]!["properties"]!.AsObject();
        Assert.Equal(string.Empty, (string?)settings["factsgen.server.path"]!["default"]);
        Assert.Equal("facts", (string?)settings["factsgen.factsDirectory"]!["default"]);

        var extension = Read(zip, "extension/out/extension.js");
        Assert.Contains("initializationOptions: { factsDirectory }", extension, StringComparison.Ordinal);
    }

    [Fact]
    public void Vsix_AssociatesTheCurrentSchemaWithFactFiles()
    {
        using var zip = ZipFile.OpenRead(Vsix);
        var manifest = JsonNode.Parse(Read(zip, "extension/package.json"))!;

        var validation = Assert.Single(manifest["contributes"]!["yamlValidation"]!.AsArray())!;
        Assert.Contains("facts/**/*.yaml", validation["fileMatch"]!.AsArray().Select(f => (string?)f));
        var schema = "extension/" + ((string)validation["url"]!).TrimStart('.', '/');
        var expected = File.ReadAllText(Path.Combine(RepoPaths.Root, "generator", "FactsGen.Generator", "build", "factsgen.schema.json")).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.True(expected == Read(zip, schema), $"{schema} in the .vsix is not generator/FactsGen.Generator/build/factsgen.schema.json: rebuild it (.ci/setup/npm-editors.sh)");
    }

    /// <summary>
    /// The association the .vsix contributes, as VS Code's YAML extension hands it to
    /// yaml-language-server (json/schemaAssociations): a fact file under facts/ is checked with the
    /// shipped schema with no modeline, and a YAML file elsewhere is left alone.
    /// </summary>
    [Theory]
    [InlineData("facts/deployments.yaml", true)]
    [InlineData("facts/2023/niger.yml", true)]
    [InlineData("config/settings.yaml", false)]
    public async Task ContributedSchemaAssociation_ChecksFactFilesWithoutAModeline(string fileName, bool checkedWithTheSchema)
    {
        var folder = Path.Combine(Path.GetTempPath(), "factsgen-vsix-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var associations = new JsonObject();
            using (var zip = ZipFile.OpenRead(Vsix))
            {
                var manifest = JsonNode.Parse(Read(zip, "extension/package.json"))!;
                foreach (var validation in manifest["contributes"]!["yamlValidation"]!.AsArray())
                {
                    var schema = Path.Combine(folder, Path.GetFileName((string)validation!["url"]!));
                    File.WriteAllText(schema, Read(zip, "extension/" + ((string)validation["url"]!).TrimStart('.', '/')));
                    associations[new Uri(schema).AbsoluteUri] = validation["fileMatch"]!.DeepClone();
                }
            }

            const string Yaml = "deployments:\n  - id: wagner-niger\n    actor: wagner\n    location: Niger\n    since: 9 August 2023\n    sources:\n      - {article: a, line: 1, quote: q}\n";
            await using var session = await YamlLanguageServerSession.OpenAsync(Yaml, fileName, associations);

            // Hover answers from a schema only: empty where none applies (diagnostics cannot show an absence).
            var hover = await session.HoverAsync(4, 6);
            if (checkedWithTheSchema)
            {
                var diagnostics = await session.DiagnosticsAsync(d => d.Count > 0);
                Assert.Equal("Expected a date: YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2021, 2023-08, 2023-08-09), or an interval START/END with .. for an open end (e.g. 2023-07-31/2023-08-06, ../2023-08-08, 2023-07-26/..).", (string?)Assert.Single(diagnostics)!["message"]);
                Assert.Contains("Since when.", hover, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(string.Empty, hover);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Vsix_HoldsEveryModuleTheExtensionLoads()
    {
        using var zip = ZipFile.OpenRead(Vsix);
        var required = zip.Entries
            .Where(e => Regex.IsMatch(e.FullName, "^extension/out/[^/]+\\.js$"))
            .SelectMany(e => Regex.Matches(Read(zip, e.FullName), "require\\(\"([^\"]+)\"\\)").Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.Contains("vscode-languageclient/node", required);
        foreach (var module in required.Where(m => m != "vscode" && !m.StartsWith("./", StringComparison.Ordinal) && !IsNodeBuiltin(m)))
        {
            var package = string.Join('/', module.Split('/').Take(module.StartsWith('@') ? 2 : 1));
            Assert.True(zip.GetEntry($"extension/node_modules/{package}/package.json") is not null, $"the extension loads '{module}', which the .vsix does not hold");
        }
    }

    [Fact]
    public async Task ExtensionUnitTests_PassUnderNode()
    {
        Assert.True(Directory.Exists(Path.Combine(EditorClients.VsCodeExtension, "out", "test")), "editors/vscode/out/test is missing: run .ci/setup/npm-editors.sh");

        var node = await ChildProcess.RunAsync(EditorClients.Node, new[] { "--test", "out/test/" }, EditorClients.VsCodeExtension, TimeSpan.FromMinutes(2));

        var stdout = node.Stdout;
        Assert.True(node.ExitCode == 0, $"node --test failed ({node.ExitCode}):\n{stdout}\n{node.Stderr}");
        Assert.Matches(@"# pass [1-9]\d*", stdout);
        Assert.Contains("# fail 0", stdout, StringComparison.Ordinal);
    }

    private static bool IsNodeBuiltin(string module) => module.StartsWith("node:", StringComparison.Ordinal) || module is "path" or "fs" or "os" or "child_process";

    private static string Read(ZipArchive zip, string entry)
    {
        var found = zip.GetEntry(entry);
        Assert.True(found is not null, $"the .vsix has no {entry}");
        using var reader = new StreamReader(found.Open());
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
