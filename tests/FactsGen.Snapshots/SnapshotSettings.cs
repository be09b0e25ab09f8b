using System;

namespace FactsGen.Snapshots;

/// <summary>
/// Environment-driven behaviour, read through <c>getEnv</c> so tests can inject values instead of
/// mutating the process environment (which would race between parallel tests).
/// </summary>
internal sealed class SnapshotSettings(Func<string, string?> getEnv)
{
    /// <summary>Set to 1 (or true) to write/overwrite verified files instead of failing.</summary>
    public const string AcceptVariable = "FACTSGEN_ACCEPT_SNAPSHOTS";

    /// <summary>Set to true by CI systems (GitHub Actions, GitLab, this repo's .ci/run); also what Verify checks first.</summary>
    public const string CiVariable = "CI";

    public static SnapshotSettings Process { get; } = new(Environment.GetEnvironmentVariable);

    public bool AcceptRequested => IsOn(getEnv(AcceptVariable));

    public bool IsCi => IsOn(getEnv(CiVariable));

    /// <summary>A CI run must never rewrite snapshots, so CI=true wins over the accept variable.</summary>
    public bool Accept => AcceptRequested && !IsCi;

    static bool IsOn(string? value) =>
        value?.Trim() is { } v && (v == "1" || v.Equals("true", StringComparison.OrdinalIgnoreCase));
}
