namespace FactsGen.Yaml;

/// <summary>
/// What one fact file may cost (FG0015). A fact file comes from editors we may not trust and is
/// read inside every developer's compiler and IDE, so each bound keeps a run well under a second.
/// </summary>
public sealed record YamlLimits(int MaxFileChars, int MaxDepth, long MaxNodes, long MaxAliasExpansion, int MaxScalarChars)
{
    /// <summary>16 Mi chars a file, nesting 64 deep, 4M nodes, 100k nodes added by aliases, 1 Mi chars a value.</summary>
    public static readonly YamlLimits Default = new(
        MaxFileChars: 16 * 1024 * 1024,
        MaxDepth: 64,
        MaxNodes: 4_000_000,
        MaxAliasExpansion: 100_000,
        MaxScalarChars: 1024 * 1024);
}
