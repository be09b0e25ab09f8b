namespace FactsGen.Tests.Infrastructure;

/// <summary>Small fact bases that exercise one thing each.</summary>
public static class FocusedInputs
{
    public const string ArticleText =
        "Headline: Wagner in the Sahel\n" +
        "It is estimated that around 5,000 Wagner troops are stationed across Africa.\r\n" +
        "The “colonizers” left… and the junta’s  spokesman   spoke.\r" +
        "Nigeria's central bank imposed sanctions on Niger.\n";

    /// <summary>Every field of every kind, every quantity form and date precision, lists and single values.</summary>
    public const string EveryValueType = """
        articles:
          - id: sahel-report
            file: articles/a.txt
            title: Wagner in the Sahel
            publisher: Example Wire
            published: 2023-08-09
            url: https://example.org/sahel
        actors:
          - id: wagner
            name: Wagner Group
            kind: armed-group
            role: mercenary company
            country: RU
            aliases: [Wagner, PMC Wagner]
            affiliated-with: russia
            inferred:
              affiliated-with: "the article never names Russia"
            sources:
              - { article: sahel-report, line: 2, quote: "around 5,000 Wagner troops" }
          - id: russia
            name: Russia
            kind: state
            country: RU
            inferred: { name: "the article never names Russia" }
            sources: { article: sahel-report, line: 2, quote: Wagner }
          - id: niger
            name: Niger
            kind: state
            sources:
              - { article: sahel-report, line: 4, quote: sanctions on Niger }
          - id: nigeria
            name: Nigeria
            kind: state
            sources:
              - { article: sahel-report, line: 4, quote: "Nigeria's central bank" }
          - id: junta
            name: Niger's junta
            kind: government
            aliases: [junta]
            sources:
              - { article: sahel-report, line: 3, quote: "the junta's spokesman spoke" }
        deployments:
          - id: exact
            actor: wagner
            location: Africa
            strength: 1500
            inferred: { actor: "the line is about Wagner", strength: a figure for the test }
            sources: [{ article: sahel-report, line: 2, quote: stationed across Africa }]
          - id: about
            actor: wagner
            location: Africa
            countries: [ML, CF]
            strength: ~5000
            personnel: troops
            purpose: influence
            since: 2021
            as-of: 2023-08
            certainty: estimated
            attributed-to: [russia]
            sources: [{ article: sahel-report, line: 2, quote: "It is estimated that around 5,000 Wagner troops" }]
          - id: at-least
            actor: wagner
            location: Africa
            strength: ">=1000"
            inferred: { strength: a figure for the test }
            sources: [{ article: sahel-report, line: 2, quote: Wagner troops }]
          - id: at-most
            actor: wagner
            location: Africa
            strength: <=1000
            inferred: { strength: a figure for the test }
            sources: [{ article: sahel-report, line: 2, quote: Wagner troops }]
          - id: range
            actor: wagner
            location: Africa
            strength: 1000..2000
            inferred: { strength: a figure for the test }
            sources: [{ article: sahel-report, line: 2, quote: Wagner troops }]
          - id: magnitude
            actor: wagner
            location: Africa
            strength: thousands
            personnel: fighters
            certainty: believed
            inferred: { actor: "the colonizers are Wagner, for the test", strength: a figure for the test }
            sources: [{ article: sahel-report, line: 3, quote: "The \"colonizers\" left..." }]
        sanctions:
          - id: central-bank
            imposed-by: nigeria
            targets: [niger, junta]
            ordered-by: nigeria
            through: nigeria
            instruments: [financial, trade]
            reason: squeezing the junta
            date: 2023-08-08
            certainty: reported
            attributed-to: nigeria
            inferred: { targets: "the junta is what the bank squeezes, for the test" }
            sources: [{ article: sahel-report, line: 4, quote: "Nigeria's central bank imposed sanctions on Niger" }]
        """;

    /// <summary>Several mistakes at once: the valid records are still emitted.</summary>
    public const string Broken = """
        articles:
          - id: sahel-report
            file: articles/a.txt
        actors:
          - id: wagner
            name: Wagner Group
            kind: armed group
            sources: [{ article: sahel-report, line: 2, quote: Wagner troops }]
          - id: russia
            name: Russia
            kind: state
            sources: [{ article: sahel-report, line: 9, quote: Russia }]
          - id: niger
            name: Niger
            kind: state
            colour: green
            sources: [{ article: sahel-report, line: 4, quote: sanctions on Niger }]
          - id: nigeria
            name: Nigeria
            kind: state
            sources: [{ article: sahel-report, line: 4, quote: "Nigeria's central bank" }]
        deployments:
          - id: wagner-africa
            actor: wagnr
            location: Africa
            strength: 1,500
            sources: [{ article: sahel-reprot, line: 2, quote: around 5,000 Wagner troops }]
          - id: fine
            actor: nigeria
            location: Niger
            sources: [{ article: sahel-report, line: 2, quote: "around 5,000 troops" }]
        sanctionz:
          - id: x
        """;

    /// <summary>Strings that would break naive emission: quotes, backslashes, comment and XML terminators, line and bidi controls.</summary>
    public static readonly string Hostile =
        "articles:\n" +
        "  - id: sahel-report\n" +
        "    file: articles/a.txt\n" +
        "    title: \"*/ </summary> <![CDATA[ \\\" \\\\ \\n#error x\\r\\u0085\\u2028\\u2029\\u202E\\u2066 \\0 \\x01 e\\u0301 😀\"\n" +
        "actors:\n" +
        "  - id: wagner\n" +
        "    name: \"\\\"); System.Environment.Exit(1); //\"\n" +
        "    kind: armed-group\n" +
        "    role: \"line1\\nline2 /// <para>\"\n" +
        "    aliases: [\"#line 1 \\\"evil.cs\\\"\", \"tab\\tend\"]\n" +
        "    inferred: { name: \"*/ </para> \\\"); // \\u2028 \\u202E reason\" }\n" +
        "    sources:\n" +
        "      - { article: sahel-report, line: 2, quote: \"Wagner\" }\n";
}
