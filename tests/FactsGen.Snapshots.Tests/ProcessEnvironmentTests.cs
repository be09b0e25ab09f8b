using System;
using Xunit;

namespace FactsGen.Snapshots.Tests;

/// <summary>Mutates the real process environment, so it runs alone (never alongside other tests).</summary>
[CollectionDefinition(nameof(ProcessEnvironmentTests), DisableParallelization = true)]
public class ProcessEnvironmentCollection;

[Collection(nameof(ProcessEnvironmentTests))]
public class ProcessEnvironmentTests
{
    [Theory]
    [InlineData("1", null, true)]
    [InlineData("true", "false", true)]
    [InlineData("1", "true", false)]
    [InlineData("1", "TRUE", false)]
    [InlineData(null, null, false)]
    [InlineData("0", null, false)]
    public void Accept_ReadsTheProcessEnvironment_CiWins(string? accept, string? ci, bool expected)
    {
        var saved = (Environment.GetEnvironmentVariable("FACTSGEN_ACCEPT_SNAPSHOTS"), Environment.GetEnvironmentVariable("CI"));
        try
        {
            Environment.SetEnvironmentVariable("FACTSGEN_ACCEPT_SNAPSHOTS", accept);
            Environment.SetEnvironmentVariable("CI", ci);

            Assert.Equal(expected, SnapshotSettings.Process.Accept);
        }
        finally
        {
            Environment.SetEnvironmentVariable("FACTSGEN_ACCEPT_SNAPSHOTS", saved.Item1);
            Environment.SetEnvironmentVariable("CI", saved.Item2);
        }
    }
}
