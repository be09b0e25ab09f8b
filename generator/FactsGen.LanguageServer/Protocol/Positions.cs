using Newtonsoft.Json;

namespace FactsGen.LanguageServer.Protocol;

/// <summary>A place in a document: 0-based line and UTF-16 character offset (LSP's default encoding).</summary>
internal sealed record Position(int Line, int Character);

/// <summary>A span of a document, end exclusive.</summary>
internal sealed record Range(Position Start, Position End);

internal sealed record Location(string Uri, Range Range);

internal sealed record TextDocumentIdentifier(string Uri);

/// <summary>The params of every request about one place in one document (hover, definition, ...).</summary>
[JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
internal class TextDocumentPositionParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = null!;

    public Position Position { get; set; } = null!;
}

internal sealed record TextEdit(Range Range, string NewText);

/// <summary>Edits keyed by document URI: what a code action or a rename asks the client to apply.</summary>
internal sealed record WorkspaceEdit(System.Collections.Generic.IReadOnlyDictionary<string, TextEdit[]> Changes);

/// <summary>Markdown for hovers and completion documentation.</summary>
internal sealed record MarkupContent(string Kind, string Value)
{
    public static MarkupContent Markdown(string value) => new("markdown", value);
}
