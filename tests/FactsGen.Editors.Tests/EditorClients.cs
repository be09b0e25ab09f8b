namespace FactsGen.Editors.Tests;

/// <summary>
/// Where the real clients are. The tests themselves install nothing: .ci/setup/*.sh prepares them
/// before the tests run (tests/Directory.Build.targets), and a
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

    /// <summary>The .NET host, which runs factsgen.dll.</summary>
    public static string Dotnet => OnPath("dotnet", "install the .NET SDK");

    /// <summary>
    /// The factsgen command-line tool of this build (the test project references it, so it is built
    /// first), in the configuration the tests run in.
    /// </summary>
    public static string FactsGenDll
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = framework.Parent!.Name;
            var dll = Path.Combine(RepoPaths.Root, "generator", "FactsGen.Cli", "bin", configuration, framework.Name, "factsgen.dll");
            Assert.True(File.Exists(dll), $"{dll} is missing: build generator/FactsGen.Cli in {configuration}.");
            return dll;
        }
    }

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
