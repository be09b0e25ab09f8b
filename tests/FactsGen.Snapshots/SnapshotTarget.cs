namespace FactsGen.Snapshots;

/// <summary>
/// One snapshot file: <c>{prefix}#{Name}.verified.{Extension}</c>, or <c>{prefix}.verified.{Extension}</c>
/// when <paramref name="Name"/> is null (Verify's "Target").
/// </summary>
internal sealed record SnapshotTarget(string? Name, string Extension, string Text);
