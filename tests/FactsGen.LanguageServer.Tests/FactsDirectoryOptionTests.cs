using FactsGen.LanguageServer.Tests.Infrastructure;

namespace FactsGen.LanguageServer.Tests;

/// <summary><c>initializationOptions.factsDirectory</c> picks the fact base instead of <c>facts/</c>.</summary>
public sealed class FactsDirectoryOptionTests : ServerSession
{
    private string Kb => Path.Combine(Scratch.Root, "kb");

    protected override object? InitializationOptions => new { factsDirectory = "kb" };

    protected override void Prepare()
    {
        foreach (var file in Directory.EnumerateFiles(Scratch.Facts, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Kb, Path.GetRelativePath(Scratch.Facts, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var kbDeployments = Path.Combine(Kb, "deployments.yaml");
        File.WriteAllText(kbDeployments, File.ReadAllText(kbDeployments).Replace("certainty: believed", "certainty: belived", StringComparison.Ordinal));
        Break("sanctions.yaml", "imposed-by: nigeria", "imposed-by: nigerai");
    }

    [Fact]
    public async Task TheConfiguredFolderIsChecked_AndTheDefaultOneIsNot()
    {
        await Client.DiagnosticsAsync(Path.Combine(Kb, "deployments.yaml"), d => Has(d, "FG0005"));

        // facts/ is outside the configured fact base: its broken file is neither published nor served.
        Assert.False(Client.WasPublished(Scratch.File("sanctions.yaml")));
        await OpenAsync("sanctions.yaml");
        var symbols = await Client.ResultAsync("textDocument/documentSymbol", new { textDocument = new { uri = LspClient.Uri(Scratch.File("sanctions.yaml")) } });
        Assert.Empty(symbols!.AsArray());
        Assert.False(Client.WasPublished(Scratch.File("sanctions.yaml")));
    }
}
