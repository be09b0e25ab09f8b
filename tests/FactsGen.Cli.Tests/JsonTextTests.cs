using System.Text.Json;
using FactsGen.Tooling.Escaping;

namespace FactsGen.Cli.Tests;

/// <summary>JSON string literals that keep the value and cannot break out of an HTML script block.</summary>
public sealed class JsonTextTests
{
    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("</script><img onerror=alert(1)>", "\"\\u003c/script\\u003e\\u003cimg onerror=alert(1)\\u003e\"")]
    [InlineData("a & b", "\"a \\u0026 b\"")]
    [InlineData("line\u2028para\u2029", "\"line\\u2028para\\u2029\"")]
    [InlineData("\"\\\n\t\u0001", "\"\\\"\\\\\\n\\t\\u0001\"")]
    [InlineData("\u202Eevil", "\"\\u202eevil\"")]
    [InlineData("caf\u00E9 \U0001F600", "\"caf\u00E9 \U0001F600\"")]
    public void Quote_EscapesWhatMustBe(string value, string expected) => Assert.Equal(expected, JsonText.Quote(value));

    [Theory]
    [InlineData("</script>")]
    [InlineData("\u201Cquoted\u201D\u00A0\u2026 & <b>")]
    [InlineData("emoji \U0001F600 and \u2028")]
    [InlineData("")]
    public void Quote_RoundTripsThroughAJsonParser(string value)
    {
        using var json = JsonDocument.Parse(JsonText.Quote(value));
        Assert.Equal(value, json.RootElement.GetString());
    }

    [Fact]
    public void ALoneSurrogate_IsAnEscape_NotAnError()
    {
        Assert.Equal("\"a\\ud800b\"", JsonText.Quote("a\uD800b"));
    }
}
