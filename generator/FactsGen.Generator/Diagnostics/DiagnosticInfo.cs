using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using FactsGen.Model;
using Microsoft.CodeAnalysis;

namespace FactsGen.Diagnostics;

/// <summary>A diagnostic as pipeline data: id, place and message arguments, all value-equatable.</summary>
public sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
        new(descriptor.Id, location, EquatableArray.Create(arguments));

    public DiagnosticDescriptor Descriptor => DiagnosticDescriptors.Get(Id);

    /// <summary>
    /// Data for tools that act on the diagnostic (Roslyn's diagnostic properties, the language
    /// server's diagnostic <c>data</c>), so none of them parses the message; keys in <see cref="DiagnosticProperty"/>.
    /// </summary>
    public EquatableArray<DiagnosticProperty> Properties { get; init; }

    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(
            Descriptor,
            Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
            Properties.IsEmpty ? null : Properties.ToImmutableDictionary(p => p.Key, p => (string?)p.Value, StringComparer.Ordinal),
            Arguments.Cast<object>().ToArray());

    /// <summary>This diagnostic with its did-you-mean value (<see cref="DiagnosticProperty.DidYouMean"/>), when there is one.</summary>
    public DiagnosticInfo WithSuggestion(string? replacement) =>
        replacement is null ? this : this with { Properties = EquatableArray.Create(Properties.Append(new DiagnosticProperty(DiagnosticProperty.DidYouMean, replacement)).ToArray()) };

    /// <summary>The value of a property, or null.</summary>
    public string? Property(string key) => Properties.FirstOrDefault(p => p.Key == key)?.Value;

    /// <summary>The message as the compiler prints it (used by tools that do not create diagnostics).</summary>
    public string Message =>
        string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), Arguments.Cast<object>().ToArray());

    /// <summary>Sort order used wherever diagnostics are listed: file, position, id.</summary>
    public static int Compare(DiagnosticInfo a, DiagnosticInfo b)
    {
        var c = string.CompareOrdinal(a.Location?.FilePath, b.Location?.FilePath);
        if (c == 0) c = (a.Location?.Start ?? -1).CompareTo(b.Location?.Start ?? -1);
        if (c == 0) c = string.CompareOrdinal(a.Id, b.Id);
        if (c == 0) c = string.CompareOrdinal(a.Message, b.Message);
        return c;
    }
}
