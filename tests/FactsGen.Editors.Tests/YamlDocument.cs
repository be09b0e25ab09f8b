using System.Text.Json.Nodes;
using FactsGen.TestSupport.Lsp;

namespace FactsGen.Editors.Tests;

/// <summary>
/// One fact file open in a <see cref="YamlLanguageServer"/>, under a URI no other test uses; disposing
/// it closes it in the server (which drops the document and clears its diagnostics).
/// </summary>
public sealed class YamlDocument : IAsyncDisposable
{
    private readonly LspClient _client;
    private readonly Action _closed;
    private bool _disposed;

    internal YamlDocument(LspClient client, string uri, Action closed)
    {
        _client = client;
        _closed = closed;
        Uri = uri;
    }

    public string Uri { get; }

    /// <summary>What a completion item puts into the document.</summary>
    public static string InsertedText(JsonNode item) =>
        (string?)item["textEdit"]?["newText"] ?? (string?)item["insertText"] ?? (string)item["label"]!;

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

    /// <summary>Waits for diagnostics published for this document that satisfy <paramref name="until"/>.</summary>
    public Task<JsonArray> DiagnosticsAsync(Func<JsonArray, bool> until) => _client.DiagnosticsOfUriAsync(Uri, until);

    /// <summary>
    /// didClose. Not waited for: the server reads its input in order, so it has handled the close
    /// before whatever the next test sends; waiting here could only hide a failed test's own error.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_client.HasExited)
        {
            await _client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = Uri } });
        }

        _closed();
    }

    private object Position(int line, int character) => new { textDocument = new { uri = Uri }, position = new { line, character } };
}
