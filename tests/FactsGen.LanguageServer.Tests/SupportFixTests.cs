using System.Text.Json.Nodes;
using FactsGen.LanguageServer.Tests.Infrastructure;

namespace FactsGen.LanguageServer.Tests;

/// <summary>
/// The support checks' quick fixes, applied as a client applies them: FG0101 writes the certainty the
/// hedge suggests, FG0017 lists the field under 'inferred' with an empty reason for the editor to write.
/// What to write travels in the diagnostic's data, not in its message.
/// </summary>
public sealed class SupportFixTests : ServerSession
{
    private const string Reason = "    inferred:\n      imposed-by: \"article 001 names no imposer; ECOWAS is the bloc whose deadline for Bazoum's release the coup leaders defied (article 000, line 2), and, outside these texts, the body that sanctioned Niger on 30 July 2023\"\n";

    [Fact]
    public async Task Hedge_WrittenStated_IsFixedByWriteCertaintyEstimated()
    {
        var path = Scratch.File("deployments.yaml");
        var original = await OpenAsync("deployments.yaml");
        var broken = ReplaceFirst(original, "    certainty: estimated\n    sources:\n      - {article: blinken-bbc-wagner-niger-sanctions, line: 9", "    certainty: stated\n    sources:\n      - {article: blinken-bbc-wagner-niger-sanctions, line: 9");
        await ReplaceAsync("deployments.yaml", broken);

        var diagnostic = Assert.Single(await Client.DiagnosticsAsync(path, d => Has(d, "FG0101")))!;
        Assert.Equal("estimated", (string?)diagnostic["data"]?["suggestion"]);
        Assert.Equal("certainty", (string?)diagnostic["data"]?["field"]);
        var action = Assert.Single(await Actions("deployments.yaml", diagnostic), a => (string)a!["title"]! == "Write certainty: estimated");

        var @fixed = TextEdits.Apply(broken, action!["edit"]!["changes"]![LspClient.Uri(path)]!.AsArray());
        Assert.Equal(original, @fixed);
        await ReplaceAsync("deployments.yaml", @fixed, version: 3);
        await Client.DiagnosticsAsync(path, d => d.Count == 0);
    }

    [Fact]
    public async Task Hedge_WithCertaintyDefaulted_IsFixedByALineAfterTheId()
    {
        var path = Scratch.File("deployments.yaml");
        var original = await OpenAsync("deployments.yaml");
        var broken = ReplaceFirst(original, "    as-of: 2023-08-09\n    certainty: estimated\n", "    as-of: 2023-08-09\n");
        await ReplaceAsync("deployments.yaml", broken);

        var diagnostic = Assert.Single(await Client.DiagnosticsAsync(path, d => Has(d, "FG0101")))!;
        var action = Assert.Single(await Actions("deployments.yaml", diagnostic), a => (string)a!["title"]! == "Write certainty: estimated");

        var @fixed = TextEdits.Apply(broken, action!["edit"]!["changes"]![LspClient.Uri(path)]!.AsArray());
        Assert.Equal(ReplaceFirst(broken, "  - id: wagner-africa\n", "  - id: wagner-africa\n    certainty: estimated\n"), @fixed);
        await ReplaceAsync("deployments.yaml", @fixed, version: 3);
        await Client.DiagnosticsAsync(path, d => d.Count == 0);
    }

    [Fact]
    public async Task NotInQuotes_IsFixedByMarkAsInferred_WithAnEmptyReasonForTheEditor()
    {
        var path = Scratch.File("sanctions.yaml");
        var original = await OpenAsync("sanctions.yaml");
        var broken = ReplaceFirst(original, Reason, string.Empty);
        await ReplaceAsync("sanctions.yaml", broken);

        var diagnostic = Assert.Single(await Client.DiagnosticsAsync(path, d => Has(d, "FG0017")))!;
        Assert.Equal("imposed-by", (string?)diagnostic["data"]?["field"]);
        Assert.Contains("ECOWAS", (string)diagnostic["message"]!, StringComparison.Ordinal);
        var action = Assert.Single(await Actions("sanctions.yaml", diagnostic), a => (string)a!["title"]! == "Mark 'imposed-by' as inferred");

        var @fixed = TextEdits.Apply(broken, action!["edit"]!["changes"]![LspClient.Uri(path)]!.AsArray());
        Assert.Equal(ReplaceFirst(broken, "  - id: niger-continuing-sanctions\n", "  - id: niger-continuing-sanctions\n    inferred:\n      imposed-by: \"\"\n"), @fixed);

        // The empty reason is the editor's to write (FG0005 until then); written, the file checks clean.
        await ReplaceAsync("sanctions.yaml", @fixed, version: 3);
        await Client.DiagnosticsAsync(path, d => Has(d, "FG0005"));
        await ReplaceAsync("sanctions.yaml", @fixed.Replace("imposed-by: \"\"", "imposed-by: \"the bloc whose deadline the coup leaders defied\"", StringComparison.Ordinal), version: 4);
        await Client.DiagnosticsAsync(path, d => d.Count == 0);
    }

    [Fact]
    public async Task NotInQuotes_WithOtherInferences_AddsTheFieldUnderThem()
    {
        var path = Scratch.File("events.yaml");
        var original = await OpenAsync("events.yaml");
        const string Countries = "      countries: \"the articles never say where he is held; Niger, where the coup leaders are asked for his release (000 line 2)\"\n";
        var broken = ReplaceFirst(original, "    actors: [mohamed-bazoum]\n    inferred:\n", "    actors: [mohamed-bazoum, wagner]\n    inferred:\n");
        await ReplaceAsync("events.yaml", broken);

        var diagnostic = Assert.Single(await Client.DiagnosticsAsync(path, d => Has(d, "FG0017")))!;
        Assert.Contains("'wagner'", (string)diagnostic["message"]!, StringComparison.Ordinal);
        var action = Assert.Single(await Actions("events.yaml", diagnostic), a => (string)a!["title"]! == "Mark 'actors' as inferred");

        var @fixed = TextEdits.Apply(broken, action!["edit"]!["changes"]![LspClient.Uri(path)]!.AsArray());
        Assert.Equal(ReplaceFirst(broken, Countries, Countries + "      actors: \"\"\n"), @fixed);
    }

    private async Task<JsonArray> Actions(string relative, JsonNode diagnostic) =>
        (await Client.ResultAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = LspClient.Uri(Scratch.File(relative)) },
            range = diagnostic["range"]!.DeepClone(),
            context = new { diagnostics = new[] { diagnostic.DeepClone() } },
        }))!.AsArray();

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from);
        return text[..at] + to + text[(at + from.Length)..];
    }
}
