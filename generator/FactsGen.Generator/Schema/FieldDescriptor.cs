namespace FactsGen.Schema;

/// <summary>One field of a kind: its YAML key, C# property, value type and rules. Value-equatable, so a schema is pipeline data.</summary>
internal sealed record FieldDescriptor
{
    public FieldDescriptor(string name, ValueType type, string doc)
    {
        Name = name;
        Type = type;
        Doc = doc;
        PropertyName = GeneratedNames.Property(name);
        ParameterName = Naming.ToCamelCase(name);
    }

    /// <summary>The YAML key, e.g. <c>affiliated-with</c>.</summary>
    public string Name { get; }

    /// <summary>The C# property, e.g. <c>AffiliatedWith</c>.</summary>
    public string PropertyName { get; }

    /// <summary>The constructor parameter, e.g. <c>affiliatedWith</c>.</summary>
    public string ParameterName { get; }

    public ValueType Type { get; }

    public string Doc { get; }

    public bool IsList { get; private init; }

    public bool IsRequired { get; private init; }

    /// <summary>A list that must hold at least one item when present.</summary>
    public bool IsNonEmpty { get; private init; }

    public EnumDescriptor? Enum { get; private init; }

    /// <summary>For references: the section of the kind the id must name (<c>actors</c>).</summary>
    public string? TargetSection { get; private init; }

    /// <summary>For references: the index of that kind in its <see cref="FactSchema"/> (set when the schema is built).</summary>
    public int Target { get; init; } = -1;

    /// <summary>For references: the property the target record gets, listing the records that refer to it (docs/fact-files.md §8).</summary>
    public string? Reverse { get; private init; }

    /// <summary>The YAML value assumed when the field is absent (e.g. certainty <c>stated</c>).</summary>
    public string? Default { get; private init; }

    /// <summary>The default's member index, for enums (-1 when there is none).</summary>
    public int DefaultIndex => Default is null || Enum is null ? -1 : Enum.IndexOf(Default);

    /// <summary>
    /// Whether each value must be in one of the record's quotes (docs/fact-files.md §12): a checked field. For a
    /// reference, the target's name or aliases; for a quantity, its numbers; for text, the text.
    /// </summary>
    public bool IsInQuote { get; private init; }

    /// <summary>The field may hold <c>claims</c> instead of one value (docs/fact-files.md §14).</summary>
    public bool IsDisputable { get; private init; }

    /// <summary>For a disputable field: the property listing its claims, e.g. <c>StrengthClaims</c>.</summary>
    public string ClaimsPropertyName => PropertyName + "Claims";

    /// <summary>Whether the C# property can be null: optional scalars with no default.</summary>
    public bool IsNullable => !IsRequired && !IsList && Default is null;

    public FieldDescriptor InQuote(bool inQuote = true) => this with { IsInQuote = inQuote };

    public FieldDescriptor Required(bool required = true) => this with { IsRequired = required };

    public FieldDescriptor List(bool nonEmpty = false) => this with { IsList = true, IsNonEmpty = nonEmpty };

    public FieldDescriptor Of(EnumDescriptor values, string? defaultValue = null) => this with { Enum = values, Default = defaultValue };

    public FieldDescriptor Disputable(bool disputable = true) => this with { IsDisputable = disputable };

    public FieldDescriptor To(string targetSection, string? reverse = null) => this with { TargetSection = targetSection, Reverse = reverse };
}
