namespace FactsGen.LanguageServer.Handlers;
internal sealed class HoverHandler { public HoverHandler(ServerContext c) {} public Protocol.Hover? Hover(Protocol.TextDocumentPositionParams p) => null; }
