namespace FactsGen.Cli.Tests.Report.Infrastructure;

/// <summary>
/// A small fact base whose every string tries to become markup, script or a live link, and whose
/// article holds the same, plus curly quotes, no-break spaces, an emoji and overlapping quotes.
/// Each injected script would change <c>document.title</c> to a text starting <see cref="Pwned"/>,
/// so a browser shows whether any ran. Every citation is on its line; the one diagnostic is the
/// generator refusing the <c>javascript:</c> URL (FG0005), which leaves that article record out.
/// </summary>
public sealed class InjectionFactBase : IDisposable
{
    public const string Pwned = "pwned";

    public const string ScriptName = "<script>document.title='pwned-name'</script>";
    public const string ImageRole = "<img src=x onerror=\"document.title='pwned-role'\">";
    public const string MarkAlias = "</mark><mark class=\"q\">";
    public const string ScriptUrl = "javascript:document.title='pwned-url'";
    public const string WebUrl = "https://example.org/story?a=1&b=<2>";
    public const string ArticleFileName = "it's <b>&amp; \"odd\".txt";

    /// <summary>The article, line by line (LF, one line in CRLF to be sure line ends are not text).</summary>
    public static readonly string[] ArticleLines =
    {
        "Intro 😀 line with “curly quotes” and\u00A0a no-break space… then more.",
        "Tags: <script>document.title='pwned-article'</script> and <img src=x onerror=\"document.title='pwned-article-img'\">.",
        "Ends: </mark> & &amp; \"straight\" 'single' </a></span></div>",
        "",
        "Overlap: the quick brown fox jumps over the lazy dog.",
        "This line is cited by nobody.",
    };

    private readonly TempFolder _folder = new("injection");

    public InjectionFactBase()
    {
        _folder.Write("articles/" + ArticleFileName, string.Join("\n", ArticleLines.Take(2)) + "\r\n" + string.Join("\n", ArticleLines.Skip(2)) + "\n");
        _folder.Write("articles.yaml", $$"""
            articles:
              - id: injected
                file: 'articles/{{ArticleFileName.Replace("'", "''")}}'
                title: "{{Yaml(ScriptName)}}"
                publisher: '{{ImageRole.Replace("'", "''")}}'
                url: "{{Yaml(WebUrl)}}"
              - id: injected-too
                file: 'articles/{{ArticleFileName.Replace("'", "''")}}'
              - id: scripted-url
                file: 'articles/{{ArticleFileName.Replace("'", "''")}}'
                url: "{{Yaml(ScriptUrl)}}"
            """);
        _folder.Write("actors.yaml", $$"""
            actors:
              - id: script-actor
                name: "{{Yaml(ScriptName)}}"
                kind: person
                role: '{{ImageRole.Replace("'", "''")}}'
                aliases: ["{{Yaml(MarkAlias)}}", "{{Yaml(ScriptUrl)}}", "&lt;b&gt; & \" onmouseover=\"x"]
                inferred:
                  name: "{{Yaml(ScriptName)}}"
                sources:
                  - {article: injected, line: 1, quote: "\"curly quotes\" and a no-break space..."}
                  - {article: injected, line: 2, quote: "<script>document.title='pwned-article'</script>"}
                  - {article: injected, line: 3, quote: "</mark> & &amp; \"straight\" 'single' </a></span></div>"}
                  - {article: injected, line: 5, quote: "quick brown fox jumps"}
              - id: other-actor
                name: "Other & <i>Sons</i>"
                kind: organization
                affiliated-with: [script-actor]
                inferred:
                  name: '{{ImageRole.Replace("'", "''")}}'
                  affiliated-with: "</li></ul><b>{{Yaml(MarkAlias)}}"
                sources:
                  - {article: injected, line: 1, quote: "😀 line with"}
                  - {article: injected, line: 2, quote: "<img src=x onerror=\"document.title='pwned-article-img'\">"}
                  - {article: injected, line: 5, quote: "brown fox jumps over the lazy"}
                  - {article: injected, line: 5, quote: "fox"}
                  - {article: injected-too, line: 3, quote: "</mark>"}
            """);
    }

    public string Folder => _folder.Path;

    private static string Yaml(string text) => text.Replace("\\", "\\\\").Replace("\"", "\\\"");

    public void Dispose() => _folder.Dispose();
}

/// <summary>The injection fact base and its site, written once for a test class.</summary>
public sealed class InjectionSite : IDisposable
{
    public InjectionSite()
    {
        FactBase = new InjectionFactBase();
        Site = new TestSite(FactBase.Folder);
    }

    public InjectionFactBase FactBase { get; }

    public TestSite Site { get; }

    public void Dispose()
    {
        Site.Dispose();
        FactBase.Dispose();
    }
}
