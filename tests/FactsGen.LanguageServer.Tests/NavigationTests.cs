using System.Text.Json.Nodes;
using FactsGen.LanguageServer.Tests.Infrastructure;

namespace FactsGen.LanguageServer.Tests;

/// <summary>Hover, go to definition and the outline, on the real facts.</summary>
public sealed class NavigationTests : ServerSession
{
    private const string Quote = "It is estimated that around 5,000 Wagner troops are stationed across Africa";

    [Fact]
    public async Task HoverOnACitation_ShowsTheArticleLine_WithTheQuoteInBold()
    {
        var text = await OpenAsync("deployments.yaml");

        var hover = await Client.ResultAsync("textDocument/hover", At("deployments.yaml", TextEdits.Find(text, "line: 9", "id: wagner-africa")));

        var markdown = (string)hover!["contents"]!["value"]!;
        Assert.Equal("markdown", (string)hover["contents"]!["kind"]!);
        Assert.StartsWith("**blinken\\-bbc\\-wagner\\-niger\\-sanctions**, line 9", markdown, StringComparison.Ordinal);
        Assert.Contains("> **It is estimated that around 5\\,000 Wagner troops are stationed across Africa**\\. In 2021\\, they were deployed", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HoverOnAReference_ShowsTheRecordsSummaryAndFirstQuote()
    {
        var text = await OpenAsync("deployments.yaml");

        var hover = await Client.ResultAsync("textDocument/hover", At("deployments.yaml", TextEdits.Find(text, "wagner", "id: wagner-car-mali\n    actor: ")));

        var markdown = (string)hover!["contents"]!["value"]!;
        Assert.StartsWith("**Actor** `wagner`", markdown, StringComparison.Ordinal);
        Assert.Contains("Wagner Group\\, Russian mercenary group \\(armed group\\)", markdown, StringComparison.Ordinal);
        Assert.Contains("accused Russia\\'s Wagner mercenary coup", markdown, StringComparison.Ordinal);
        Assert.Contains("blinken\\-wagner\\-niger\\-coup\\, line 1", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HoverOnAKey_ShowsTheFieldsDoc()
    {
        var text = await OpenAsync("deployments.yaml");

        var hover = await Client.ResultAsync("textDocument/hover", At("deployments.yaml", TextEdits.Find(text, "strength", "id: us-niger")));

        var markdown = (string)hover!["contents"]!["value"]!;
        Assert.StartsWith("**strength** · quantity\\, optional", markdown, StringComparison.Ordinal);
        Assert.Contains("How many\\.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HoverOnNothing_IsNull()
    {
        var text = await OpenAsync("deployments.yaml");

        var hover = await Client.ResultAsync("textDocument/hover", At("deployments.yaml", TextEdits.Find(text, "# Troop")));

        Assert.Null(hover);
    }

    [Fact]
    public async Task DefinitionOfAReference_IsTheRecordsId_InAClosedFile()
    {
        var text = await OpenAsync("deployments.yaml");

        var location = await Client.ResultAsync("textDocument/definition", At("deployments.yaml", TextEdits.Find(text, "wagner", "id: wagner-car-mali\n    actor: ")));

        Assert.Equal(LspClient.Uri(Scratch.File("actors.yaml")), (string)location!["uri"]!);
        var (line, character) = TextEdits.Find(Scratch.Read("actors.yaml"), "wagner\n", "  - id: ");
        AssertRange(location["range"]!, line, character, line, character + "wagner".Length);
    }

    [Fact]
    public async Task DefinitionOfACitation_IsTheArticleLine_WithTheQuoteSelected()
    {
        var text = await OpenAsync("deployments.yaml");

        var location = await Client.ResultAsync("textDocument/definition", At("deployments.yaml", TextEdits.Find(text, "It is estimated")));

        Assert.Equal(LspClient.Uri(Scratch.File("articles/001_d0a760e982b13aee.txt")), (string)location!["uri"]!);
        AssertRange(location["range"]!, 8, 0, 8, Quote.Length);
    }

    [Fact]
    public async Task DefinitionOfACitation_SelectsTheQuoteAsTheArticleWritesIt_CurlyQuotesIncluded()
    {
        var text = await OpenAsync("actors.yaml");
        var article = File.ReadAllLines(Scratch.File("articles/001_d0a760e982b13aee.txt"))[0];
        const string written = "Russian mercenary group Wagner is \u201Ctaking advantage\u201D";

        var location = await Client.ResultAsync("textDocument/definition", At("actors.yaml", TextEdits.Find(text, "Russian mercenary group Wagner is \"taking")));

        var start = article.IndexOf(written, StringComparison.Ordinal);
        Assert.True(start > 0);
        AssertRange(location!["range"]!, 0, start, 0, start + written.Length);
    }

    [Fact]
    public async Task DocumentSymbols_AreTheSectionsWithTheirRecords()
    {
        var text = await OpenAsync("deployments.yaml");

        var symbols = (await Client.ResultAsync("textDocument/documentSymbol", new { textDocument = new { uri = LspClient.Uri(Scratch.File("deployments.yaml")) } }))!.AsArray();

        var section = Assert.Single(symbols);
        Assert.Equal("deployments", (string)section!["name"]!);
        var children = section["children"]!.AsArray();
        Assert.Equal(new[] { "us-niger", "france-niger", "wagner-car-mali", "wagner-africa", "wagner-mali-2021" }, children.Select(c => (string)c!["name"]!));
        var (line, character) = TextEdits.Find(text, "wagner-africa");
        AssertRange(children[3]!["selectionRange"]!, line, character, line, character + "wagner-africa".Length);
        Assert.Equal(line - 0, (int)children[3]!["range"]!["start"]!["line"]!);
        Assert.Contains("Africa", (string)children[3]!["detail"]!, StringComparison.Ordinal);
    }

    internal static void AssertRange(JsonNode range, int startLine, int startCharacter, int endLine, int endCharacter) =>
        Assert.Equal(
            (startLine, startCharacter, endLine, endCharacter),
            ((int)range["start"]!["line"]!, (int)range["start"]!["character"]!, (int)range["end"]!["line"]!, (int)range["end"]!["character"]!));
}
