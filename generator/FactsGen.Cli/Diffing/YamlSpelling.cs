using System.Linq;
using FactsGen.Tooling.Escaping;
using FactsGen.Yaml;
using YamlDotNet.Core;

namespace FactsGen.Cli.Diffing;

/// <summary>
/// A YAML value as a fact file spells it, on one line: plain scalars as written (<c>~5000</c>,
/// <c>2023-08</c>), quoted and block scalars in double quotes, lists in <c>[ ]</c> and mappings in
/// <c>{ }</c>. Two values are the same when their spellings are, so a diff never reports a change
/// that only moved a comment or a line break.
/// </summary>
internal static class YamlSpelling
{
    public static string Of(YamlNode? node) => node switch
    {
        null => "~",
        YamlScalar scalar => Scalar(scalar),
        YamlSequence sequence => "[" + string.Join(", ", sequence.Items.Select(Of)) + "]",
        YamlMapping mapping => "{" + string.Join(", ", mapping.Entries.Select(e => Of(e.Key) + ": " + Of(e.Value))) + "}",
        _ => string.Empty,
    };

    /// <summary>A mapping's value for a key (the first, as the parser reads it), or null.</summary>
    public static YamlNode? Get(YamlMapping mapping, string key) =>
        mapping.Entries.FirstOrDefault(e => e.Key is YamlScalar k && k.Value == key).Value;

    /// <summary>A scalar's text, or null for anything else.</summary>
    public static string? Text(YamlNode? node) => node is YamlScalar { IsNull: false } scalar ? scalar.Value : null;

    private static string Scalar(YamlScalar scalar)
    {
        if (scalar.Style == ScalarStyle.Plain && scalar.IsNull)
        {
            return "~";
        }

        // Plain as written unless it holds a character that must be shown escaped.
        var quoted = YamlScalarText.DoubleQuoted(scalar.Value);
        return scalar.Style == ScalarStyle.Plain && quoted.Length == scalar.Value.Length + 2 && scalar.Value.IndexOf('"') < 0 && scalar.Value.IndexOf('\\') < 0 ? scalar.Value : quoted;
    }
}
