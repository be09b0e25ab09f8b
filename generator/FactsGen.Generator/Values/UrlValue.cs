using System;

namespace FactsGen.Values;

/// <summary>Absolute http(s) URLs.</summary>
internal static class UrlValue
{
    public static bool TryValidate(string text, out string error)
    {
        error = string.Empty;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0)
        {
            return true;
        }

        error = $"'{text}' is not an absolute http(s) URL (e.g. https://example.org/article)";
        return false;
    }
}
