using System.Text;

namespace FactsGen.Schema;

/// <summary>Maps slugs and YAML keys to C# names: <c>antony-blinken</c> → <c>AntonyBlinken</c>.</summary>
internal static class Naming
{
    public static string ToPascalCase(string slug)
    {
        var sb = new StringBuilder(slug.Length);
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

        return sb.ToString();
    }

    public static string ToCamelCase(string slug)
    {
        var pascal = ToPascalCase(slug);
        return pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
    }
}
