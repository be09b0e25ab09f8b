namespace FactsGen.Cli.Tests.Infrastructure;

/// <summary>
/// A small fact base for <c>factsgen diff</c>: one article, a declared kind, two actors, a
/// deployment with disputed strength (claims) and an <c>inferred</c> entry, and an event. It checks
/// clean apart from what v3 syntax the parser may not know yet; the diff compares both sides alike.
/// </summary>
public static class DiffBase
{
    public const string Article = "Line one is about Wagner.\nNiger is a state.\nThere was a coup in Niger.\nThere are around 5,000 Wagner troops.\nOthers say 3,000 Wagner troops.\n";

    public const string Kinds = """
        kinds:
          - id: events
            record: Event
            fields:
              - name: description
                type: string
                required: true

        """;

    public const string Facts = """
        articles:
          - id: a
            file: articles/a.txt
        actors:
          - id: wagner
            name: Wagner
            kind: armed-group
            sources:
              - {article: a, line: 1, quote: "about Wagner"}
          - id: niger
            name: Niger
            kind: state
            country: NE
            sources:
              - {article: a, line: 2, quote: "Niger is a state"}
        events:
          - id: coup
            description: "A coup"
            sources:
              - {article: a, line: 3, quote: "coup in Niger"}

        """;

    public const string Deployments = """
        deployments:
          - id: wagner-africa
            actor: wagner
            location: Africa
            strength:
              claims:
                - value: ~5000
                  rank: preferred
                  sources: [{article: a, line: 4, quote: "around 5,000 Wagner troops"}]
                - value: ~3000
                  sources: [{article: a, line: 5, quote: "3,000 Wagner troops"}]
            inferred:
              location: "the article says Africa"
            sources:
              - {article: a, line: 4, quote: "around 5,000 Wagner troops"}

        """;

    /// <summary>The base under <paramref name="folder"/> (relative to the scratch root).</summary>
    public static void Write(Scratch scratch, string folder)
    {
        scratch.WriteAt(folder, "articles/a.txt", Article);
        scratch.WriteAt(folder, "kinds.yaml", Kinds);
        scratch.WriteAt(folder, "facts.yaml", Facts);
        scratch.WriteAt(folder, "deployments.yaml", Deployments);
    }
}
