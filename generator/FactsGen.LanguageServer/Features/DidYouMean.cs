using System.Text.RegularExpressions;

namespace FactsGen.LanguageServer.Features;

/// <summary>
/// The suggestion a diagnostic's message carries, as Values/Suggestions.cs writes it:
/// "…; did you mean 'x'?". Read from the message, so every check that suggests is covered the same way.
/// </summary>
internal static class DidYouMean
{
    /// <summary>The diagnostics whose suggestion replaces the node at fault: section, field, value, reference, kind declaration.</summary>
    public static readonly string[] Ids = { "FG0002", "FG0003", "FG0005", "FG0007", "FG0016" };

    private static readonly Regex Suggestion = new(@"did you mean '(?<text>[^'\r\n]+)'\?", RegexOptions.CultureInvariant);

    public static string? In(string message) => Suggestion.Match(message) is { Success: true } match ? match.Groups["text"].Value : null;
}
