namespace FactsGen.Editors.Tests;

/// <summary><c>factsgen schema [folder]</c>, as the VS Code extension runs it.</summary>
public static class FactsGenSchema
{
    /// <summary>The schema the command writes on standard output; the built-in kinds' alone when <paramref name="folder"/> is null.</summary>
    public static async Task<string> WriteAsync(string? folder)
    {
        var arguments = new List<string> { EditorClients.FactsGenDll, "schema" };
        if (folder is not null)
        {
            arguments.Add(folder);
        }

        var run = await ProcessRunner.RunAsync(EditorClients.Dotnet, RepoPaths.Root, null, TimeSpan.FromMinutes(2), arguments.ToArray());
        Assert.True(run.ExitCode == 0, $"factsgen schema failed ({run.ExitCode}): {run.Stderr}");
        return run.Stdout;
    }
}
