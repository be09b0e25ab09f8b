using System.Text.Json;
using FactsGen.Tooling.Escaping;

namespace FactsGen.Cli.Exporting;

/// <summary>
/// Strings from fact files and articles go through <see cref="JsonText"/>: their exact value, lone
/// surrogates included (which Utf8JsonWriter refuses), and safe to embed in HTML.
/// </summary>
internal static class JsonWriting
{
    public static void WriteText(this Utf8JsonWriter json, string name, string value)
    {
        json.WritePropertyName(name);
        json.WriteTextValue(value);
    }

    public static void WriteTextValue(this Utf8JsonWriter json, string value) =>
        json.WriteRawValue(JsonText.Quote(value), skipInputValidation: true);

    public static JsonWriterOptions Options => new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
