using FactsGen.Tooling.Engine;
using FactsGen.Articles;
using FactsGen.LanguageServer.Workspace;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace FactsGen.LanguageServer;

/// <summary>What every handler shares: the workspace, the diagnostics publisher and the log.</summary>
internal sealed class ServerContext
{
    public ServerContext(ServerWorkspace workspace, DiagnosticsPublisher publisher, ServerLog log)
    {
        Workspace = workspace;
        Publisher = publisher;
        Log = log;
    }

    public ServerWorkspace Workspace { get; }

    public DiagnosticsPublisher Publisher { get; }

    public ServerLog Log { get; }

    /// <summary>The fact base of a document at its latest edit, and the document's path; null outside every fact base.</summary>
    public (FactBaseSnapshot Snapshot, string Path, TextLines Text)? Document(string uri)
    {
        if (DocumentUris.ToPath(uri) is not { } path || Workspace.SnapshotOf(uri) is not { } snapshot)
        {
            return null;
        }

        TextLines? text = snapshot.FactFiles.TryGetValue(path, out var fact) ? fact.Text : snapshot.Articles.TryGetValue(path, out var article) ? article.Text : null;
        return text is null ? null : (snapshot, path, text);
    }

    /// <summary>The offset of a request's position in a document; a position outside it is the client's error.</summary>
    public static int OffsetOf(TextLines text, Protocol.Position position)
    {
        if (position is null || !text.Contains(position))
        {
            throw new LocalRpcException($"position {position?.Line}:{position?.Character} is outside the document ({text.LineCount} lines)") { ErrorCode = (int)JsonRpcErrorCode.InvalidParams };
        }

        return text.OffsetOf(position);
    }
}
