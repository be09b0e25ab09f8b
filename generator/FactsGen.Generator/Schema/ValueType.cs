namespace FactsGen.Schema;

/// <summary>The value types of the fact-file format (docs/fact-files.md §3); each parses in exactly one place under Values/.</summary>
internal enum ValueType
{
    /// <summary>The record's own id (a slug).</summary>
    Id,
    String,
    /// <summary>A file path relative to the declaring YAML file.</summary>
    Path,
    /// <summary>An absolute http(s) URL.</summary>
    Url,
    /// <summary>YYYY, YYYY-MM or YYYY-MM-DD, precision kept, or an interval of two (open at one end with <c>..</c>).</summary>
    Date,
    Quantity,
    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    Country,
    Enum,
    /// <summary>The id of a record of another kind.</summary>
    Reference,
    /// <summary>{ article, line, quote }.</summary>
    Citation,
}
