using System;
using System.IO;

namespace FactsGen.LanguageServer.Workspace;

/// <summary>file:// URIs and local paths, both ways.</summary>
internal static class DocumentUris
{
    /// <summary>The full local path of a <c>file:</c> URI; null for any other scheme or a malformed URI.</summary>
    public static string? ToPath(string? uri)
    {
        if (uri is null || !Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return null;
        }

        return Path.GetFullPath(parsed.LocalPath);
    }

    public static string FromPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
