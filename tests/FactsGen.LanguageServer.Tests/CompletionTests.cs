using System.Text.Json.Nodes;
using FactsGen.LanguageServer.Tests.Infrastructure;

namespace FactsGen.LanguageServer.Tests;

/// <summary>Completion from the line being typed: ids of the referenced kind, article ids, enum values, missing fields, sections.</summary>
public sealed class CompletionTests : ServerSession
{
    [Fact]
    public async Task AfterAReferenceField_TheIdsOfItsKind_WithSummaries()
    {
        var text = await OpenAsync("deployments.yaml");
        var (line, character) = TextEdits.Find(text, "wagner", "id: wagner-car-mali\n    actor: ");

        var items = await Complete("deployments.yaml", (line, character + "wagner".Length));

        var labels = items.Select(i => (string)i!["label"]!).ToList();
        Assert.Contains("wagner", labels);
        Assert.Contains("france", labels);
        Assert.DoesNotContain("us-niger", labels);
        Assert.DoesNotContain("blinken-wagner-niger-coup", labels);
        var wagner = items.Single(i => (string)i!["label"]! == "wagner")!;
        Assert.Equal("Wagner Group, Russian mercenary group (armed group)", (string)wagner["detail"]!);
        NavigationTests.AssertRange(wagner["textEdit"]!["range"]!, line, character, line, character + "wagner".Length);
    }

    [Fact]
    public async Task InABlockListOfReferences_TheIdsOfItsKind()
    {
        var text = (await OpenAsync("sanctions.yaml")).Replace("targets: [niger]", "targets:\n      - ni", StringComparison.Ordinal);
        await ReplaceAsync("sanctions.yaml", text);
        var (line, character) = TextEdits.Find(text, "- ni\n");

        var labels = (await Complete("sanctions.yaml", (line, character + 4))).Select(i => (string)i!["label"]!).ToList();

        Assert.Contains("niger", labels);
        Assert.Contains("niger-junta", labels);
    }

    [Fact]
    public async Task InACitation_TheArticleIds()
    {
        var text = await OpenAsync("deployments.yaml");
        var (line, character) = TextEdits.Find(text, "blinken-bbc", "id: wagner-africa");

        var labels = (await Complete("deployments.yaml", (line, character))).Select(i => (string)i!["label"]!);

        Assert.Equal(new[] { "blinken-bbc-wagner-niger-sanctions", "blinken-wagner-niger-coup" }, labels.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AfterAnEnumField_ItsValues()
    {
        var text = await OpenAsync("deployments.yaml");
        var (line, character) = TextEdits.Find(text, "believed", "certainty: ");

        var labels = (await Complete("deployments.yaml", (line, character))).Select(i => (string)i!["label"]!);

        Assert.Equal(new[] { "stated", "reported", "estimated", "believed", "alleged" }, labels);
    }

    [Fact]
    public async Task AtANewKey_TheRecordsMissingFields()
    {
        var text = (await OpenAsync("deployments.yaml")).Replace("    since: 2021\n", "    since: 2021\n    st\n", StringComparison.Ordinal);
        await ReplaceAsync("deployments.yaml", text);
        var (line, _) = TextEdits.Find(text, "    st\n");

        var items = await Complete("deployments.yaml", (line, 6));

        var labels = items.Select(i => (string)i!["label"]!).ToList();
        Assert.Equal(new[] { "strength", "personnel", "purpose", "as-of", "certainty", "attributed-to", "inferred" }, labels);
        Assert.Equal("strength: ", (string)items[0]!["textEdit"]!["newText"]!);
    }

    [Fact]
    public async Task AtTheTopLevel_TheSections()
    {
        var text = (await OpenAsync("deployments.yaml")) + "\nac";
        await ReplaceAsync("deployments.yaml", text);

        var labels = (await Complete("deployments.yaml", (text.Count(c => c == '\n'), 2))).Select(i => (string)i!["label"]!).ToList();

        Assert.Contains("actors", labels);
        Assert.Contains("sanctions", labels);
    }

    private async Task<JsonArray> Complete(string relative, (int Line, int Character) at)
    {
        var result = await Client.ResultAsync("textDocument/completion", At(relative, at));
        return result!["items"]!.AsArray();
    }
}
