using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactsGen.Model;

/// <summary>
/// Where a YAML node sits: a value-equatable stand-in for <see cref="Location"/>, which must not
/// live in pipeline models (it holds trees and breaks caching). Lines and columns are 0-based.
/// </summary>
public readonly record struct LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public TextSpan Span => new(Start, Length);

    public LinePositionSpan LineSpan => new(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn));

    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    /// <summary>The 1-based line an editor shows.</summary>
    public int DisplayLine => StartLine + 1;

    /// <summary>A location for a whole file when no node is at fault (e.g. a file too large to read).</summary>
    public static LocationInfo FileStart(string filePath) => new(filePath, 0, 0, 0, 0, 0, 0);
}
