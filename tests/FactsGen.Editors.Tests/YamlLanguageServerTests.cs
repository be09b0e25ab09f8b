using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace FactsGen.Editors.Tests;

/// <summary>
/// Our JSON Schema in the real yaml-language-server (npm), driven over LSP as VS Code's YAML
/// extension drives it: completion inserts valid YAML, hover shows the field's doc, bad values get
/// sentences rather than regexes, and null is never offered as a value. One server for the class
/// (<see cref="YamlLanguageServerFixture"/>), a document per test.
/// </summary>
public sealed class YamlLanguageServerTests : IClassFixture<YamlLanguageServerFixture>, IDisposable
{
    private const string Modeline = "# yaml-language-server: $schema=./factsgen.schema.json\n";

    /// <summary>A deployment with a blank line (line 4) to complete a field on.</summary>
    private const string DeploymentBeingTyped = Modeline
        + "deployments:\n"
        + "  - id: wagner-niger\n"
        + "    location: Niger\n"
        + "    \n"
        + "    purpose: security\n";

    private readonly YamlLanguageServer _server;

    public YamlLanguageServerTests(YamlLanguageServerFixture fixture) => _server = fixture.Server;

    /// <summary>The server is shared: a test that left its document open fails, not the next one.</summary>
    public void Dispose() => Assert.True(_server.OpenDocuments == 0, "the test left its document open in the shared yaml-language-server");

    [Fact]
    public async Task CompletingTheActorField_InsertsKeyColonSpace()
    {
        await using var document = await _server.OpenAsync(DeploymentBeingTyped);

        var items = await document.CompleteAsync(4, 4);

        var actor = Assert.Single(items, i => (string?)i["label"] == "actor");
        Assert.Equal("actor: ", YamlDocument.InsertedText(actor));
    }

    [Fact]
    public async Task EveryFieldAndRecordCompletion_LeavesValidYamlWithTheKeysInTheRecord()
    {
        await using var document = await _server.OpenAsync(DeploymentBeingTyped);

        var items = await document.CompleteAsync(4, 4);

        // Fields (kind 10, Property) and the record snippet ("Deployment": every required field).
        Assert.Contains(items, i => (string?)i["label"] == "Deployment");
        Assert.True(items.Count(i => (int?)i["kind"] == 10) >= 8, "expected the deployment's fields: " + string.Join(", ", items.Select(i => (string?)i["label"])));
        foreach (var item in items)
        {
            var inserted = Expand(YamlDocument.InsertedText(item), indent: "    ");
            var text = DeploymentBeingTyped.Replace("\n    \n", "\n    " + inserted + "\n", StringComparison.Ordinal);
            var record = ParseRecord(text, (string)item["label"]!);
            var keys = Regex.Matches(inserted, @"^\s*([a-z][a-z-]*):", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
            Assert.True(keys.Count > 0, $"'{item["label"]}' inserts no key: '{inserted}'");
            foreach (var key in keys)
            {
                Assert.True(record.Children.ContainsKey(new YamlScalarNode(key)), $"'{item["label"]}' inserts '{inserted}', which does not put '{key}' in the record:\n{text}");
            }
        }
    }

    [Fact]
    public async Task HoverOnTheActorKey_ShowsTheFieldsDoc()
    {
        await using var document = await _server.OpenAsync(Modeline + """
            deployments:
              - id: wagner-niger
                actor: wagner
                location: Niger
            """);

        var hover = await document.HoverAsync(3, 6);

        Assert.Contains("Who is deployed", hover, StringComparison.Ordinal);
        Assert.DoesNotContain("lower-case words", hover, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadDateAndQuantity_GetSentences_NotRegexes()
    {
        await using var document = await _server.OpenAsync(Modeline + """
            deployments:
              - id: wagner-niger
                actor: wagner
                location: Niger
                since: 9 August 2023
                strength: "5,000"
                sources:
                  - {article: a, line: 1, quote: q}
            """);

        var diagnostics = await document.DiagnosticsAsync(d => d.Count >= 2);

        var messages = diagnostics.Select(d => (int)d!["range"]!["start"]!["line"]! + ": " + (string)d!["message"]!).ToList();
        Assert.Contains("5: Expected a date: YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2021, 2023-08, 2023-08-09), or an interval START/END with .. for an open end (e.g. 2023-07-31/2023-08-06, ../2023-08-08, 2023-07-26/..).", messages);
        Assert.Contains(messages, m => m.StartsWith("6: Expected a quantity: 1500 (exact), ~1000 (about)", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.Contains("pattern", StringComparison.OrdinalIgnoreCase) || m.Contains("[0-9]", StringComparison.Ordinal));
        Assert.Equal(2, messages.Count);
    }

    [Theory]
    [InlineData("since: ", "2023-08-09")]
    [InlineData("strength: ", "~1000")]
    [InlineData("certainty: ", "estimated")]
    [InlineData("countries: ", "NE")]
    [InlineData("actor: ", null)]
    public async Task ValueCompletion_NeverOffersNull(string key, string? offered)
    {
        var yaml = Modeline + "deployments:\n  - id: wagner-niger\n    location: Niger\n    " + key + "\n";
        await using var document = await _server.OpenAsync(yaml);

        var labels = (await document.CompleteAsync(4, 4 + key.Length)).Select(i => (string?)i["label"]).ToList();

        Assert.DoesNotContain("null", labels);
        if (offered is not null)
        {
            Assert.Contains(offered, labels);
        }
    }

    public static TheoryData<string> FactFiles() =>
        new(Directory.GetFiles(RepoPaths.Facts, "*.yaml").Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(FactFiles))]
    public async Task RealFactFile_HasNoSchemaProblemInTheServer(string file)
    {
        // A mistake appended at the end shows the schema is in force; it must be the only problem.
        var yaml = File.ReadAllText(Path.Combine(RepoPaths.Facts, file)).TrimEnd() + "\nunknown-section: []\n";
        await using var document = await _server.OpenAsync(yaml);

        var diagnostics = await document.DiagnosticsAsync(d => d.Count > 0);

        var only = Assert.Single(diagnostics);
        Assert.Equal(yaml.Split('\n').Length - 2, (int)only!["range"]!["start"]!["line"]!);
    }

    /// <summary>A snippet as an editor inserts it: placeholders filled, later lines at the cursor's indent.</summary>
    private static string Expand(string snippet, string indent)
    {
        var text = Regex.Replace(snippet, @"\$\{\d+:([^}]*)\}", "$1");
        text = Regex.Replace(text, @"\$\{\d+\}|\$\d+", "x");
        return text.TrimEnd('\n').Replace("\n", "\n" + indent, StringComparison.Ordinal);
    }

    /// <summary>The first deployment of a YAML text, failing the test when the text is not valid YAML.</summary>
    private static YamlMappingNode ParseRecord(string text, string label)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            Assert.Fail($"completing '{label}' leaves invalid YAML ({e.Message}):\n{text}");
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var deployments = (YamlSequenceNode)root.Children[new YamlScalarNode("deployments")];
        return (YamlMappingNode)deployments.Children[0];
    }
}
