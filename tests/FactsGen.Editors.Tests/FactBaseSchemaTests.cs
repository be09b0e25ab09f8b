using System.Text.RegularExpressions;

namespace FactsGen.Editors.Tests;

/// <summary>
/// The schema the VS Code extension gives the YAML extension: the fact base's own, written by
/// <c>factsgen schema &lt;folder&gt;</c> (declared kinds included) and served through a schema
/// contributor, in the real yaml-language-server as VS Code's YAML extension drives it. No modeline.
/// One server for the class (<see cref="FactBaseSchemaFixture"/>), a document per test.
/// </summary>
public sealed class FactBaseSchemaTests : IClassFixture<FactBaseSchemaFixture>, IDisposable
{
    private static readonly Regex Modeline = new(@"^# yaml-language-server: \$schema=.*\n", RegexOptions.Multiline);

    private readonly FactBaseSchemaFixture _fixture;

    public FactBaseSchemaTests(FactBaseSchemaFixture fixture) => _fixture = fixture;

    private YamlLanguageServer Server => _fixture.Server;

    private ContributedSchemas Contributed => _fixture.Contributed;

    /// <summary>The server is shared: a test that left its document open fails, not the next one.</summary>
    public void Dispose() => Assert.True(Server.OpenDocuments == 0, "the test left its document open in the shared yaml-language-server");

    public static TheoryData<string> FactFiles() =>
        new(Directory.GetFiles(RepoPaths.Facts, "*.yaml").Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal)!);

    /// <summary>Every real fact file, declared kinds included, has no schema problem but the one mistake appended to show the schema is in force.</summary>
    [Theory]
    [MemberData(nameof(FactFiles))]
    public async Task RealFactFile_WithoutModeline_HasNoSchemaProblem_WithItsFactBasesSchema(string file)
    {
        // Published under a URI the server has not loaded yet, so this test sees it ask for the content.
        Contributed.Publish(await _fixture.FactBaseSchemaAsync());
        var asked = Contributed.ContentRequests;
        var yaml = Modeline.Replace(File.ReadAllText(Path.Combine(RepoPaths.Facts, file)), string.Empty).TrimEnd() + "\nunknown-section: []\n";

        await using var document = await Server.OpenAsync(yaml, "facts/" + file);
        var diagnostics = await document.DiagnosticsAsync(d => d.Count > 0);

        var only = Assert.Single(diagnostics);
        Assert.Equal(yaml.Split('\n').Length - 2, (int)only!["range"]!["start"]!["line"]!);
        Assert.True(Contributed.ContentRequests > asked, "the server never asked the contributor for the schema");
    }

    /// <summary>What the extension used to do (the built-in kinds' schema): a declared kind is a false error. The test above would fail so.</summary>
    [Fact]
    public async Task BuiltInKindsSchema_FlagsADeclaredKind()
    {
        Contributed.Publish(await FactsGenSchema.WriteAsync(folder: null));
        var yaml = Modeline.Replace(File.ReadAllText(Path.Combine(RepoPaths.Facts, "events.yaml")), string.Empty);

        await using var document = await Server.OpenAsync(yaml, "facts/events.yaml");
        var diagnostics = await document.DiagnosticsAsync(d => d.Count > 0);

        Assert.Contains(diagnostics, d => ((string?)d!["message"])!.Contains("events", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeclaredKind_CompletesItsFields()
    {
        Contributed.Publish(await _fixture.FactBaseSchemaAsync());
        const string Yaml = "events:\n  - id: niger-talks\n    \n";

        await using var document = await Server.OpenAsync(Yaml, "facts/talks.yaml");
        var labels = (await document.CompleteAsync(2, 4)).Select(i => (string?)i["label"]).ToList();

        Assert.Contains("description", labels);
        Assert.Contains("kind", labels);
        Assert.Contains("actors", labels);
    }

    /// <summary>
    /// A field added to a declared kind: the extension writes the schema again, under a new URI; the
    /// next validation of the open file uses it, so the field is no longer an error.
    /// </summary>
    [Fact]
    public async Task ChangedKinds_ReachTheServerUnderANewSchemaUri()
    {
        using var folder = new TempFolder("kinds");
        var facts = folder.Write("facts/kinds.yaml", Kinds(withHost: false));
        facts = Path.GetDirectoryName(facts)!;
        Contributed.Publish(await FactsGenSchema.WriteAsync(facts));
        const string Yaml = "meetings:\n  - id: niger-talks\n    venue: Abuja\n    host: ecowas\n    sources:\n      - {article: a, line: 1, quote: q}\n";

        await using var document = await Server.OpenAsync(Yaml, "facts/meetings.yaml");
        var before = await document.DiagnosticsAsync(d => d.Count > 0);
        Assert.Equal(3, (int)Assert.Single(before)!["range"]!["start"]!["line"]!);

        folder.Write("facts/kinds.yaml", Kinds(withHost: true));
        Contributed.Publish(await FactsGenSchema.WriteAsync(facts));
        await document.ChangeAsync(Yaml + "\n", version: 2);

        await document.DiagnosticsAsync(d => d.Count == 0);
    }

    private static string Kinds(bool withHost) =>
        "kinds:\n  - id: meetings\n    record: Meeting\n    doc: \"A meeting.\"\n    fields:\n      - name: venue\n        type: string\n        doc: \"Where.\"\n"
        + (withHost ? "      - name: host\n        type: string\n        doc: \"Who hosts it.\"\n" : string.Empty);
}
