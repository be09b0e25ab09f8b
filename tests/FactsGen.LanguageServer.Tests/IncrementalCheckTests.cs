using FactsGen.LanguageServer.Tests.Infrastructure;
using FactsGen.Tooling.Engine;
using FactsGen.Tooling.Files;

namespace FactsGen.LanguageServer.Tests;

/// <summary>
/// The server's incremental state, in process: an edit re-runs only the steps it touches, and after
/// any sequence of edits the diagnostics are exactly those of a cold analysis of the same texts.
/// </summary>
public sealed class IncrementalCheckTests : IDisposable
{
    private readonly ScratchFactBase _scratch = new();
    private readonly Dictionary<string, string> _texts = new();
    private readonly FactBaseState _state;

    public IncrementalCheckTests()
    {
        _state = new FactBaseState(_scratch.Facts);
        foreach (var path in FactBaseFolder.Collect(_scratch.Facts))
        {
            _texts[path] = File.ReadAllText(path);
            _state.SetText(path, _texts[path]);
        }

        _state.Refresh(CancellationToken.None);
    }

    public void Dispose() => _scratch.Dispose();

    [Fact]
    public void ColdStart_ParsesEveryFactFile()
    {
        var fresh = new FactBaseState(_scratch.Facts);
        foreach (var (path, text) in _texts) fresh.SetText(path, text);

        var snapshot = fresh.Refresh(CancellationToken.None);

        Assert.Equal(_texts.Keys.Count(p => p.EndsWith(".yaml", StringComparison.Ordinal)), fresh.LastParsedCount);
        Assert.Empty(snapshot.Diagnostics);
    }

    [Fact]
    public void EditToOneFactFile_ParsesAndVerifiesOnlyThatFile()
    {
        Edit("deployments.yaml", "certainty: believed", "certainty: belived");

        Assert.Equal(1, _state.LastParsedCount);
        Assert.Equal(1, _state.LastVerifiedCount);
        AssertSameAsColdAnalysis();
    }

    [Fact]
    public void EditToAnAlias_ParsesOnlyThatFile_AndChecksSupportEverywhere()
    {
        // Records in other files that name the junta only by this alias lose their support (docs/fact-files.md §12).
        var before = _state.Refresh(CancellationToken.None).Diagnostics.Count(d => d.Id == "FG0017" && !d.Location!.Value.FilePath.EndsWith("actors.yaml", StringComparison.Ordinal));
        Edit("actors.yaml", "aliases: [\"military junta\", \"junta\", \"coup leaders\",", "aliases: [\"military junta\", \"coup leaders\",");

        var factFiles = _texts.Keys.Count(p => p.EndsWith(".yaml", StringComparison.Ordinal));
        Assert.Equal(1, _state.LastParsedCount);
        Assert.Equal(factFiles, _state.LastSupportCheckedCount);
        Assert.True(_state.Refresh(CancellationToken.None).Diagnostics.Count(d => d.Id == "FG0017" && !d.Location!.Value.FilePath.EndsWith("actors.yaml", StringComparison.Ordinal)) > before);
        AssertSameAsColdAnalysis();
    }

    [Fact]
    public void EditToAQuote_ChecksSupportOfOnlyThatFile()
    {
        Edit("events.yaml", "set by a regional economic bloc called ECOWAS for the release and reinstatement of ousted President Mohamed Bazoum\"}", "set by a regional economic bloc\"}");

        Assert.Equal(1, _state.LastParsedCount);
        Assert.Equal(1, _state.LastSupportCheckedCount);
        AssertSameAsColdAnalysis();
    }

    [Fact]
    public void EditToAnArticle_ReverifiesOnlyTheFilesThatCiteIt()
    {
        Edit("articles/000_2f8952a31158ad31.txt", "military forces in Niger", "milItary forces in Niger");

        var citing = _texts.Count(t => t.Key.EndsWith(".yaml", StringComparison.Ordinal) && t.Value.Contains("article: blinken-wagner-niger-coup", StringComparison.Ordinal));
        Assert.Equal(0, _state.LastParsedCount);
        Assert.Equal(citing, _state.LastVerifiedCount);
        Assert.True(citing < _texts.Keys.Count(p => p.EndsWith(".yaml", StringComparison.Ordinal)));
        AssertSameAsColdAnalysis();
    }

    [Fact]
    public void EditToADeclaredKind_ParsesEveryFile_AndChecksItsRecordsAgainstTheNewKind()
    {
        Edit("kinds.yaml", "      - name: location\n", "      - name: place\n");

        Assert.Equal(_texts.Keys.Count(p => p.EndsWith(".yaml", StringComparison.Ordinal)), _state.LastParsedCount);
        Assert.Contains(_state.Refresh(CancellationToken.None).Diagnostics, d => d.Id == "FG0003" && d.Location!.Value.FilePath.EndsWith("events.yaml", StringComparison.Ordinal));
        AssertSameAsColdAnalysis();

        Edit("kinds.yaml", "      - name: place\n", "      - name: location\n");
        Assert.Empty(_state.Refresh(CancellationToken.None).Diagnostics);
    }

    [Fact]
    public void CommentInTheKindsFile_ParsesOnlyThatFile()
    {
        Edit("kinds.yaml", "kinds:\n", "# a note\nkinds:\n");

        Assert.Equal(1, _state.LastParsedCount);
        AssertSameAsColdAnalysis();
    }

