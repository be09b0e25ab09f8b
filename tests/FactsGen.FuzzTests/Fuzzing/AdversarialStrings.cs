using System.Text;

namespace FactsGen.FuzzTests.Fuzzing;

/// <summary>
/// Strings that break naive code generation: literal and comment terminators, XML and CDATA,
/// preprocessor directives, every line terminator C# knows (CR, LF, NEL, LS, PS), bidirectional
/// controls (Trojan Source), NUL and other controls, combining marks, emoji, non-characters, and
/// a 100 KB string. YAML can carry all of them (double-quoted escapes); lone surrogates it cannot.
/// </summary>
public static class AdversarialStrings
{
    public static IReadOnlyList<string> Small { get; } =
    [
        "\"",
        "\\",
        "\\\"",
        "\"; System.Environment.Exit(1); //",
        "\"); } } class Evil { static void Main() { } } /*",
        "*/",
        "/* comment */ */ /*",
        "// not a comment",
        "</summary>",
        "</summary><remarks>injected</remarks><summary>",
        "<![CDATA[ ]]> ]]>",
        "&amp; &lt; &#x0; &bogus; <",
        "<see cref=\"System.Environment.Exit\"/>",
        "{0} {1} {{ }}",
        "#line 1 \"evil.cs\"",
        "#error injected",
        "\n#error injected on its own line\n",
        "line1\nline2",
        "cr\rcr",
        "crlf\r\ncrlf",
        "nel\u0085nel",
        "ls\u2028ls",
        "ps\u2029ps",
        "\u202Ereversed\u202C",
        "\u202A\u202B\u202C\u202D\u202E",
        "\u2066\u2067\u2068\u2069",
        "access\u202E \u2066// Check if admin\u2069 \u2066",
        "nul\0nul",
        "\u0001\u0002\u0007\u0008\u000B\u000C\u001B\u001F\u007F",
        "\u0080\u009F",
        "tab\tend",
        "e\u0301\u0302\u0303 combining",
        "\U0001F600 emoji \U0001F469\u200D\U0001F4BB \U0001F1F3\U0001F1EA",
        "\u200B zero width \u200C\u200D \uFEFF",
        "\uFFFE \uFFFF non-characters",
        "\uE000 private use",
        "\U0010FFFF top",
        "Ω ≈ ç √ ∫ µ ≤ ≥ ÷ — “ ” ‘ ’ …",
        "中文 日本語 한국어 العربية עברית",
        "  leading and trailing spaces  ",
        "@\"verbatim\" $\"{interpolated}\" \"\"\"raw\"\"\"",
        "\\u0022 \\x22 \\U00000022",
        "'single' ''doubled''",
        "/// <summary>",
        "--> <!-- -->",
    ];

    /// <summary>One string of 100 KB mixing everything above.</summary>
    public static string Huge { get; } = BuildHuge();

    public static IReadOnlyList<string> All { get; } = [.. Small, Huge];

    public static string Pick(FuzzRandom random) => random.Pick(Small);

    private static string BuildHuge()
    {
        var sb = new StringBuilder();
        var i = 0;
        while (sb.Length < 100 * 1024)
        {
            sb.Append(Small[i++ % Small.Count]).Append(' ');
        }

        var length = 100 * 1024;
        return sb.ToString(0, char.IsHighSurrogate(sb[length - 1]) ? length - 1 : length);
    }
}
