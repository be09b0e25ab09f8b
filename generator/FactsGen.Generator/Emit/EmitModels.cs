using FactsGen.Model;
using FactsGen.Schema;

namespace FactsGen.Emit;

/// <summary>What MSBuild tells the generator: the namespace to emit into and the project folder (for stable names).</summary>
internal sealed record GeneratorOptions(string Namespace, string? ProjectDirectory);

/// <summary>A citation as emitted: no locations, so edits that only move text do not re-emit.</summary>
internal sealed record EmitCitation(string Article, int Line, string Quote);

/// <summary>A field as emitted: canonical scalar texts or citations.</summary>
internal sealed record EmitField(EquatableArray<string> Items, EquatableArray<EmitCitation> Citations);

/// <summary>A record as emitted; <see cref="Fields"/> is aligned with the kind's descriptor fields.</summary>
internal sealed record EmitRecord(FactKind Kind, string Id, EquatableArray<EmitField?> Fields);

/// <summary>The accepted records of one fact file, which become one generated source.</summary>
internal sealed record FactFileModel(GeneratorOptions Options, string Path, EquatableArray<EmitRecord> Records);

/// <summary>How many accepted records of a kind one file holds (in fact-base order).</summary>
internal sealed record FileShare(string Path, int Count);

/// <summary>A kind's catalog: which files hold its records, in fact-base order.</summary>
internal sealed record CatalogModel(GeneratorOptions Options, FactKind Kind, EquatableArray<FileShare> Files);
