namespace FactsGen;

/// <summary>Names of the pipeline steps, so tests can assert what ran and what was cached.</summary>
internal static class TrackingNames
{
    public const string Options = nameof(Options);
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
    public const string Catalogs = nameof(Catalogs);
    public const string FileModels = nameof(FileModels);
    public const string EmitFactFile = nameof(EmitFactFile);

    public static readonly string[] All =
    {
        Options, ParseFactFile, FileDiagnostics, Summarize, ReadArticle, ArticlePaths, BuildIndex, IndexDiagnostics,
        Acceptance, ArticleLookup, Citations, VerifyQuotes, Catalogs, FileModels, EmitFactFile,
    };
}
