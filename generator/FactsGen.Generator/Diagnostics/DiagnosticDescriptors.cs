using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace FactsGen.Diagnostics;

/// <summary>Every FG diagnostic, in one place (ids are a public contract: see AnalyzerReleases.*.md).</summary>
public static class DiagnosticDescriptors
{
    private const string Category = "FactsGen";

    public static readonly DiagnosticDescriptor YamlSyntax = Error(
        "FG0001", "YAML syntax error", "YAML syntax error: {0}");

    public static readonly DiagnosticDescriptor UnknownSection = Error(
        "FG0002", "Unknown section", "Unknown section '{0}'{1} A fact document's top-level keys are the kinds' sections: {2}");

    public static readonly DiagnosticDescriptor UnknownField = Error(
        "FG0003", "Unknown field", "Unknown field '{0}' in {1}{2} Known fields: {3}");

    public static readonly DiagnosticDescriptor MissingField = Error(
        "FG0004", "Required field missing", "{0} is missing required field '{1}'; add '{1}: …'");

    public static readonly DiagnosticDescriptor InvalidValue = Error(
        "FG0005", "Invalid value", "Invalid {0}: {1}");

    public static readonly DiagnosticDescriptor DuplicateId = Error(
        "FG0006", "Duplicate id", "Duplicate {0} id '{1}': it is first declared at {2}; ids must be unique within a kind, so rename or remove one");

    public static readonly DiagnosticDescriptor UnknownReference = Error(
        "FG0007", "Unknown reference", "'{0}' refers to {1} '{2}', which does not exist{3}");

    public static readonly DiagnosticDescriptor NameClash = Error(
        "FG0008", "C# name clash", "{0} id '{1}' becomes the C# name '{2}', which {3}; rename the id, e.g. '{4}'");

    public static readonly DiagnosticDescriptor DuplicateKey = Error(
        "FG0009", "Duplicate key", "Duplicate key '{0}' in one mapping (first at line {1}); keep only one");

    public static readonly DiagnosticDescriptor NoCitations = Error(
        "FG0010", "Record without citations", "{0} '{1}' has no citations; add 'sources:' with at least one {{ article: …, line: …, quote: … }}");

    public static readonly DiagnosticDescriptor UnknownArticle = Error(
        "FG0011", "Citation names an unknown article", "Citation names unknown article '{0}'{1}; declare it under '{2}:' or fix the id");

    public static readonly DiagnosticDescriptor LineOutOfRange = Error(
        "FG0012", "Cited line out of range", "Line {0} is out of range: article '{1}' has {2} line(s); cite a line from 1 to {2}");

    public static readonly DiagnosticDescriptor QuoteNotOnLine = Error(
        "FG0013", "Quote not on the cited line", "Quote not found on line {0} of article '{1}'{2}");

    public static readonly DiagnosticDescriptor ArticleFileMissing = Error(
        "FG0014", "Article file not among the AdditionalFiles", "Article '{0}' names file '{1}', which is not in the fact base (resolved to '{2}'){3}");

    public static readonly DiagnosticDescriptor LimitExceeded = Error(
        "FG0015", "Document too large or too deep", "Refused: {0}; split the file or simplify it");

    public static readonly DiagnosticDescriptor InvalidKind = Error(
        "FG0016", "Invalid kind declaration", "Invalid kind declaration: {0}");

    public static readonly DiagnosticDescriptor NotInQuotes = Error(
        "FG0017", "Value in none of its quotes", "'{0}: {1}' is in none of {2} quotes: none mentions {3}. {4}");

    public static readonly DiagnosticDescriptor InvalidClaims = Error(
        "FG0018", "Invalid claims", "Invalid claims: {0}");

    public static readonly DiagnosticDescriptor UncitedArticle = new(
        "FG0100", "Article never cited", "Article '{0}' is declared but never cited; cite it or remove it", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor HedgedQuote = new(
        "FG0101", "Certainty overstates a hedged quote", "a quote says '{0}': {1} '{2}' overstates it; write '{1}: {3}'", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InferredButQuoted = new(
        "FG0102", "Inferred value is in its quotes", "'{0}' is listed under 'inferred', but {1} quotes say it: {2}; remove it from 'inferred'", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InternalFault = Error(
        "FG9999", "FactsGen internal fault", "FactsGen hit an internal fault while {0}: {1}: {2}; please report it with the fact file that triggers it");

    public static readonly IReadOnlyList<DiagnosticDescriptor> All = new[]
    {
        YamlSyntax, UnknownSection, UnknownField, MissingField, InvalidValue, DuplicateId, UnknownReference,
        NameClash, DuplicateKey, NoCitations, UnknownArticle, LineOutOfRange, QuoteNotOnLine, ArticleFileMissing,
        LimitExceeded, InvalidKind, NotInQuotes, InvalidClaims, UncitedArticle, HedgedQuote, InferredButQuoted, InternalFault,
    };

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(d => d.Id);

    public static DiagnosticDescriptor Get(string id) => ById[id];

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}
