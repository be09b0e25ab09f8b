using System.IO;

namespace FactsGen.Tests.Infrastructure;

/// <summary>Where the repository's files are, found from the test binary's folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Facts => Path.Combine(Root, "facts");

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
