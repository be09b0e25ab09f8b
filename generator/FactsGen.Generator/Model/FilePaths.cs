using System.Collections.Generic;

namespace FactsGen.Model;

/// <summary>Path arithmetic on strings (no file system: the compiler hands us paths, not files).</summary>
public static class FilePaths
{
    /// <summary>Forward slashes, no "." or ".." segments.</summary>
    public static string Normalize(string path)
    {
        if (IsNormal(path))
        {
            return path; // the usual case: every fact file's path passes here, so no copy
        }

        path = path.Replace('\\', '/');
        var rooted = path.StartsWith("/", System.StringComparison.Ordinal);
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else
            {
                segments.Add(segment);
            }
        }

        return (rooted ? "/" : string.Empty) + string.Join("/", segments);
    }

    /// <summary>Whether <see cref="Normalize"/> would give the path back as it is: no backslash, and no empty, "." or ".." segment.</summary>
    private static bool IsNormal(string path)
    {
        var start = path.StartsWith("/", System.StringComparison.Ordinal) ? 1 : 0;
        if (start == path.Length)
        {
            return start == 1; // "/" is normal; "" takes the long way (and comes back as "")
        }

        for (var i = start; i <= path.Length; i++)
        {
            if (i < path.Length && path[i] == '\\')
            {
                return false;
            }

            if (i == path.Length || path[i] == '/')
            {
                var length = i - start;
                if (length == 0 || (length == 1 && path[start] == '.') || (length == 2 && path[start] == '.' && path[start + 1] == '.'))
                {
                    return false;
                }

                start = i + 1;
            }
        }

        return true;
    }

    /// <summary>Resolves <paramref name="relative"/> against the folder of <paramref name="fromFile"/>.</summary>
    public static string Resolve(string fromFile, string relative)
    {
        var normalized = relative.Replace('\\', '/');
        if (normalized.StartsWith("/", System.StringComparison.Ordinal) || (normalized.Length > 1 && normalized[1] == ':'))
        {
            return Normalize(normalized);
        }

        return Normalize(Directory(fromFile) + "/" + normalized);
    }

    public static string Directory(string path)
    {
        var normalized = path.Replace('\\', '/');
        var slash = normalized.LastIndexOf('/');
        return slash < 0 ? "." : normalized.Substring(0, slash);
    }

    public static string FileName(string path)
    {
        var normalized = path.Replace('\\', '/');
        return normalized.Substring(normalized.LastIndexOf('/') + 1);
    }

    /// <summary>The path relative to the folder <paramref name="root"/> (with ".." where needed); the path itself without a root.</summary>
    public static string RelativeTo(string path, string? root)
    {
        var normalized = Normalize(path);
        if (string.IsNullOrEmpty(root))
        {
            return normalized;
        }

        var folder = Normalize(root!);
        if (normalized.Length > folder.Length + 1 && normalized[folder.Length] == '/' && folder.Length > 1
            && normalized.StartsWith(folder, System.StringComparison.Ordinal))
        {
            return normalized.Substring(folder.Length + 1); // below the folder: what the segments below would give, without them
        }

        var from = folder.Split(new[] { '/' }, System.StringSplitOptions.RemoveEmptyEntries);
        var to = normalized.Split(new[] { '/' }, System.StringSplitOptions.RemoveEmptyEntries);
        if (from.Length == 0 || to.Length == 0 || !string.Equals(from[0], to[0], System.StringComparison.Ordinal))
        {
            return normalized; // different roots (e.g. drives): nothing relative to say
        }

        var common = 0;
        while (common < from.Length && common < to.Length - 1 && string.Equals(from[common], to[common], System.StringComparison.Ordinal))
        {
            common++;
        }

        var parts = new List<string>();
        for (var i = common; i < from.Length; i++) parts.Add("..");
        for (var i = common; i < to.Length; i++) parts.Add(to[i]);
        return string.Join("/", parts);
    }

    public static bool IsFactFile(string path) =>
        path.EndsWith(".yaml", System.StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", System.StringComparison.OrdinalIgnoreCase);

    public static bool IsArticle(string path) => path.EndsWith(".txt", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a file below a fact base folder belongs to the fact base: a fact file or an article, in
    /// no folder that <see cref="IsSkippedFolder"/> skips. <paramref name="relativePath"/> is relative to
    /// the fact base folder. FactsGen.targets globs the same set; a test holds the two together.
    /// </summary>
    public static bool IsInFactBase(string relativePath)
    {
        if (!IsFactFile(relativePath) && !IsArticle(relativePath))
        {
            return false;
        }

        var parts = relativePath.Replace('\\', '/').Split('/');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (IsSkippedFolder(parts[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Folders a fact base never reaches into: build output (bin, obj), node_modules, and dot folders (.git, .vs).</summary>
    public static bool IsSkippedFolder(string name) =>
        name.StartsWith(".", System.StringComparison.Ordinal) && name != "." && name != ".."
        || string.Equals(name, "bin", System.StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, "obj", System.StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, "node_modules", System.StringComparison.OrdinalIgnoreCase);

    /// <summary>FNV-1a 64: a stable hash for names that must not collide (not for security).</summary>
    public static string StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }
}
