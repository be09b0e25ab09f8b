namespace FactsGen.LanguageServer.Handlers;
internal sealed class RenameHandler { public RenameHandler(ServerContext c) {} public Protocol.PrepareRenameResult? Prepare(Protocol.TextDocumentPositionParams p) => null; public Protocol.WorkspaceEdit? Rename(Protocol.RenameParams p) => null; }
