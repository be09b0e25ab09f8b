using FactsGen.LanguageServer.Tests.Infrastructure;
using FactsGen.LanguageServer.Workspace;

namespace FactsGen.LanguageServer.Tests;

/// <summary>Which fact base a file belongs to when folders nest, in process.</summary>
public sealed class WorkspaceFoldersTests : IDisposable
{
    private readonly ScratchFactBase _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ANestedFactBase_OwnsItsFiles_WhicheverIsAddedFirst(bool innerFirst)
    {
        var workspace = new ServerWorkspace();
        var folders = innerFirst ? new[] { _scratch.Facts, _scratch.Root } : new[] { _scratch.Root, _scratch.Facts };
        File.WriteAllText(Path.Combine(_scratch.Root, "notes.yaml"), "actors:\n");

        foreach (var folder in folders)
        {
            workspace.AddFactBase(folder);
        }

        var snapshots = workspace.RefreshAll().Snapshots.ToDictionary(s => s.Folder);
        var outer = snapshots[_scratch.Root];
        var inner = snapshots[_scratch.Facts];
        Assert.Equal(new[] { Path.Combine(_scratch.Root, "notes.yaml") }, outer.FactFiles.Keys);
        Assert.Empty(outer.Articles);
        Assert.Equal(Directory.GetFiles(_scratch.Facts, "*.yaml").Order(StringComparer.Ordinal), inner.FactFiles.Keys);
        Assert.Empty(inner.Diagnostics);
    }
}
