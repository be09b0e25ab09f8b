using System.Text.Json.Nodes;

namespace FactsGen.Editors.Tests;

/// <summary>
/// The schema contributor the VS Code extension registers with the YAML extension
/// (editors/vscode/src/schemaRegistry.ts), as the YAML extension relays it to yaml-language-server:
/// <c>custom/schema/request</c> (which schema a file has) and <c>custom/schema/content</c>. Each
/// published schema gets a new URI, as in the extension, because the server caches schemas by URI.
/// </summary>
public sealed class ContributedSchemas
{
    private readonly Dictionary<string, string> _contents = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private string? _current;

    /// <summary>Which files get the schema (the extension: the YAML files under the fact base folder).</summary>
    public Func<string, bool> Applies { get; init; } = path => path.EndsWith(".yaml", StringComparison.Ordinal);

    /// <summary>How many times the server asked for a schema's content.</summary>
    public int ContentRequests { get; private set; }

    public void Publish(string schema)
    {
        lock (_gate)
        {
            _current = $"factsgen://schema/{_contents.Count + 1}/factsgen.schema.json";
            _contents[_current] = schema;
        }
    }

    public JsonNode? Answer(string method, JsonNode? parameters)
    {
        // The YAML extension's server sends its one parameter as a one-element array.
        var argument = parameters is JsonArray array ? (string?)array[0] : (string?)parameters;
        lock (_gate)
        {
            switch (method)
            {
                case "custom/schema/request":
                    return _current is not null && argument is not null && Applies(new Uri(argument).LocalPath) ? JsonValue.Create(_current) : null;
                case "custom/schema/content":
                    ContentRequests++;
                    return argument is not null && _contents.TryGetValue(argument, out var content) ? JsonValue.Create(content) : null;
                default:
                    return null;
            }
        }
    }
}
