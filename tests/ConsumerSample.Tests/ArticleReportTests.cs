using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ConsumerSample.Facts;

namespace ConsumerSample.Tests;

public class ArticleReportTests
{
    public static TheoryData<string> ArticleIds => new(Articles.All.Select(a => a.Id.Value));

    [Fact]
    public void There_are_articles_to_test() => Assert.True(Articles.All.Length >= 2);

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void Lists_exactly_the_facts_that_cite_the_article_with_their_citations_of_it(string id)
    {
        var article = Articles.Get(id).Id;
        var expected = TestSupport.AllFacts
            .Where(f => f.Sources.Any(c => c.Article == article))
            .Select(f => (Fact: f, Citations: f.Sources.Where(c => c.Article == article).ToArray()))
            .ToList();

        var actual = ArticleReport.FactsCiting(article);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(e => e.Fact), actual.Select(a => a.Fact));
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.Equal(e.Citations, a.Citations);
            Assert.All(a.Citations, c => Assert.Equal(article, c.Article));
        }
    }

    [Theory]
    [MemberData(nameof(ArticleIds))]
    public void The_report_shows_each_citing_fact_with_its_lines_and_quotes_and_no_other(string id)
    {
        var article = Articles.Get(id);
        var result = TestSupport.Run("--article", id);

        Assert.Equal(App.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(string.Join("\n", ArticleReport.Lines(article)) + "\n", result.Output);

        var lines = result.Output.Split('\n');
        Assert.StartsWith("Facts citing [" + id + "]", lines[0]);

        // Each listed fact: "  - label (id)", followed by its "      line N: "quote"" lines.
        var listed = new Dictionary<string, List<string>>();
        string? current = null;
        foreach (var line in lines)
        {
            var fact = Regex.Match(line, @"^  - .* \((?<id>[a-z0-9-]+)\)$");
            if (fact.Success)
            {
                current = fact.Groups["id"].Value;
                listed.Add(current, new List<string>());
            }
            else if (line.StartsWith("      line ", StringComparison.Ordinal))
            {
                Assert.NotNull(current);
                listed[current!].Add(line.Trim());
            }
        }

        var citing = TestSupport.AllFacts.Where(f => f.Sources.Any(c => c.Article == article.Id)).ToList();
        Assert.Equal(citing.Select(ArticleReport.IdOf).OrderBy(x => x, StringComparer.Ordinal), listed.Keys.OrderBy(x => x, StringComparer.Ordinal));
        foreach (var fact in citing)
        {
            Assert.Equal(
                fact.Sources.Where(c => c.Article == article.Id).Select(c => $"line {c.Line}: \"{c.Quote}\""),
                listed[ArticleReport.IdOf(fact)]);
        }
    }

    [Fact]
    public void The_report_on_the_sanctions_article_lists_Wagner_Africa_with_its_quote()
    {
        var output = TestSupport.Run("--article", "blinken-bbc-wagner-niger-sanctions").Output;

        Assert.Contains(
            "  - Wagner Group: about 5,000 troops in Africa (wagner-africa)\n"
            + "      line 9: \"It is estimated that around 5,000 Wagner troops are stationed across Africa\"\n",
            output);
        Assert.DoesNotContain("(wagner-car-mali)", output);
        Assert.Contains("  - Nigeria sanctions Niger's military junta and Niger (nigeria-central-bank-niger)\n", output);
    }

    [Fact]
    public void The_equals_form_works_too()
    {
        Assert.Equal(TestSupport.Run("--article", "blinken-wagner-niger-coup"), TestSupport.Run("--article=blinken-wagner-niger-coup"));
    }

    [Theory]
    [InlineData("no-such-article")]
    [InlineData("Blinken-Wagner-Niger-Coup")]
    [InlineData("")]
    public void An_unknown_article_names_the_known_ids_on_stderr_and_exits_2(string id)
    {
        var result = TestSupport.Run("--article", id);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains($"'{id}'", result.Error);
        Assert.All(Articles.All, a => Assert.Contains(a.Id.Value, result.Error));
    }

    [Fact]
    public void A_missing_article_id_is_a_usage_error()
    {
        var result = TestSupport.Run("--article");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains("--article needs an article id", result.Error);
        Assert.Contains(App.Usage, result.Error);
    }
}
