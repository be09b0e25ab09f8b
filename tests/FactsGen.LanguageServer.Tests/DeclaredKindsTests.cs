using System.Text.Json.Nodes;
using FactsGen.LanguageServer.Tests.Infrastructure;

namespace FactsGen.LanguageServer.Tests;

/// <summary>The kinds the fact base declares (kinds.yaml: events, statements) get every feature the built-in ones get.</summary>
public sealed class DeclaredKindsTests : ServerSession
{
    [Fact]
    public async Task Completion_OfADeclaredEnum_ItsValues()
    {
        var text = await OpenAsync("events.yaml");
        var (line, character) = TextEdits.Find(text, "rebellion", "id: wagner-rebellion\n    kind: ");

        var labels = (await Complete("events.yaml", (line, character))).Select(i => (string)i!["label"]!).ToList();

        Assert.Equal("coup", labels[0]);
        Assert.Contains("rebellion", labels);
        Assert.Contains("breakdown", labels);
    }

    [Fact]
    public async Task Completion_OfADeclaredReference_TheIdsOfItsKind()
    {
        var text = await OpenAsync("events.yaml");
        var (line, character) = TextEdits.Find(text, "vladimir-putin", "actors: [wagner, ");

        var labels = (await Complete("events.yaml", (line, character))).Select(i => (string)i!["label"]!).ToList();

        Assert.Contains("vladimir-putin", labels);
        Assert.Contains("wagner", labels);
        Assert.DoesNotContain("wagner-rebellion", labels);
    }

    [Fact]
    public async Task Completion_TheDeclaredKindsMissingFields()
    {
        var text = (await OpenAsync("events.yaml")).Replace("    actors: [wagner, vladimir-putin]\n", "    actors: [wagner, vladimir-putin]\n    da\n", StringComparison.Ordinal);
        await ReplaceAsync("events.yaml", text);
        var (line, _) = TextEdits.Find(text, "    da\n");

        var labels = (await Complete("events.yaml", (line, 6))).Select(i => (string)i!["label"]!).ToList();

        // The record has its date now (a window, ../2023-08-10), so it is not offered again.
        Assert.Contains("countries", labels);
        Assert.Contains("location", labels);
        Assert.DoesNotContain("date", labels);
        Assert.DoesNotContain("kind", labels);
        Assert.DoesNotContain("description", labels);
    }

    [Fact]
    public async Task HoverOnADeclaredField_ShowsItsDoc_AndOnItsReference_TheRecord()
    {
        var text = await OpenAsync("events.yaml");

        var key = await Client.ResultAsync("textDocument/hover", At("events.yaml", TextEdits.Find(text, "description", "id: wagner-rebellion")));
        var reference = await Client.ResultAsync("textDocument/hover", At("events.yaml", TextEdits.Find(text, "vladimir-putin", "actors: [wagner, ")));

        Assert.Contains("One sentence saying what happened\\.", (string)key!["contents"]!["value"]!, StringComparison.Ordinal);
        Assert.StartsWith("**Actor** `vladimir-putin`", (string)reference!["contents"]!["value"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MisspeltDeclaredEnumValue_IsReported_AndFixedByItsDidYouMean()
    {
        var path = Scratch.File("events.yaml");
        var original = await OpenAsync("events.yaml");
        var broken = original.Replace("    kind: rebellion\n", "    kind: rebelion\n", StringComparison.Ordinal);
        await ReplaceAsync("events.yaml", broken);

        var diagnostic = (await Client.DiagnosticsAsync(path, d => Has(d, "FG0005"))).First(d => (string?)d!["code"] == "FG0005")!;
        var actions = (await Client.ResultAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = LspClient.Uri(path) },
            range = diagnostic["range"]!.DeepClone(),
            context = new { diagnostics = new[] { diagnostic.DeepClone() } },
        }))!.AsArray();

        var action = Assert.Single(actions, a => (string)a!["title"]! == "Change 'rebelion' to 'rebellion'");
        Assert.Equal(original, TextEdits.Apply(broken, action!["edit"]!["changes"]![LspClient.Uri(path)]!.AsArray()));
    }

    [Fact]
    public async Task DocumentSymbols_OfADeclaredKindsFile()
    {
        await OpenAsync("statements.yaml");

        var symbols = (await Client.ResultAsync("textDocument/documentSymbol", new { textDocument = new { uri = LspClient.Uri(Scratch.File("statements.yaml")) } }))!.AsArray();

        var section = Assert.Single(symbols);
        Assert.Equal("statements", (string)section!["name"]!);
        Assert.NotEmpty(section["children"]!.AsArray());
    }

    private async Task<JsonArray> Complete(string relative, (int Line, int Character) at) =>
        (await Client.ResultAsync("textDocument/completion", At(relative, at)))!["items"]!.AsArray();
}
