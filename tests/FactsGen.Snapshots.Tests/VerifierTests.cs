using System;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace FactsGen.Snapshots.Tests;

/// <summary>Generator snapshots: naming, comparison, received files, accepting. One class per file, named alike.</summary>
public class VerifierTests
{
    const string Actors = "name: Ada\nrole: analyst\n";
    const string Places = "name: Paris\n";

    [Fact]
    public async Task MissingSnapshot_FailsAndWritesReceived()
    {
        using var dir = new TempFolder("snapshots");

        var error = await Assert.ThrowsAsync<SnapshotMismatchException>(async () =>
            await Verifier.Verify(Drivers.Run(("/facts/actors.yaml", Actors))).In(dir));

        Assert.Equal(["VerifierTests.MissingSnapshot_FailsAndWritesReceived#actors.g.received.cs"], dir.FileNames());
        Assert.Contains("New:     VerifierTests.MissingSnapshot_FailsAndWritesReceived#actors.g.verified.cs", error.Message);
        Assert.Contains("+    public const string Name = \"Ada\";", error.Message);
        Assert.Contains("FACTSGEN_ACCEPT_SNAPSHOTS=1", error.Message);
    }

    [Fact]
    public async Task Mismatch_FailsWithDiffOfTheChangedLine()
    {
        using var dir = new TempFolder("snapshots");
        await Verifier.Verify(Drivers.Run(("/facts/actors.yaml", Actors))).In(dir, Env.Accept);
        var verified = dir.Combine("VerifierTests.Mismatch_FailsWithDiffOfTheChangedLine#actors.g.verified.cs");
        var before = File.ReadAllText(verified);

        var error = await Assert.ThrowsAsync<SnapshotMismatchException>(async () =>
            await Verifier.Verify(Drivers.Run(("/facts/actors.yaml", "name: Grace\nrole: analyst\n"))).In(dir));

        Assert.Contains("Changed: VerifierTests.Mismatch_FailsWithDiffOfTheChangedLine#actors.g.verified.cs", error.Message);
        var diff = error.Message[error.Message.IndexOf("--- ", StringComparison.Ordinal)..];
        string[] expected =
        [
            "--- VerifierTests.Mismatch_FailsWithDiffOfTheChangedLine#actors.g.verified.cs",
            "+++ VerifierTests.Mismatch_FailsWithDiffOfTheChangedLine#actors.g.received.cs",
            "@@ -3,7 +3,7 @@",
            " ",
            " public static class Actors",
            " {",
            "-    public const string Name = \"Ada\";",
            "+    public const string Name = \"Grace\";",
            "     public const string Role = \"analyst\";",
            " }",
            " ",
            "",
        ];
        Assert.StartsWith(string.Join("\n", expected), diff);
        Assert.Equal(before, File.ReadAllText(verified));
        Assert.True(File.Exists(dir.Combine("VerifierTests.Mismatch_FailsWithDiffOfTheChangedLine#actors.g.received.cs")));
    }

    [Fact]
    public async Task Accept_WritesVerifiedThenPasses()
    {
        using var dir = new TempFolder("snapshots");
        var driver = Drivers.Run(("/facts/actors.yaml", Actors));

        await Verifier.Verify(driver).In(dir, Env.Accept);
        await Verifier.Verify(driver).In(dir);

        Assert.Equal(["VerifierTests.Accept_WritesVerifiedThenPasses#actors.g.verified.cs"], dir.FileNames());
        Assert.Equal(
            """
            //HintName: actors.g.cs
            namespace Facts;

            public static class Actors
            {
                public const string Name = "Ada";
                public const string Role = "analyst";
            }

            """.ReplaceLineEndings("\n"),
            File.ReadAllText(dir.Combine("VerifierTests.Accept_WritesVerifiedThenPasses#actors.g.verified.cs")));
    }

    [Fact]
    public async Task CiTrue_BlocksAccept()
    {
        using var dir = new TempFolder("snapshots");

        var error = await Assert.ThrowsAsync<SnapshotMismatchException>(async () =>
            await Verifier.Verify(Drivers.Run(("/facts/actors.yaml", Actors))).In(dir, Env.AcceptOnCi));

        Assert.Equal(["VerifierTests.CiTrue_BlocksAccept#actors.g.received.cs"], dir.FileNames());
        Assert.Contains("FACTSGEN_ACCEPT_SNAPSHOTS is set but was ignored because CI=true", error.Message);
    }

