namespace FactsGen;

/// <summary>Names of the pipeline steps, so tests can assert what ran and what was cached.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string ReadKinds = nameof(ReadKinds);
    public const string KindDiagnostics = nameof(KindDiagnostics);
    public const string BuildSchema = nameof(BuildSchema);
    public const string SchemaDiagnostics = nameof(SchemaDiagnostics);
    public const string Schema = nameof(Schema);
    public const string KindTypes = nameof(KindTypes);
    public const string ParseFactFile = nameof(ParseFactFile);
    public const string FileDiagnostics = nameof(FileDiagnostics);
    public const string Summarize = nameof(Summarize);
    public const string ReadArticle = nameof(ReadArticle);
    public const string ArticlePaths = nameof(ArticlePaths);
    public const string BuildIndex = nameof(BuildIndex);
    public const string IndexDiagnostics = nameof(IndexDiagnostics);
    public const string Acceptance = nameof(Acceptance);
    public const string ArticleLookup = nameof(ArticleLookup);
    public const string Citations = nameof(Citations);
    public const string VerifyQuotes = nameof(VerifyQuotes);
    public const string Names = nameof(Names);
    public const string NameTable = nameof(NameTable);
    public const string CheckSupport = nameof(CheckSupport);
    public const string Catalogs = nameof(Catalogs);
    public const string FileModels = nameof(FileModels);
    public const string EmitFactFile = nameof(EmitFactFile);

    public static readonly string[] All =
    {
        Options, ReadKinds, KindDiagnostics, BuildSchema, SchemaDiagnostics, Schema, KindTypes, ParseFactFile, FileDiagnostics, Summarize, ReadArticle, ArticlePaths, BuildIndex, IndexDiagnostics,
        Acceptance, ArticleLookup, Citations, VerifyQuotes, Names, NameTable, CheckSupport, Catalogs, FileModels, EmitFactFile,
    };
}
