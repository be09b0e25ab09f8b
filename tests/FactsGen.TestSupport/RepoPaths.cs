namespace FactsGen.TestSupport;

/// <summary>Where the repository's files are, found from the test binary's folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Facts => Path.Combine(Root, "facts");

    public static string Generator => Path.Combine(Root, "generator", "FactsGen.Generator");

    public static string Schema => Path.Combine(Facts, "factsgen.schema.json");

    /// <summary>The fact files of the real fact base (top level and below), in path order.</summary>
    public static IReadOnlyList<string> FactFiles =>
        Directory.EnumerateFiles(Facts, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FactsGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FactsGen.sln not found above " + AppContext.BaseDirectory);
    }
}
