using System.Text.Json.Nodes;
using FactsGen.TestSupport.Lsp;

namespace FactsGen.Editors.Tests;

/// <summary>
/// One fact file open in the real yaml-language-server, as VS Code's YAML extension runs it: the
/// file sits beside a copy of the checked-in facts/factsgen.schema.json and finds it through its
/// modeline, as the repository's fact files do.
/// </summary>
public sealed class YamlLanguageServerSession : IAsyncDisposable
{
    private readonly LspClient _client;
    private readonly TempFolder _folder;

    private YamlLanguageServerSession(LspClient client, TempFolder folder, string uri)
    {
        _client = client;
        _folder = folder;
        Uri = uri;
    }

    public string Uri { get; }

    /// <summary>The folder the file was written under.</summary>
    public string Folder => _folder.Path;

    /// <summary>
    /// Opens <paramref name="yaml"/> as <paramref name="fileName"/> (a path under a fresh folder).
    /// <paramref name="schemaAssociations"/> (schema URI → file patterns) is what VS Code's YAML
    /// extension sends for the extensions' <c>contributes.yamlValidation</c>; <paramref name="contributed"/>
    /// is a schema contributor, as the FactsGen extension registers one with the YAML extension.
    /// </summary>
    public static async Task<YamlLanguageServerSession> OpenAsync(string yaml, string fileName = "facts.yaml", JsonObject? schemaAssociations = null, ContributedSchemas? contributed = null)
    {
        var launcher = EditorClients.YamlLanguageServer;
        var folder = new TempFolder("yamlls");
        File.Copy(Path.Combine(RepoPaths.Facts, "factsgen.schema.json"), folder.Combine("factsgen.schema.json"));
        var path = folder.Write(fileName, yaml);
        var uri = new Uri(path).AbsoluteUri;

        var client = new LspClient(
            new ProcessConnection(EditorClients.Node, folder.Path, launcher, "--stdio"),
            (method, parameters) => Answer(method, parameters) ?? contributed?.Answer(method, parameters));
        var session = new YamlLanguageServerSession(client, folder, uri);
        await client.ResultAsync("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri = new Uri(folder.Path).AbsoluteUri,
            capabilities = new
            {
                workspace = new { configuration = true },
                textDocument = new
                {
                    completion = new { completionItem = new { snippetSupport = true } },
                    hover = new { contentFormat = new[] { "markdown", "plaintext" } },
                },
            },
        });
        await client.NotifyAsync("initialized", new { });
        if (contributed is not null)
        {
            // What VS Code's YAML extension sends once an extension has registered a contributor.
            await client.NotifyAsync("yaml/registerCustomSchemaRequest", new { });
        }

        if (schemaAssociations is not null)
        {
            await client.NotifyAsync("json/schemaAssociations", schemaAssociations);
        }

        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "yaml", version = 1, text = yaml } });

        // The server pulls its settings after 'initialized' and answers completion with no schema
        // until they are in; code lenses wait for them, so their answer means the settings hold.
        await client.ResultAsync("textDocument/codeLens", new { textDocument = new { uri } });
        return session;
    }

    /// <summary>Replaces the document's text, as an edit in the editor does (and validates it again).</summary>
    public Task ChangeAsync(string yaml, int version) =>
        _client.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = Uri, version }, contentChanges = new[] { new { text = yaml } } });

    /// <summary>The completion items at a 0-based position.</summary>
    public async Task<IReadOnlyList<JsonNode>> CompleteAsync(int line, int character)
    {
        var result = await _client.ResultAsync("textDocument/completion", Position(line, character));
        var items = result is JsonArray array ? array : result?["items"]?.AsArray();
        return items?.Select(i => i!).ToList() ?? new List<JsonNode>();
    }

    /// <summary>The hover's text at a 0-based position (empty when there is none).</summary>
    public async Task<string> HoverAsync(int line, int character)
    {
        var result = await _client.ResultAsync("textDocument/hover", Position(line, character));
        var contents = result?["contents"];
        return contents switch
        {
            null => string.Empty,
            JsonValue plain => (string?)plain ?? string.Empty,
            JsonArray parts => string.Join("\n", parts.Select(p => p is JsonValue v ? (string?)v : (string?)p?["value"])),
            _ => (string?)contents["value"] ?? string.Empty,
        };
    }

    /// <summary>Waits for published diagnostics that satisfy <paramref name="until"/>.</summary>
    public Task<JsonArray> DiagnosticsAsync(Func<JsonArray, bool> until) => _client.DiagnosticsOfUriAsync(Uri, until);

    /// <summary>What a completion item puts into the document.</summary>
    public static string InsertedText(JsonNode item) =>
        (string?)item["textEdit"]?["newText"] ?? (string?)item["insertText"] ?? (string)item["label"]!;

    public async ValueTask DisposeAsync()
    {
        await _client.DisposeAsync();
        _folder.Dispose();
    }

    private object Position(int line, int character) => new { textDocument = new { uri = Uri }, position = new { line, character } };

    /// <summary>The settings VS Code's YAML extension would send; no schema store, so no network.</summary>
    private static JsonNode? Answer(string method, JsonNode? parameters)
    {
        if (method != "workspace/configuration")
        {
            return null;
        }

        var answers = new JsonArray();
        foreach (var item in parameters?["items"]?.AsArray() ?? new JsonArray())
        {
            answers.Add((string?)item?["section"] switch
            {
                "yaml" => new JsonObject
                {
                    ["validate"] = true,
                    ["hover"] = true,
                    ["completion"] = true,
                    ["schemaStore"] = new JsonObject { ["enable"] = false },
                },
                "[yaml]" => new JsonObject { ["editor.tabSize"] = 2 },
                _ => null,
            });
        }

        return answers;
    }
}
