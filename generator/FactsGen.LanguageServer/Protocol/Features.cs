using Newtonsoft.Json;

namespace FactsGen.LanguageServer.Protocol;

[JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
internal sealed record Hover(MarkupContent Contents, Range? Range);

/// <summary>An item of a completion list. <see cref="Kind"/> is LSP's CompletionItemKind.</summary>
[JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
internal sealed record CompletionItem(string Label, int Kind, string? Detail, MarkupContent? Documentation, TextEdit TextEdit, string SortText);

internal static class CompletionItemKind
{
    public const int Field = 5;
    public const int Module = 9;
    public const int Value = 12;
    public const int Reference = 18;
    public const int EnumMember = 20;
}

internal sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);

internal sealed class CodeActionParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = null!;

    public Range Range { get; set; } = null!;

    public CodeActionContext Context { get; set; } = null!;
}

internal sealed record CodeActionContext(Diagnostic[]? Diagnostics);

[JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
internal sealed record CodeAction(string Title, string Kind, Diagnostic[] Diagnostics, bool IsPreferred, WorkspaceEdit Edit);

internal sealed class RenameParams : TextDocumentPositionParams
{
    public string NewName { get; set; } = null!;
}

internal sealed record PrepareRenameResult(Range Range, string Placeholder);

internal sealed class DocumentSymbolParams
{
    public TextDocumentIdentifier TextDocument { get; set; } = null!;
}

/// <summary>An outline entry. <see cref="Kind"/> is LSP's SymbolKind (2 module, 23 struct).</summary>
[JsonObject(ItemNullValueHandling = NullValueHandling.Ignore)]
internal sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, DocumentSymbol[]? Children);
