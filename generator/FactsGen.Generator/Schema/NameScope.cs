using System.Collections.Generic;

namespace FactsGen.Schema;

/// <summary>
/// One C# scope of the generated code: the namespace's types, or one type's members. Each name
/// has one owner, described as a message ends "…, which is already {owner}". A type's own name is
/// taken in the scope of its members, since a member may not be named as its type (CS0542).
/// </summary>
internal sealed class NameScope
{
    private readonly Dictionary<string, string> _owners = new(System.StringComparer.Ordinal);

    public NameScope(string? typeName = null, string? typeOwner = null)
    {
        TypeName = typeName;
        if (typeName is not null)
        {
            _owners[typeName] = typeOwner ?? "the type's own name (a member may not be named as its type)";
        }
    }

    /// <summary>The type whose members this scope holds (null for the namespace).</summary>
    public string? TypeName { get; }

    public bool IsFree(string name) => !_owners.ContainsKey(name);

    /// <summary>Who has the name, or null.</summary>
    public string? OwnerOf(string name) => _owners.TryGetValue(name, out var owner) ? owner : null;

    /// <summary>Gives <paramref name="name"/> to <paramref name="owner"/>; false, with the owner it has, when it is taken.</summary>
    public bool TryTake(string name, string owner, out string existing)
    {
        if (_owners.TryGetValue(name, out existing!))
        {
            return false;
        }

        _owners.Add(name, owner);
        existing = owner;
        return true;
    }

    /// <summary>Takes names that the generated code always has here (a second owner of one keeps the first).</summary>
    public NameScope Reserve(IEnumerable<string> names, string owner)
    {
        foreach (var name in names)
        {
            TryTake(name, owner, out _);
        }

        return this;
    }
}
