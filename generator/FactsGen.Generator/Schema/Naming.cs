using System.Text;

namespace FactsGen.Schema;

/// <summary>Maps slugs and YAML keys to C# names: <c>antony-blinken</c> → <c>AntonyBlinken</c>.</summary>
internal static class Naming
{
    public static string ToPascalCase(string slug) => AppendPascalCase(new StringBuilder(slug.Length), slug).ToString();

    /// <summary>Appends the PascalCase of <paramref name="slug"/> (for emitters that write straight into a builder).</summary>
    public static StringBuilder AppendPascalCase(StringBuilder sb, string slug)
    {
        var upper = true;
        foreach (var c in slug)
        {
            if (c == '-')
            {
                upper = true;
                continue;
            }

            sb.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return sb;
    }

    public static string ToCamelCase(string slug)
    {
        var pascal = ToPascalCase(slug);
        return pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
    }
}
