using FactsGen.LanguageServer.Tests.Infrastructure;

namespace FactsGen.LanguageServer.Tests;

/// <summary>Files broken on disk before the server starts, never opened: the build's diagnostics, id, message, severity and place.</summary>
public sealed class ClosedFileDiagnosticsTests : ServerSession
{
    protected override void Prepare()
    {
        // Several problems at once, in files the client never opens.
        Break("sanctions.yaml", "imposed-by: nigeria", "imposed-by: nigerai");
        Break("actors.yaml", "    name: \"Antony Blinken\"", "    nmae: \"Antony Blinken\"");
        Break("deployments.yaml", "line: 6, quote: \"thousands of Wagner fighters", "line: 4, quote: \"thousands of Wagner fighters");
        File.WriteAllText(Scratch.File("articles/extra.txt"), "An article nobody cites.\n");
        File.WriteAllText(Scratch.File("extra.yaml"), "articles:\n  - id: extra\n    file: articles/extra.txt\n");
    }

    [Fact]
    public async Task ClosedFiles_GetTheBuildsDiagnostics_IdMessageSeverityAndRange()
    {
        var expected = Scratch.Analyze();
        Assert.Contains(expected, d => d.Id == "FG0007");
        Assert.Contains(expected, d => d.Id == "FG0003");
        Assert.Contains(expected, d => d.Id == "FG0013");
        Assert.Contains(expected, d => d.Id == "FG0100");

        foreach (var file in expected.GroupBy(d => d.Location!.Value.FilePath))
        {
            var published = await Client.DiagnosticsAsync(file.Key, d => d.Count == file.Count());
            Assert.Equal(file.Select(DiagnosticsTests.Expected), published.Select(DiagnosticsTests.Actual));
        }
    }

}
