using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Xunit;

namespace FactsGen.Snapshots.Tests;

/// <summary>File-name conventions, matched against Verify's (see README.md).</summary>
public class NamingTests
{
    [Fact]
    public void Prefix_IsSourceFileNameDotMethod() =>
        Assert.Equal("NamingTests.Prefix_IsSourceFileNameDotMethod", Verifier.Verify("x").GetFilePrefix());

    [Fact]
    public void Directory_DefaultsToCallerFileDirectory_RelativeUseDirectoryIsBelowIt()
    {
        var here = Path.GetDirectoryName(ThisFile())!;

        Assert.Equal(here, Verifier.Verify("x").ResolveDirectory());
        Assert.Equal(Path.Combine(here, "Snapshots"), Verifier.Verify("x").UseDirectory("Snapshots").ResolveDirectory());
    }

    [Fact]
    public void UseTypeName_UseMethodName_UseFileName()
    {
        Assert.Equal("Custom.Prefix", Verifier.Verify("x").UseTypeName("Custom").UseMethodName("Prefix").GetFilePrefix());
        Assert.Equal("Whole", Verifier.Verify("x").UseFileName("Whole").GetFilePrefix());
        Assert.Throws<InvalidOperationException>(() => { Verifier.Verify("x").UseFileName("Whole").UseParameters(1); });
    }

    [Theory]
    [InlineData("actors", 2, true)]
    public async Task UseParameters_AppendsNameValuePairs(string file, int count, bool flag)
    {
        using var dir = new TempFolder("snapshots");

        await Verifier.Verify($"{file} {count} {flag}").UseParameters(file, count, flag).In(dir, Env.Accept);

        Assert.Equal(["NamingTests.UseParameters_AppendsNameValuePairs_file=actors_count=2_flag=True.verified.txt"], dir.FileNames());
    }

    [Theory]
    [InlineData("a/b:c*d", 1.5, null)]
    public void UseParameters_FormatsLikeVerify(string text, double number, string? missing) =>
        Assert.Equal(
            "NamingTests.UseParameters_FormatsLikeVerify_text=a-b-c-d_number=1.5_missing=null",
            Verifier.Verify("x").UseParameters(text, number, missing).GetFilePrefix());

    [Theory]
    [InlineData(1, 2)]
    public void UseParameters_SubsetTakesLeadingNames_TooManyThrows(int first, int second)
    {
        Assert.Equal(
            "NamingTests.UseParameters_SubsetTakesLeadingNames_TooManyThrows_first=1",
            Verifier.Verify("x").UseParameters(first).GetFilePrefix());
        var error = Assert.Throws<InvalidOperationException>(() =>
            Verifier.Verify("x").UseParameters(first, second, 3).GetFilePrefix());
        Assert.Equal("The number of passed in parameters (3) must be fewer than the number of parameters for the method (2).", error.Message);
    }

    [Theory]
    [InlineData(new[] { 1, 2 })]
    public void UseParameters_Collections(int[] values) =>
        Assert.Equal(
            "NamingTests.UseParameters_Collections_values=1,2",
            Verifier.Verify("x").UseParameters(values).GetFilePrefix());

    [Theory]
    [InlineData("case")]
    public void Theory_WithoutUseParameters_Throws(string name)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Verifier.Verify(name).GetFilePrefix());

        Assert.Contains("requires parameters, but none have been defined. Add UseParameters.", error.Message);
        Assert.Equal("NamingTests.Theory_WithoutUseParameters_Throws_case", Verifier.Verify(name).UseTextForParameters(name).GetFilePrefix());
    }

    [Fact]
    public async Task UseParameters_FoundFromInsideLambdasAndAsyncCode()
    {
        // Verify called from a lambda: the frame is a closure type, lifted back to this class.
        Func<string> prefix = () => Verifier.Verify("x").UseTextForParameters("t").GetFilePrefix();
        await Task.Yield();

        Assert.Equal("NamingTests.UseParameters_FoundFromInsideLambdasAndAsyncCode_t", prefix());
    }

    [Fact]
    public async Task PlainText_WithExtension()
    {
        using var dir = new TempFolder("snapshots");

        await Verifier.Verify("{ \"a\": 1 }", "json").In(dir, Env.Accept);
        await Verifier.Verify("line\r\n").UseMethodName("Txt").In(dir, Env.Accept);

        Assert.Equal(["NamingTests.PlainText_WithExtension.verified.json", "NamingTests.Txt.verified.txt"], dir.FileNames());
        Assert.Equal("line\n", File.ReadAllText(dir.Combine("NamingTests.Txt.verified.txt")));
    }

    [Fact]
    public async Task SettingsAreFrozenOnceAwaited()
    {
        using var dir = new TempFolder("snapshots");
        var task = Verifier.Verify("x").In(dir, Env.Accept);
        await task;

        Assert.Throws<InvalidOperationException>(() => { task.UseDirectory("elsewhere"); });
    }

    static string ThisFile([CallerFilePath] string path = "") => path;
}
