namespace FactsGen.LanguageServer.Handlers;
internal sealed class CompletionHandler { public CompletionHandler(ServerContext c) {} public Protocol.CompletionList Complete(Protocol.TextDocumentPositionParams p) => null!; }
