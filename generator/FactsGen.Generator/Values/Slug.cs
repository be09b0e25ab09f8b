namespace FactsGen.Values;

/// <summary>Ids: <c>^[a-z][a-z0-9]*(-[a-z0-9]+)*$</c> (docs/fact-files.md §2).</summary>
internal static class Slug
{
    public static bool IsValid(string text)
    {
        if (text.Length == 0 || text[0] < 'a' || text[0] > 'z')
        {
            return false;
        }

        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '-')
            {
                // A hyphen must sit between two alphanumerics: no "--" and no trailing "-".
                if (i == text.Length - 1 || text[i + 1] == '-')
                {
                    return false;
                }
            }
            else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Why a text is not a slug, phrased as a fix.</summary>
    public static string Explain(string text) =>
        $"'{text}' is not a valid id; ids are lower-case words of letters and digits joined by single hyphens, starting with a letter (e.g. 'wagner-mali-2021')";
}
