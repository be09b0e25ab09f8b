namespace FactsGen.Schema;

/// <summary>One field of a kind: its YAML key, C# property, value type and rules.</summary>
internal sealed class FieldDescriptor
{
    public FieldDescriptor(string name, ValueType type, string doc)
    {
        Name = name;
        Type = type;
        Doc = doc;
        PropertyName = Naming.ToPascalCase(name);
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

    public bool IsList { get; private set; }

    public bool IsRequired { get; private set; }

    /// <summary>A list that must hold at least one item when present.</summary>
    public bool IsNonEmpty { get; private set; }

    public EnumDescriptor? Enum { get; private set; }

    /// <summary>For references: the kind the id must name.</summary>
    public FactKind? Target { get; private set; }

    /// <summary>The YAML value assumed when the field is absent (e.g. certainty <c>stated</c>).</summary>
    public string? Default { get; private set; }

    /// <summary>Whether the C# property can be null: optional scalars with no default.</summary>
    public bool IsNullable => !IsRequired && !IsList && Default is null;

    public FieldDescriptor Required()
    {
        IsRequired = true;
        return this;
    }

    public FieldDescriptor List(bool nonEmpty = false)
    {
        IsList = true;
        IsNonEmpty = nonEmpty;
        return this;
    }

    public FieldDescriptor Of(EnumDescriptor values, string? defaultValue = null)
    {
        Enum = values;
        Default = defaultValue;
        return this;
    }

    public FieldDescriptor To(FactKind target)
    {
        Target = target;
        return this;
    }
}
