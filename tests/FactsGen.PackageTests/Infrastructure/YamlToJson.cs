using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FactsGen.PackageTests.Infrastructure;

/// <summary>
/// YAML to JSON as VS Code's YAML extension sees it (YAML 1.2, core schema): a quoted or block
/// scalar is a string; a plain scalar is null (<c>~</c>, <c>null</c>, empty), a boolean
/// (<c>true</c>/<c>false</c>), an integer (<c>1500</c>, <c>0x1F</c>, <c>0o17</c>), a float, or else a
/// string — so <c>~1000</c> and <c>2023-08-09</c> are strings, <c>2021</c> and <c>1500</c> numbers.
/// Explicit tags (<c>!!str</c>, <c>!!int</c>) win. One JSON value per YAML document.
/// </summary>
public static class YamlToJson
{
    private static readonly Regex Null = new("^(~|null|Null|NULL|)$");
    private static readonly Regex Bool = new("^(true|True|TRUE|false|False|FALSE)$");
    private static readonly Regex Decimal = new("^[-+]?[0-9]+$");
    private static readonly Regex Octal = new("^0o[0-7]+$");
    private static readonly Regex Hex = new("^0x[0-9a-fA-F]+$");
    private static readonly Regex Float = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$");
    private static readonly Regex Infinity = new(@"^[-+]?(\.inf|\.Inf|\.INF)$");
    private static readonly Regex NaN = new(@"^(\.nan|\.NaN|\.NAN)$");

    public static IReadOnlyList<JToken> Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Select(d => Convert(d.RootNode)).ToList();
    }

    public static JToken Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => ConvertMapping(mapping),
        YamlSequenceNode sequence => new JArray(sequence.Children.Select(Convert)),
        YamlScalarNode scalar => ConvertScalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JObject ConvertMapping(YamlMappingNode mapping)
    {
        var obj = new JObject();
        foreach (var (key, value) in mapping.Children)
        {
            // JSON keys are text; a duplicate key keeps the last (the generator reports it as FG0009).
            var name = key is YamlScalarNode scalar ? scalar.Value ?? string.Empty : key.ToString();
            obj[name] = Convert(value);
        }

        return obj;
    }

    private static JToken ConvertScalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
        switch (tag)
        {
            case "tag:yaml.org,2002:str":
                return new JValue(text);
            case "tag:yaml.org,2002:null":
                return JValue.CreateNull();
            case null or "?" or "!" or "tag:yaml.org,2002:int" or "tag:yaml.org,2002:float" or "tag:yaml.org,2002:bool":
                break;
            default:
                return new JValue(text); // an application tag: the text
        }

        if (scalar.Style != ScalarStyle.Plain || tag == "!")
        {
            return new JValue(text);
        }

        if (Null.IsMatch(text)) return JValue.CreateNull();
        if (Bool.IsMatch(text)) return new JValue(text.Equals("true", StringComparison.OrdinalIgnoreCase));
        if (Decimal.IsMatch(text))
        {
            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                ? new JValue(n)
                : new JValue(double.Parse(text, CultureInfo.InvariantCulture));
        }

        if (Octal.IsMatch(text)) return new JValue(System.Convert.ToInt64(text.Substring(2), 8));
        if (Hex.IsMatch(text)) return new JValue(long.Parse(text.Substring(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        if (Float.IsMatch(text)) return new JValue(double.Parse(text, CultureInfo.InvariantCulture));
        if (Infinity.IsMatch(text)) return new JValue(text.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity);
        if (NaN.IsMatch(text)) return new JValue(double.NaN);
        return new JValue(text);
    }
}
