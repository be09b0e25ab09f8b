namespace FactsGen.Editors.Tests;

/// <summary>
/// Where the real clients are. The tests install nothing: .ci/setup/*.sh prepares them, and a
/// missing one is a failure that says how to prepare it, never a skipped test.
/// </summary>
public static class EditorClients
{
    public static string TestClients => Path.Combine(RepoPaths.Root, "editors", "test-clients");

    /// <summary>yaml-language-server's launcher, from npm (editors/test-clients/package-lock.json).</summary>
    public static string YamlLanguageServer
    {
        get
        {
            var launcher = Path.Combine(TestClients, "node_modules", "yaml-language-server", "bin", "yaml-language-server");
            Assert.True(File.Exists(launcher), $"{launcher} is missing: run .ci/setup/npm-editors.sh (npm ci in editors/test-clients).");
            return launcher;
        }
    }

    /// <summary>Node.js, which runs yaml-language-server.</summary>
    public static string Node => OnPath("node", "install Node.js and npm (.ci/setup/npm-editors.sh does, from Debian's packages)");

    /// <summary>Neovim, for the headless test.</summary>
    public static string Neovim => OnPath("nvim", "install Debian's neovim (.ci/setup/neovim.sh does)");

    /// <summary>The VS Code extension's folder, where .ci/setup/npm-editors.sh builds and packages it.</summary>
    public static string VsCodeExtension => Path.Combine(RepoPaths.Root, "editors", "vscode");

    private static string OnPath(string command, string remedy)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, command);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Fail($"'{command}' is not on PATH: {remedy}.");
        return null!;
    }
}