    [Fact]
    public async Task StaleVerifiedFile_FailsThenAcceptDeletesIt()
    {
        using var dir = new TempFolder("snapshots");
        var driver = Drivers.Run(("/facts/actors.yaml", Actors));
        await Verifier.Verify(driver).In(dir, Env.Accept);
        const string stale = "VerifierTests.StaleVerifiedFile_FailsThenAcceptDeletesIt#places.g.verified.cs";
        File.WriteAllText(dir.Combine(stale), "//HintName: places.g.cs\n");

        var error = await Assert.ThrowsAsync<SnapshotMismatchException>(async () => await Verifier.Verify(driver).In(dir));

        Assert.Contains($"Stale:   {stale} (verified, but no longer produced)", error.Message);
        Assert.DoesNotContain("received written", error.Message);
        await Verifier.Verify(driver).In(dir, Env.Accept);
        Assert.Equal(["VerifierTests.StaleVerifiedFile_FailsThenAcceptDeletesIt#actors.g.verified.cs"], dir.FileNames());
    }

    [Fact]
    public async Task OtherTestsFiles_AreNotStale()
    {
        using var dir = new TempFolder("snapshots");
        // Same directory, longer method name sharing the prefix: must be left alone.
        File.WriteAllText(dir.Combine("VerifierTests.OtherTestsFiles_AreNotStale2.verified.txt"), "x");

        await Verifier.Verify("text").In(dir, Env.Accept);
        await Verifier.Verify("text").In(dir);

        Assert.Equal(
            ["VerifierTests.OtherTestsFiles_AreNotStale.verified.txt", "VerifierTests.OtherTestsFiles_AreNotStale2.verified.txt"],
            dir.FileNames());
    }

    [Fact]
    public async Task MultipleGeneratedSources_OneFilePerHintName()
    {
        using var dir = new TempFolder("snapshots");

        await Verifier.Verify(Drivers.Run(("/facts/places.yaml", Places), ("/facts/actors.yaml", Actors))).In(dir, Env.Accept);

        Assert.Equal(
            [
                "VerifierTests.MultipleGeneratedSources_OneFilePerHintName#actors.g.verified.cs",
                "VerifierTests.MultipleGeneratedSources_OneFilePerHintName#places.g.verified.cs",
            ],
            dir.FileNames());
        Assert.StartsWith(
            "//HintName: places.g.cs\nnamespace Facts;\n",
            File.ReadAllText(dir.Combine("VerifierTests.MultipleGeneratedSources_OneFilePerHintName#places.g.verified.cs")));
    }

    [Fact]
    public async Task IgnoreGeneratedResult_LeavesMatchingSourcesOut()
    {
        using var dir = new TempFolder("snapshots");

        await Verifier.Verify(Drivers.Run(("/facts/places.yaml", Places), ("/facts/actors.yaml", Actors)))
            .IgnoreGeneratedResult(s => s.HintName.StartsWith("places", StringComparison.Ordinal))
            .In(dir, Env.Accept);

        Assert.Equal(["VerifierTests.IgnoreGeneratedResult_LeavesMatchingSourcesOut#actors.g.verified.cs"], dir.FileNames());
    }

    [Fact]
    public async Task SameHintNameFromTwoGenerators_IndexedLikeVerify()
    {
        using var dir = new TempFolder("snapshots");

        await Verifier.Verify(Drivers.Run([new EchoGenerator(), new SecondEchoGenerator()], ("/facts/actors.yaml", Actors)))
            .In(dir, Env.Accept);

        Assert.Equal(
            [
                "VerifierTests.SameHintNameFromTwoGenerators_IndexedLikeVerify#actors.g.00.verified.cs",
                "VerifierTests.SameHintNameFromTwoGenerators_IndexedLikeVerify#actors.g.01.verified.cs",
            ],
            dir.FileNames());
    }

    [Fact]
    public async Task Diagnostics_WrittenToTxtInVerifyFormat_SortedByLocation()
    {
        using var dir = new TempFolder("snapshots");
        // Reported out of order: places first, the location-less one last.
        var driver = Drivers.Run(
            ("/facts/places.yaml", "!oops\nname: Paris\n"),
            ("/facts/actors.yaml", "name: Ada\n!unknown: 1\n"),
            ("/facts/empty.yaml", ""));

        await Verifier.Verify(driver).In(dir, Env.Accept);

        Assert.Equal(
            """
            {
              Diagnostics: [
                {
                  Message: Fact file 'empty' is empty,
                  Severity: Warning,
                  WarningLevel: 1,
                  Descriptor: {
                    Id: FGT002,
                    Title: Empty fact file,
                    MessageFormat: Fact file '{0}' is empty,
                    Category: FactsGen.Tests,
                    DefaultSeverity: Warning,
                    IsEnabledByDefault: true
                  }
                },
                {
                  Location: /facts/actors.yaml: (1,0)-(1,11),
                  Message: Line 2 is flagged: !unknown: 1,
                  Severity: Warning,
                  WarningLevel: 1,
                  Descriptor: {
                    Id: FGT001,
                    Title: Flagged line,
                    Description: Lines starting with '!' are skipped.,
                    HelpLink: https://example.invalid/FGT001,
                    MessageFormat: Line {0} is flagged: {1},
                    Category: FactsGen.Tests,
                    DefaultSeverity: Warning,
                    IsEnabledByDefault: true
                  }
                },
                {
                  Location: /facts/places.yaml: (0,0)-(0,5),
                  Message: Line 1 is flagged: !oops,
                  Severity: Warning,
                  WarningLevel: 1,
                  Descriptor: {
                    Id: FGT001,
                    Title: Flagged line,
                    Description: Lines starting with '!' are skipped.,
                    HelpLink: https://example.invalid/FGT001,
                    MessageFormat: Line {0} is flagged: {1},
                    Category: FactsGen.Tests,
                    DefaultSeverity: Warning,
                    IsEnabledByDefault: true
                  }
                }
              ]
            }
            """.ReplaceLineEndings("\n"),
            File.ReadAllText(dir.Combine("VerifierTests.Diagnostics_WrittenToTxtInVerifyFormat_SortedByLocation.verified.txt")));
    }