    [Fact]
    public void NoEdit_NoWork()
    {
        var before = _state.Refresh(CancellationToken.None);

        Assert.Same(before, _state.Refresh(CancellationToken.None));
    }

    [Fact]
    public void AnySequenceOfEdits_EndsWithTheColdAnalysisDiagnostics()
    {
        var edits = new (string File, string From, string To)[]
        {
            ("actors.yaml", "  - id: france\n", "  - id: frankreich\n"),
            ("deployments.yaml", "line: 9, quote: \"It is estimated", "line: 7, quote: \"It is estimated"),
            ("articles.yaml", "file: articles/001_d0a760e982b13aee.txt", "file: articles/001.txt"),
            ("sanctions.yaml", "sanctions:\n", "sanctions:\n  - id: broken\n    imposed-by: [\n"),
            ("articles/001_d0a760e982b13aee.txt", "Wagner", "Vagner"),
            ("actors.yaml", "  - id: frankreich\n", "  - id: france\n"),
            ("articles.yaml", "file: articles/001.txt", "file: articles/001_d0a760e982b13aee.txt"),
            ("sanctions.yaml", "  - id: broken\n    imposed-by: [\n", string.Empty),
        };

        foreach (var (file, from, to) in edits)
        {
            Edit(file, from, to);
            AssertSameAsColdAnalysis();
        }
    }

    [Fact]
    public void DeletedAndNewFiles_AreCheckedLikeTheRest()
    {
        var extra = _scratch.File("extra.yaml");
        _texts[extra] = "actors:\n  - id: france\n    name: France\n    kind: state\n    sources: []\n";
        _state.SetText(extra, _texts[extra]);
        AssertSameAsColdAnalysis();

        _texts.Remove(extra);
        _state.Remove(extra);
        AssertSameAsColdAnalysis();
    }

    [Fact]
    public void CancelledRefresh_CommitsNothing_AndTheNextOneChecksItsEdits()
    {
        var before = _state.Snapshot;
        var path = _scratch.File("kinds.yaml");
        var text = _texts[path];
        _texts[path] = text.Replace("      - name: location\n", "      - name: place\n", StringComparison.Ordinal);
        _state.SetText(path, _texts[path]);

        Assert.ThrowsAny<OperationCanceledException>(() => _state.Refresh(new CancellationToken(canceled: true)));

        Assert.Same(before, _state.Snapshot);
        _state.Refresh(CancellationToken.None);
        Assert.Equal(_texts.Keys.Count(p => p.EndsWith(".yaml", StringComparison.Ordinal)), _state.LastParsedCount);
        AssertSameAsColdAnalysis();
    }

    [Fact]
    public void EditMadeWhileARefreshRuns_WinsOverTheEditsACancelledRefreshGivesBack()
    {
        var path = _scratch.File("deployments.yaml");
        var original = _texts[path];
        var taken = SetAndTake(path, original.Replace("certainty: believed", "certainty: belived", StringComparison.Ordinal));
        _texts[path] = original.Replace("certainty: believed", "certainty: believd", StringComparison.Ordinal);
        _state.SetText(path, _texts[path]);

        Assert.ThrowsAny<OperationCanceledException>(() => _state.Refresh(taken, new CancellationToken(canceled: true)));
        _state.Restore(taken);

        Assert.Contains(_state.Refresh(CancellationToken.None).Diagnostics, d => d.Id == "FG0005" && d.Message.Contains("'believd'", StringComparison.Ordinal));
        AssertSameAsColdAnalysis();
    }

    [Fact]
    public void UnreadableFactFile_IsTheBuildsFG0001_AndStaysSoWhenTheKindsChange()
    {
        var path = _scratch.File("deployments.yaml");
        _state.SetUnreadable(path);
        var unreadable = _state.Refresh(CancellationToken.None).Diagnostics.Where(d => d.Location?.FilePath == path).ToList();

        var expected = FactBaseSteps.UnreadableFactFile(path).Diagnostics.Single();
        Assert.Equal("FG0001", expected.Id);
        Assert.Contains("could not be read; check that it exists and can be opened", expected.Message, StringComparison.Ordinal);
        Assert.Contains(unreadable, d => d.Equals(expected));

        // A kind edit parses every file again: the unreadable one must not become an empty, valid file.
        Edit("kinds.yaml", "      - name: location\n", "      - name: place\n");
        Assert.Contains(_state.Refresh(CancellationToken.None).Diagnostics, d => d.Equals(expected));
    }

    private IReadOnlyDictionary<string, FileContent?> SetAndTake(string path, string text)
    {
        _state.SetText(path, text);
        return _state.TakePending();
    }

    private void Edit(string relative, string from, string to)
    {
        var path = _scratch.File(relative);
        var text = _texts[path];
        Assert.Contains(from, text, StringComparison.Ordinal);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        _texts[path] = text[..at] + to + text[(at + from.Length)..];
        _state.SetText(path, _texts[path]);
        _state.Refresh(CancellationToken.None);
    }

    private void AssertSameAsColdAnalysis()
    {
        var expected = FactBaseState.CheckOnce(_texts.Select(t => new FactBaseFile(t.Key, t.Value))).Diagnostics;
        var actual = _state.Refresh(CancellationToken.None).Diagnostics;
        Assert.Equal(expected.Select(d => $"{d.Id} {d.Location} {d.Message}"), actual.Select(d => $"{d.Id} {d.Location} {d.Message}"));
    }
}
