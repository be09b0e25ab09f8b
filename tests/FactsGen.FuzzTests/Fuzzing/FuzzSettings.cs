using System.Globalization;

namespace FactsGen.FuzzTests.Fuzzing;

/// <summary>
/// The fuzz run's knobs, from the environment: FACTSGEN_FUZZ_COUNT (inputs per fuzz test; CI's
/// default keeps the suite within its budget), FACTSGEN_FUZZ_SEED (the base seed, decimal or 0x-hex;
/// a failure prints the seed of the one failing case, and that seed with any count replays it first),
/// FACTSGEN_FUZZ_BOUND_MS (the per-input hang guard).
/// </summary>
public static class FuzzSettings
{
    /// <summary>The fixed default seed: CI runs the same inputs every time.</summary>
    public const ulong DefaultSeed = 0xFAC75_2025UL;

    public static int Count(int ciDefault) => Int("FACTSGEN_FUZZ_COUNT") ?? ciDefault;

    public static ulong Seed => Parse(Environment.GetEnvironmentVariable("FACTSGEN_FUZZ_SEED")) ?? DefaultSeed;

    public static bool SeedIsSet => Environment.GetEnvironmentVariable("FACTSGEN_FUZZ_SEED") is { Length: > 0 };

    public static int BoundMilliseconds => Int("FACTSGEN_FUZZ_BOUND_MS") ?? 2000;

    public static ulong? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        return text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? ulong.Parse(text.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            : ulong.Parse(text, CultureInfo.InvariantCulture);
    }

    public static string Format(ulong seed) => "0x" + seed.ToString("X16", CultureInfo.InvariantCulture);

    private static int? Int(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
