using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConsumerSample.Facts;

namespace ConsumerSample.Tests;

/// <summary>The generated records' <c>ToString()</c> and the enums' fact-file spellings, on the real fact base.</summary>
public class GeneratedApiTests
{
    [Fact]
    public void A_record_prints_its_lists_item_by_item()
    {
        Assert.Contains("Countries = [NE], ", Deployments.UsNiger.ToString());
        var wagnerCarMali = Deployments.WagnerCarMali.ToString();
        Assert.StartsWith(
            "Deployment { Id = wagner-car-mali, Actor = wagner, Location = Central African Republic and Mali, Countries = [CF, ML], "
                + "Strength = thousands, Personnel = fighters, ",
            wagnerCarMali);
        Assert.Contains(", Certainty = Believed, AttributedTo = [], ", wagnerCarMali);
        Assert.Contains("Sources = [[blinken-wagner-niger-coup:6], [blinken-wagner-niger-coup:6]]", wagnerCarMali);
        Assert.Contains("Targets = [niger-junta, niger], ", Sanctions.NigeriaCentralBankNiger.ToString());
        Assert.Contains("Instruments = [Financial], ", Sanctions.NigeriaCentralBankNiger.ToString());
        Assert.All(TestSupport.AllFacts, fact => Assert.DoesNotContain("ImmutableArray", fact.ToString()));
    }

    [Fact]
    public void Enum_values_read_as_the_fact_files_write_them()
    {
        Assert.Equal("estimated", Certainty.Estimated.ToYamlName());
        Assert.Equal("estimated", Deployments.WagnerAfrica.Certainty.ToYamlName());
        Assert.Equal("stated", Deployments.WagnerMali2021.Certainty.ToYamlName()); // the default: the file says none
        Assert.Equal("armed-group", Actors.Wagner.Kind.ToYamlName());
        Assert.Equal(["financial"], Sanctions.NigeriaCentralBankNiger.Instruments.Select(i => i.ToYamlName()));
    }

    [Fact]
    public void Every_enum_value_round_trips_and_is_spelled_as_the_schema_allows()
    {
        AssertSpellings<ActorKind>("actorKind", ActorKindExtensions.ToYamlName, ActorKindExtensions.TryParseYamlName);
        AssertSpellings<Certainty>("certainty", CertaintyExtensions.ToYamlName, CertaintyExtensions.TryParseYamlName);
        AssertSpellings<SanctionInstrument>("sanctionInstrument", SanctionInstrumentExtensions.ToYamlName, SanctionInstrumentExtensions.TryParseYamlName);

        Assert.False(CertaintyExtensions.TryParseYamlName("Estimated", out _)); // case-sensitive, as fact files are
        Assert.False(CertaintyExtensions.TryParseYamlName(null, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Certainty)99).ToYamlName());
    }

    private delegate bool TryParse<T>(string? name, out T value);

    /// <summary>Every value's spelling, in declaration order, is the schema's list for fact files, and parses back to the value.</summary>
    private static void AssertSpellings<T>(string definition, Func<T, string> toYamlName, TryParse<T> tryParse)
        where T : struct, Enum
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "facts", "factsgen.schema.json")));
        var allowed = schema.RootElement.GetProperty("definitions").GetProperty(definition).GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        Assert.Equal(allowed, Enum.GetValues<T>().Select(toYamlName));

        foreach (var value in Enum.GetValues<T>())
        {
            Assert.True(tryParse(toYamlName(value), out var parsed));
            Assert.Equal(value, parsed);
        }
    }
}
