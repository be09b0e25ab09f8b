using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;
using StreamJsonRpc;

namespace FactsGen.LanguageServer.Rpc;

/// <summary>The JSON of LSP: camelCase members (dictionary keys, which are URIs, as they are).</summary>
internal static class LspJson
{
    public static JsonMessageFormatter CreateFormatter()
    {
        var formatter = new JsonMessageFormatter();
        formatter.JsonSerializer.ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy() };
        formatter.JsonSerializer.Culture = System.Globalization.CultureInfo.InvariantCulture;
        return formatter;
    }
}
