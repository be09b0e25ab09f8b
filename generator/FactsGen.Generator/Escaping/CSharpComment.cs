namespace FactsGen.Escaping;

/// <summary>Text for a <c>//</c> comment in generated C#.</summary>
internal static class CSharpComment
{
    /// <summary>
    /// Text for a <c>//</c> comment (e.g. a fact file's path, which comes from the file system and
    /// may hold any character): anything that could end the comment line or hide text (line and
    /// paragraph separators, controls, bidirectional overrides) is shown as <c>\uXXXX</c>.
    /// </summary>
    public static string Text(string text) =>
        EscapeLoop.Append(new System.Text.StringBuilder(text.Length), text, default(Format)).ToString();

    /// <summary>Nothing of its own: every character by the common rule at source strictness.</summary>
    private readonly struct Format : IEscapeFormat
    {
        public UnsafeLevel Level => UnsafeLevel.Source;

        public bool LowerHex => false;

        public string? Replace(char c) => null;
    }
}
