using System.Globalization;
using System.Text;
using System.Text.Json;
using FactsGen.Articles;
using FactsGen.Tooling.Engine;
using FactsGen.Tooling.Files;
using FactsGen.Cli;
using FactsGen.Cli.Tests.Infrastructure;
using ValueType = FactsGen.Schema.ValueType;

namespace FactsGen.Cli.Tests;

/// <summary><c>factsgen export</c>: the fact base as JSON, and its citations as W3C Web Annotations that point at the articles' own text.</summary>
public sealed class ExportTests : IDisposable
{
    private readonly Scratch _scratch = new();

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void Annotations_ForEveryCitationOfTheRealFacts_SliceTheArticleToExact()
    {
        _scratch.CopyRealFacts();
        var analysis = Analyze();

        var run = _scratch.Run("export", "facts", "--format", "annotations");

        Assert.Equal(CliApp.Clean, run.ExitCode);
        Assert.Equal(string.Empty, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var annotations = json.RootElement.EnumerateArray().ToList();
        var citations = Citations(analysis).ToList();
        Assert.Equal(citations.Count, annotations.Count);
        Assert.True(annotations.Count > 50);

        var articles = analysis.Index.Articles.ToDictionary(a => a.Id, a => a.Path);
        foreach (var (annotation, (section, record, n, citation, summary)) in annotations.Zip(citations))
        {
            Assert.Equal("http://www.w3.org/ns/anno.jsonld", annotation.GetProperty("@context").GetString());
            Assert.Equal($"urn:factsgen:{section}:{record}:{n}", annotation.GetProperty("id").GetString());
            Assert.Equal("Annotation", annotation.GetProperty("type").GetString());
            Assert.Equal("TextualBody", annotation.GetProperty("body").GetProperty("type").GetString());
            Assert.Equal(summary, annotation.GetProperty("body").GetProperty("value").GetString());

            var target = annotation.GetProperty("target");
            var articlePath = articles[citation.Article];
            Assert.Equal(new Uri(articlePath).AbsoluteUri, target.GetProperty("source").GetString());
            Assert.StartsWith("file:///", target.GetProperty("source").GetString(), StringComparison.Ordinal);
            var codePoints = CodePoints(File.ReadAllText(articlePath));
            var (exact, prefix, suffix, start, end) = Selectors(target);

            Assert.Equal(exact, Slice(codePoints, start, end));
            Assert.Equal(prefix, Slice(codePoints, Math.Max(0, start - 32), start));
            Assert.Equal(suffix, Slice(codePoints, end, Math.Min(codePoints.Length, end + 32)));
            Assert.Equal(QuoteNormalizer.Normalize(citation.Quote), QuoteNormalizer.Normalize(exact));
            var lineStart = Slice(codePoints, 0, start).LastIndexOfAny(['\n', '\r']) + 1;
            Assert.Equal(citation.Line, Slice(codePoints, 0, start).Substring(0, lineStart).Replace("\r\n", "\n").Count(c => c is '\n' or '\r') + 1);
        }
    }

    [Fact]
    public void Annotations_OfAnArticleWithoutUrl_NameItsTextByItsFileUri()
    {
        _scratch.Write("articles/the coup #1.txt", "Soldiers seized power.\n");
        _scratch.Write("facts.yaml", """
            articles:
              - id: a
                file: "articles/the coup #1.txt"
            actors:
              - id: soldiers
                name: Soldiers
                kind: military
                sources:
                  - {article: a, line: 1, quote: Soldiers seized power}
            """);

        var run = _scratch.Run("export", "facts", "--format", "annotations");

        Assert.Equal(CliApp.Clean, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var source = json.RootElement[0].GetProperty("target").GetProperty("source").GetString()!;
        Assert.True(Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.IsFile, source);
        Assert.EndsWith("/articles/the%20coup%20%231.txt", source, StringComparison.Ordinal);
        Assert.Equal(Path.Combine(_scratch.Facts, "articles", "the coup #1.txt"), uri.LocalPath);
    }

    [Fact]
    public void Annotations_CurlyQuotesNbspAndAnEmojiBeforeTheQuote_CountCodePoints_WithoutTheBom()
    {
        const string line1 = "\U0001F600 An intro \U0001F389 line.";
        const string line2 = "He said \u201Cwe  will\u00A0stay\u201D \u2026 and left.";
        _scratch.WriteBytes("articles/a.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(line1 + "\r\n" + line2 + "\n")]);
        _scratch.Write("facts.yaml", """
            articles:
              - id: a
                file: articles/a.txt
                url: https://example.org/news/a
            actors:
              - id: speaker
                name: The speaker
                kind: person
                sources:
                  - {article: a, line: 2, quote: '"we will stay" ... and'}
                  - {article: a, line: 1, quote: An intro}
                inferred: {name: "the article never names the speaker"}
            """);

        var run = _scratch.Run("export", "facts", "--format", "annotations");

        Assert.Equal(CliApp.Clean, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var first = json.RootElement[0];
        Assert.Equal("urn:factsgen:actors:speaker:1", first.GetProperty("id").GetString());
        Assert.Equal("https://example.org/news/a", first.GetProperty("target").GetProperty("source").GetString());
        var (exact, prefix, suffix, start, end) = Selectors(first.GetProperty("target"));
        Assert.Equal("\u201Cwe  will\u00A0stay\u201D \u2026 and", exact);
        var before = line1 + "\r\nHe said ";
        Assert.Equal(before.EnumerateRunes().Count(), start);
        Assert.Equal(start + exact.EnumerateRunes().Count(), end);
        Assert.Equal(before.Length - 2, start); // two emoji: two UTF-16 units more than code points
        Assert.Equal(string.Concat(before.EnumerateRunes().Reverse().Take(32).Reverse()), prefix);
        Assert.Equal(" left.\n", suffix);

        var second = Selectors(json.RootElement[1].GetProperty("target"));
        Assert.Equal(("An intro", "\U0001F600 ", 2), (second.Exact, second.Prefix, second.Start));
    }

    [Fact]
    public void Json_RoundTrips_EverySectionHoldsItsAcceptedRecords_WithTheirFieldsAsTheYamlSpellsThem()
    {
        _scratch.CopyRealFacts();
        var analysis = Analyze();
        var accepted = analysis.AcceptedRecords().ToList();

        var run = _scratch.Run("export", "facts", "--format", "json");

        Assert.Equal(CliApp.Clean, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var sections = json.RootElement.GetProperty("sections");
        Assert.Equal(analysis.Kinds.Select(k => k.Section), sections.EnumerateObject().Select(p => p.Name));
        Assert.Equal(accepted.Count, sections.EnumerateObject().Sum(p => p.Value.GetArrayLength()));
        foreach (var kind in analysis.Kinds)
        {
            var records = accepted.Where(r => analysis.KindOf(r.Record) == kind).ToList();
            var exported = sections.GetProperty(kind.Section).EnumerateArray().ToList();
            Assert.Equal(records.Select(r => r.Record.Id), exported.Select(e => e.GetProperty("id").GetString()));
            foreach (var ((file, record), element) in records.Zip(exported))
            {
                Assert.Equal(record.Location.StartLine + 1, element.GetProperty("line").GetInt32());
                Assert.Equal(Path.GetRelativePath(_scratch.Facts, file.Path).Replace('\\', '/'), element.GetProperty("file").GetString());
                var fields = element.GetProperty("fields");
                for (var i = 0; i < kind.Fields.Count; i++)
                {
                    var field = kind.Fields[i];
                    var value = record.Fields[i];
                    if (field == kind.IdField || value is null)
                    {
                        Assert.False(fields.TryGetProperty(field.Name, out _), field.Name);
                        continue;
                    }

                    var exportedValue = fields.GetProperty(field.Name);
                    if (field.Type == ValueType.Citation)
                    {
                        Assert.Equal(
                            value.Citations.Select(c => $"{c.Article}:{c.Line}:{c.Quote}"),
                            exportedValue.EnumerateArray().Select(c => $"{c.GetProperty("article").GetString()}:{c.GetProperty("line").GetInt32()}:{c.GetProperty("quote").GetString()}"));
                    }
                    else if (field.IsList)
                    {
                        Assert.Equal(value.Items.Select(v => v.Text), exportedValue.EnumerateArray().Select(v => v.GetString()));
                    }
                    else
                    {
                        Assert.Equal(value.Text, exportedValue.GetString());
                    }
                }
            }
        }

        var inKindOrder = analysis.Kinds.SelectMany(k => accepted.Where(r => analysis.KindOf(r.Record) == k));
        foreach (var ((_, record), element) in inKindOrder.Zip(analysis.Kinds.SelectMany(k => sections.GetProperty(k.Section).EnumerateArray())))
        {
            Assert.Equal(record.Inferences.Select(i => (i.Field, i.Reason)), Inferred(element));
            var kind = analysis.KindOf(record);
            var claimed = Enumerable.Range(0, kind.Fields.Count).Where(i => record.Fields[i]?.HasClaims == true).ToList();
            Assert.Equal(claimed.Count > 0, element.TryGetProperty("claims", out var claims));
            foreach (var i in claimed)
            {
                var exported = claims.GetProperty(kind.Fields[i].Name).EnumerateArray().ToList();
                Assert.Equal(
                    record.Fields[i]!.Claims.Select(c => (c.Value[0].Text, c.Rank.ToString().ToLowerInvariant(), c.Note, string.Join("|", c.Sources.Select(s => $"{s.Article}:{s.Line}:{s.Quote}")))),
                    exported.Select(e => (e.GetProperty("value").GetString()!, e.GetProperty("rank").GetString()!, e.TryGetProperty("note", out var note) ? note.GetString() : null,
                        string.Join("|", e.GetProperty("sources").EnumerateArray().Select(c => $"{c.GetProperty("article").GetString()}:{c.GetProperty("line").GetInt32()}:{c.GetProperty("quote").GetString()}")))));
            }
        }

        var coup = sections.GetProperty("events").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "july-coup");
        Assert.Equal("2023-07-26", coup.GetProperty("fields").GetProperty("date").GetString());
        Assert.Equal(
            ["2023-07-26 preferred", "2023-07-31/2023-08-06 normal"],
            coup.GetProperty("claims").GetProperty("date").EnumerateArray().Select(c => c.GetProperty("value").GetString() + " " + c.GetProperty("rank").GetString()));
        var detention = sections.GetProperty("events").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "bazoum-detention");
        Assert.Equal(["location", "countries"], Inferred(detention).Select(i => i.Field));

        var wagner = sections.GetProperty("deployments").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "wagner-africa").GetProperty("fields");
        Assert.Equal("~5000", wagner.GetProperty("strength").GetString());
        Assert.Equal("2023-08-09", wagner.GetProperty("as-of").GetString());
    }

    [Fact]
    public void Json_AClaimsInferredAndAListClaim_AreExportedAsWritten_AndAnnotationsNumberClaimCitationsOnAfterTheRecords()
    {
        _scratch.Write("articles/a.txt", "The coup was on July 26.\nA coup last week, said the paper.\nSome 800 troops, or 1,000 by other counts.\n");
        _scratch.Write("facts.yaml", """
            articles:
              - id: a
                file: articles/a.txt
            actors:
              - id: army
                name: The army
                kind: military
                sources: [{article: a, line: 1, quote: "The coup"}]
            deployments:
              - id: troops
                actor: army
                location: Niger
                inferred:
                  actor: "the army is whose troops these are"
                strength:
                  claims:
                    - value: 800
                      rank: preferred
                      note: "the first count"
                      sources: [{article: a, line: 3, quote: "Some 800 troops"}]
                    - value: 1000
                      sources: [{article: a, line: 3, quote: "1,000 by other counts"}, {article: a, line: 2, quote: "last week"}]
                      inferred:
                        strength: "rounded"
                sources: [{article: a, line: 1, quote: "The coup was on July 26"}]
            """);

        var run = _scratch.Run("export", "facts", "--format", "json");
        using var json = JsonDocument.Parse(run.Stdout);
        var troops = json.RootElement.GetProperty("sections").GetProperty("deployments")[0];

        Assert.Equal("800", troops.GetProperty("fields").GetProperty("strength").GetString());
        Assert.Equal([("actor", "the army is whose troops these are")], Inferred(troops));
        var claims = troops.GetProperty("claims").GetProperty("strength").EnumerateArray().ToList();
        Assert.Equal(["800", "1000"], claims.Select(c => c.GetProperty("value").GetString()));
        Assert.Equal(["preferred", "normal"], claims.Select(c => c.GetProperty("rank").GetString()));
        Assert.Equal("the first count", claims[0].GetProperty("note").GetString());
        Assert.False(claims[1].TryGetProperty("note", out _));
        Assert.False(claims[0].TryGetProperty("inferred", out _));
        Assert.Equal([("strength", "rounded")], Inferred(claims[1]));
        Assert.Equal(2, claims[1].GetProperty("sources").GetArrayLength());

        var annotations = _scratch.Run("export", "facts", "--format", "annotations");
        using var anno = JsonDocument.Parse(annotations.Stdout);
        var ofTroops = anno.RootElement.EnumerateArray().Where(a => a.GetProperty("id").GetString()!.StartsWith("urn:factsgen:deployments:troops:", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            ["urn:factsgen:deployments:troops:1", "urn:factsgen:deployments:troops:2", "urn:factsgen:deployments:troops:3", "urn:factsgen:deployments:troops:4"],
            ofTroops.Select(a => a.GetProperty("id").GetString()));
        var bodies = ofTroops.Select(a => a.GetProperty("body").GetProperty("value").GetString()!).ToList();
        Assert.DoesNotContain(" — claim", bodies[0], StringComparison.Ordinal);
        Assert.EndsWith(" — claim 1 of strength (preferred): 800", bodies[1], StringComparison.Ordinal);
        Assert.EndsWith(" — claim 2 of strength (normal): 1,000", bodies[2], StringComparison.Ordinal);
        Assert.Equal(bodies[2], bodies[3]);
        Assert.Equal(["Some 800 troops", "1,000 by other counts", "last week"], ofTroops.Skip(1).Select(a => Selectors(a.GetProperty("target")).Exact));
    }

    [Fact]
    public void Output_ToAFile_IsWhatStandardOutputWouldBe()
    {
        _scratch.CopyRealFacts();
        var printed = _scratch.Run("export", "facts", "--format", "annotations");

        var written = _scratch.Run("export", "facts", "-f", "annotations", "-o", "out/annotations.jsonld");

        Assert.Equal(CliApp.Clean, written.ExitCode);
        Assert.Equal($"factsgen: wrote {Path.Combine("out", "annotations.jsonld")}\n", written.Stdout);
        Assert.Equal(printed.Stdout, File.ReadAllText(Path.Combine(_scratch.Root, "out", "annotations.jsonld")));
        Assert.Equal(printed.Stdout, _scratch.Run("export", "facts", "--format", "annotations").Stdout);
    }

    [Fact]
    public void ABrokenBase_IsExported_AsFarAsItGoes_WithTheErrorsOnStderr_ExitOne()
    {
        _scratch.CopyRealFacts();
        var total = _scratch.Run("export", "facts", "--format", "annotations");
        _scratch.AddEditorsNoteToFirstArticle();

        var run = _scratch.Run("export", "facts", "--format", "annotations");

        Assert.Equal(CliApp.Errors, run.ExitCode);
        Assert.Contains(": error FG0013: ", run.Stderr, StringComparison.Ordinal);
        var left = run.Stderr.Split('\n').Count(l => l.Contains(": error FG0013: ", StringComparison.Ordinal));
        Assert.Contains($"factsgen: {left} citation(s) left out", run.Stderr, StringComparison.Ordinal);
        using var all = JsonDocument.Parse(total.Stdout);
        using var some = JsonDocument.Parse(run.Stdout);
        Assert.Equal(all.RootElement.GetArrayLength() - left, some.RootElement.GetArrayLength());
    }

    private FactBaseSnapshot Analyze() =>
        FactBaseState.CheckOnce(Directory.EnumerateFiles(_scratch.Facts, "*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".yaml", StringComparison.Ordinal) || p.EndsWith(".txt", StringComparison.Ordinal))
            .Select(p => new FactBaseFile(p, File.ReadAllText(p))));

    private static IEnumerable<(string Section, string Id, int N, Model.CitationItem Citation, string Summary)> Citations(FactBaseSnapshot analysis)
    {
        foreach (var (_, record) in analysis.AcceptedRecords())
        {
            var kind = analysis.KindOf(record);
            var n = 0;
            for (var i = 0; i < kind.Fields.Count; i++)
            {
                if (kind.Fields[i].Type == ValueType.Citation && record.Fields[i] is { } value)
                {
                    foreach (var citation in value.Citations)
                    {
                        yield return (kind.Section, record.Id, ++n, citation, analysis.Summarize(record));
                    }
                }
            }

            for (var i = 0; i < kind.Fields.Count; i++)
            {
                var claims = record.Fields[i]?.Claims ?? Model.EquatableArray<Model.ClaimItem>.Empty;
                for (var c = 0; c < claims.Count; c++)
                {
                    foreach (var citation in claims[c].Sources)
                    {
                        var body = $"{analysis.Summarize(record)} — claim {c + 1} of {kind.Fields[i].Name} ({claims[c].Rank.ToString().ToLowerInvariant()}): ";
                        yield return (kind.Section, record.Id, ++n, citation, body + Semantics.FactSummary.Describe(kind.Fields[i], claims[c].Value));
                    }
                }
            }
        }
    }

    private static (string Exact, string Prefix, string Suffix, int Start, int End) Selectors(JsonElement target)
    {
        var selectors = target.GetProperty("selector").EnumerateArray().ToList();
        var quote = selectors.Single(s => s.GetProperty("type").GetString() == "TextQuoteSelector");
        var position = selectors.Single(s => s.GetProperty("type").GetString() == "TextPositionSelector");
        return (quote.GetProperty("exact").GetString()!, quote.GetProperty("prefix").GetString()!, quote.GetProperty("suffix").GetString()!,
            position.GetProperty("start").GetInt32(), position.GetProperty("end").GetInt32());
    }

    private static List<(string Field, string Reason)> Inferred(JsonElement element) =>
        element.TryGetProperty("inferred", out var inferred)
            ? inferred.EnumerateObject().Select(p => (p.Name, p.Value.GetString()!)).ToList()
            : [];

    private static string[] CodePoints(string text) => text.EnumerateRunes().Select(r => r.ToString()).ToArray();

    private static string Slice(string[] codePoints, int start, int end) => string.Concat(codePoints[start..end]);
}
