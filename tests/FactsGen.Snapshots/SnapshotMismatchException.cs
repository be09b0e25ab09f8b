using System;

namespace FactsGen.Snapshots;

/// <summary>Thrown when received output differs from, or is missing, its verified snapshot.</summary>
public sealed class SnapshotMismatchException(string message) : Exception(message);
