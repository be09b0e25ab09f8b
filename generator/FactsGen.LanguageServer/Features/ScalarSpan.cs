namespace FactsGen.LanguageServer.Features;

/// <summary>The text of a scalar inside its quotes: what a rename or a did-you-mean replaces, so the quoting style stays.</summary>
internal static class ScalarSpan
{
    public static (int Start, int Length) Inner(string text, int start, int length)
    {
        if (length >= 2 && start + length <= text.Length && text[start] is '"' or '\'' && text[start + length - 1] == text[start])
        {
            return (start + 1, length - 2);
        }

        return (start, length);
    }
}
