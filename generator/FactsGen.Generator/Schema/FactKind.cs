namespace FactsGen.Schema;

/// <summary>The kinds of record a fact base holds; each has a <see cref="KindDescriptor"/>.</summary>
internal enum FactKind
{
    Article,
    Actor,
    Deployment,
    Sanction,
}
