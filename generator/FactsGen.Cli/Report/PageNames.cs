using FactsGen.Model;
using FactsGen.Values;

namespace FactsGen.Cli.Report;

/// <summary>
/// The site's file names. Ids and sections are slugs (lower-case letters, digits, hyphens), safe
/// in a file name and a URL on every file system; a prefix per page type keeps an article, a kind
/// and the index apart. A name that is no slug or too long for a file system becomes a hash under
/// a prefix with an underscore, which no slug contains, so it cannot meet a slug's name.
/// </summary>
internal static class PageNames
{
    public const string Index = "index.html";

    public const string Style = "style.css";

    public const string Script = "filter.js";

    /// <summary>Longest id kept as it is: well under the 255 bytes file systems allow.</summary>
    private const int MaxSlugLength = 120;

    public static string Article(string id) => Name("article", id);

    public static string Kind(string section) => Name("kind", section);

    private static string Name(string prefix, string id) =>
        Slug.IsValid(id) && id.Length <= MaxSlugLength
            ? prefix + "-" + id + ".html"
            : prefix + "_" + FilePaths.StableHash(id) + ".html";
}
