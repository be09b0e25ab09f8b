using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using ConsumerSample.Facts;

namespace ConsumerSample.Tests;

public class JsonTests
{
    private static readonly RunResult Export = TestSupport.Run("--json");

    [Fact]
    public void Json_goes_to_stdout_and_exits_0()
    {
        Assert.Equal(App.Success, Export.ExitCode);
        Assert.Equal(string.Empty, Export.Error);
        Assert.Equal(FactBase.Current.ToJson() + "\n", Export.Output);
    }

    [Fact]
    public void Deserializing_the_export_with_the_same_context_gives_the_catalogs_record_for_record()
    {
        var back = JsonSerializer.Deserialize(Export.Output, FactBaseJsonContext.Default.FactBase);

        Assert.NotNull(back);
        // Typed as sequences: ImmutableArray<T>'s own Equals compares array references, not items.
        Assert.Equal<Article>(Articles.All, back!.Articles);
        Assert.Equal<Actor>(Actors.All, back.Actors);
        Assert.Equal<Deployment>(Deployments.All, back.Deployments);
        Assert.Equal<Sanction>(Sanctions.All, back.Sanctions);
        Assert.Equal(FactBase.Current, back);
        Assert.Equal(FactBase.Current, FactBase.FromJson(Export.Output));

        // Value equality really compares lists item by item, and the ids resolve again.
        Assert.NotSame(Deployments.WagnerAfrica, back.Deployments.Single(d => d.Id == Deployments.WagnerAfrica.Id));
        Assert.Equal(Deployments.WagnerAfrica, back.Deployments.Single(d => d.Id == Deployments.WagnerAfrica.Id));
        Assert.Equal("Wagner Group", back.Deployments.Single(d => d.Id.Value == "wagner-africa").Actor.Resolve().Name);
    }

    [Fact]
    public void The_top_level_has_the_built_in_and_the_declared_sections()
    {
        using var document = JsonDocument.Parse(Export.Output);

        Assert.Equal(
            new[] { "articles", "actors", "deployments", "sanctions", "events", "statements" },
            document.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Actors.All.Length, document.RootElement.GetProperty("actors").GetArrayLength());
        Assert.Equal(Events.All.Length, document.RootElement.GetProperty("events").GetArrayLength());
        Assert.Equal(Statements.All.Length, document.RootElement.GetProperty("statements").GetArrayLength());
    }

    [Fact]
    public void Declared_kinds_read_as_in_the_yaml_and_reverse_navigation_is_not_exported()
    {
        using var document = JsonDocument.Parse(Export.Output);

        var coup = document.RootElement.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "july-coup");
        Assert.Equal("2023-07-26", coup.GetProperty("date").GetString());
        Assert.Equal("coup", coup.GetProperty("kind").GetString());
        var wagner = document.RootElement.GetProperty("actors").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "wagner");
        Assert.False(wagner.TryGetProperty("deployments", out _));
        Assert.False(wagner.TryGetProperty("statements", out _));
    }

    [Fact]
    public void Every_key_is_kebab_case_like_the_yaml()
    {
        using var document = JsonDocument.Parse(Export.Output);
        var keys = new HashSet<string>();
        Collect(document.RootElement, keys);

        Assert.All(keys, key => Assert.Matches("^[a-z]+(-[a-z]+)*$", key));
        Assert.Superset(
            new HashSet<string> { "affiliated-with", "as-of", "attributed-to", "imposed-by", "ordered-by", "sources", "article", "line", "quote" },
            keys);
    }

    [Fact]
    public void Values_are_written_as_in_the_yaml_and_absent_fields_are_left_out()
    {
        using var document = JsonDocument.Parse(Export.Output);
        var root = document.RootElement;
        var wagnerAfrica = root.GetProperty("deployments").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "wagner-africa");

        Assert.Equal("wagner", wagnerAfrica.GetProperty("actor").GetString());
        Assert.Equal("~5000", wagnerAfrica.GetProperty("strength").GetString());
        Assert.Equal("2023-08-09", wagnerAfrica.GetProperty("as-of").GetString());
        Assert.Equal("estimated", wagnerAfrica.GetProperty("certainty").GetString());
        Assert.False(wagnerAfrica.TryGetProperty("since", out _));
        Assert.False(wagnerAfrica.TryGetProperty("purpose", out _));

        var citation = wagnerAfrica.GetProperty("sources")[0];
        Assert.Equal("blinken-bbc-wagner-niger-sanctions", citation.GetProperty("article").GetString());
        Assert.Equal(9, citation.GetProperty("line").GetInt32());
        Assert.Equal("It is estimated that around 5,000 Wagner troops are stationed across Africa", citation.GetProperty("quote").GetString());

        var wagner = root.GetProperty("actors").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "wagner");
        Assert.Equal("armed-group", wagner.GetProperty("kind").GetString());
        Assert.Equal(new[] { "russia" }, wagner.GetProperty("affiliated-with").EnumerateArray().Select(e => e.GetString()));

        var sanction = root.GetProperty("sanctions")[0];
        Assert.Equal("2023-08-08", sanction.GetProperty("date").GetString());
        Assert.Equal("bola-tinubu", sanction.GetProperty("ordered-by").GetString());
        Assert.Equal(new[] { "financial" }, sanction.GetProperty("instruments").EnumerateArray().Select(e => e.GetString()));

        Assert.DoesNotContain(": null", Export.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_read_as_in_the_articles()
    {
        Assert.Contains("\"quote\": \"boosting Russia's diplomatic and economic ties\"", Export.Output);
        Assert.Contains("\"quote\": \"Russian mercenary group Wagner is \\\"taking advantage\\\"\"", Export.Output);
    }

    [Fact]
    public void Reading_respects_the_records_nullability()
    {
        const string json = """{ "articles": [ { "id": "a", "file": null } ], "actors": [], "deployments": [], "sanctions": [] }""";

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, FactBaseJsonContext.Default.FactBase));
    }

    [Fact]
    public void A_single_record_round_trips_through_its_own_contract()
    {
        var json = JsonSerializer.Serialize(Sanctions.NigeriaCentralBankNiger, FactBaseJsonContext.Default.Sanction);

        Assert.Equal(Sanctions.NigeriaCentralBankNiger, JsonSerializer.Deserialize(json, FactBaseJsonContext.Default.Sanction));
        Assert.Contains("\"through\": \"central-bank-of-nigeria\"", json);
    }

    private static void Collect(JsonElement element, HashSet<string> keys)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    keys.Add(property.Name);
                    Collect(property.Value, keys);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, keys);
                }

                break;
        }
    }
}
