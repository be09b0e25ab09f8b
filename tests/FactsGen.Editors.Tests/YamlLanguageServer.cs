using System.Globalization;
using System.Text.Json.Nodes;
using FactsGen.TestSupport.Lsp;

namespace FactsGen.Editors.Tests;

/// <summary>
/// The real yaml-language-server, running as VS Code's YAML extension runs it, shared by the tests of
/// a class (a class fixture): starting Node and the server costs 1.5–2.5 s of CPU, opening a document
/// a few milliseconds. Each test opens its own document in its own folder and closes it, so the tests
/// stay independent and run in any order.
/// </summary>
public sealed class YamlLanguageServer : IAsyncDisposable
{
    private readonly LspClient _client;
    private readonly TempFolder _root;
    private int _documents;
    private int _open;

    private YamlLanguageServer(LspClient client, TempFolder root)
    {
        _client = client;
        _root = root;
    }

    /// <summary>
    /// Starts the server and initializes it. <paramref name="schemaAssociations"/> (schema URI → file
    /// patterns) is what VS Code's YAML extension sends for the extensions' <c>contributes.yamlValidation</c>;
    /// <paramref name="contributed"/> is a schema contributor, as the FactsGen extension registers one
    /// with the YAML extension.
    /// </summary>
    public static async Task<YamlLanguageServer> StartAsync(ContributedSchemas? contributed = null, JsonObject? schemaAssociations = null)
    {
        var launcher = EditorClients.YamlLanguageServer;
        var root = new TempFolder("yamlls");
        var client = new LspClient(
            new ProcessConnection(EditorClients.Node, root.Path, launcher, "--stdio"),
            (method, parameters) => Answer(method, parameters) ?? contributed?.Answer(method, parameters));
        var server = new YamlLanguageServer(client, root);
        await client.ResultAsync("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri = new Uri(root.Path).AbsoluteUri,
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

        return server;
    }

    /// <summary>
    /// Opens <paramref name="yaml"/> as <paramref name="fileName"/> (a path under a folder of its own,
    /// beside a copy of the checked-in facts/factsgen.schema.json, which a modeline finds as the
    /// repository's fact files do).
    /// </summary>
    public async Task<YamlDocument> OpenAsync(string yaml, string fileName = "facts.yaml")
    {
        var folder = Interlocked.Increment(ref _documents).ToString(CultureInfo.InvariantCulture);
        var uri = new Uri(_root.Write(Path.Combine(folder, fileName), yaml)).AbsoluteUri;
        File.Copy(RepoPaths.Schema, _root.Combine(folder, "factsgen.schema.json"));

        await _client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "yaml", version = 1, text = yaml } });

        // The server pulls its settings after 'initialized' and answers completion with no schema
        // until they are in; code lenses wait for them, so their answer means the settings hold.
        await _client.ResultAsync("textDocument/codeLens", new { textDocument = new { uri } });
        Interlocked.Increment(ref _open);
        return new YamlDocument(_client, uri, () => Interlocked.Decrement(ref _open));
    }

    /// <summary>The documents opened and not closed yet: none between tests, or one test leaks state into the next.</summary>
    public int OpenDocuments => Volatile.Read(ref _open);

    public async ValueTask DisposeAsync()
    {
        await _client.DisposeAsync();
        _root.Dispose();
    }

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
