namespace FactsGen.Cli.Tests.Infrastructure;

/// <summary>
/// A small fact base whose citations break in every way fix meets: block and flow citations with
/// wrong lines, a line out of range, a quote on two lines, and a misquote.
/// </summary>
public static class MiniBase
{
    public const string Article = "Line one is about Wagner.\nThe \u201Cquoted\u201D  words appear here.\nRepeated phrase here.\nRepeated phrase here too.\n";

    public const string Yaml = """
        # A small base for fix.
        articles:
          - id: a
            file: articles/a.txt
        actors:
          - id: wagner
            name: Wagner
            kind: armed-group
            sources:
              - article: a   # block style
                line: 3      # wrong: the quote is on line 1
                quote: "about Wagner"
              - {article: a, line: 1, quote: '"quoted" words'}   # flow style, wrong: line 2
              - article: a
                line: 99
                quote: Repeated phrase here too
          - id: x
            name: X
            kind: state
            sources:
              - {article: a, line: 1, quote: "Repeated phrase"}
              - {article: a, line: 2, quote: "Line one is abuot Wagner"}
            inferred: {name: "no line names it: it only holds broken citations"}

        """;

    public static void Write(Scratch scratch)
    {
        scratch.Write("articles/a.txt", Article);
        scratch.Write("facts.yaml", Yaml);
    }
}