    [Fact]
    public async Task NoDiagnostics_NoTxtFile()
    {
        using var dir = new TempFolder("snapshots");

        await Verifier.Verify(Drivers.Run(("/facts/actors.yaml", Actors))).In(dir, Env.Accept);

        Assert.DoesNotContain(dir.FileNames(), name => name.EndsWith(".txt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoOutputAtAll_StillNeedsAVerifiedFile()
    {
        using var dir = new TempFolder("snapshots");

        await Assert.ThrowsAsync<SnapshotMismatchException>(async () => await Verifier.Verify(Drivers.Run()).In(dir));
        await Verifier.Verify(Drivers.Run()).In(dir, Env.Accept);

        Assert.Equal("{}", File.ReadAllText(dir.Combine("VerifierTests.NoOutputAtAll_StillNeedsAVerifiedFile.verified.txt")));
    }

    [Fact]
    public async Task RunResult_SameFilesAsDriver()
    {
        using var dir = new TempFolder("snapshots");

        await Verifier.Verify(Drivers.Run(("/facts/actors.yaml", Actors)).GetRunResult()).In(dir, Env.Accept);

        Assert.Equal(["VerifierTests.RunResult_SameFilesAsDriver#actors.g.verified.cs"], dir.FileNames());
    }

    [Fact]
    public async Task CrlfOutput_NormalizedToLf_AndCrlfVerifiedFileStillMatches()
    {
        using var dir = new TempFolder("snapshots");
        var driver = Drivers.Run(("/facts/actors.yaml", Actors.Replace("\n", "\r\n")));
        var verified = dir.Combine("VerifierTests.CrlfOutput_NormalizedToLf_AndCrlfVerifiedFileStillMatches#actors.g.verified.cs");

        await Verifier.Verify(driver).In(dir, Env.Accept);

        var bytes = File.ReadAllBytes(verified);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]); // UTF-8 BOM, Verify's default encoding
        // A checkout that turned the verified file into CRLF must not fail the test.
        File.WriteAllText(verified, File.ReadAllText(verified).Replace("\n", "\r\n"));
        await Verifier.Verify(driver).In(dir);
    }

    [Fact]
    public async Task ReceivedFile_DeletedOnceTheTestPasses()
    {
        using var dir = new TempFolder("snapshots");
        var driver = Drivers.Run(("/facts/actors.yaml", Actors));
        const string received = "VerifierTests.ReceivedFile_DeletedOnceTheTestPasses#actors.g.received.cs";
        await Assert.ThrowsAsync<SnapshotMismatchException>(async () => await Verifier.Verify(driver).In(dir));
        Assert.Contains(received, dir.FileNames());
        // Accept by hand, as the failure message says: rename received to verified.
        File.Copy(dir.Combine(received), dir.Combine(received.Replace(".received.", ".verified.")));

        await Verifier.Verify(driver).In(dir);

        Assert.Equal([received.Replace(".received.", ".verified.")], dir.FileNames());
    }

    [Fact]
    public async Task GeneratorException_Surfaces()
    {
        using var dir = new TempFolder("snapshots");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await Verifier.Verify(Drivers.Run(new ThrowingGenerator(), ("/facts/actors.yaml", Actors))).In(dir));

        Assert.Equal("generator blew up", error.Message);
        Assert.Empty(dir.FileNames());
    }

    [Fact]
    public async Task SettingsTask_ConvertsToTask()
    {
        using var dir = new TempFolder("snapshots");

        // As in a `public Task Test() => Verifier.Verify(...)` test: the implicit conversion runs it.
        Task task = Verifier.Verify("converted").In(dir, Env.Accept);
        await task;

        Assert.Equal(["VerifierTests.SettingsTask_ConvertsToTask.verified.txt"], dir.FileNames());
    }
}
