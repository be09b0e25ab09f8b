using FactsGen.Escaping;
using FactsGen.Model;
using FactsGen.Schema;

namespace FactsGen.Emit;

/// <summary>
/// Names shared by the per-file and the catalog emitters. They derive from the fact file's path
/// relative to the project, so output is the same on every machine and names cannot collide.
/// </summary>
internal static class EmitNames
{
    /// <summary>Records per holder class: each holder's static constructor builds only its own records, on first use.</summary>
    public const int HolderSize = 128;

    /// <summary>A holder's records, in file order (a name no fact can take: facts' names start upper-case).</summary>
    public const string HolderItems = "__items";

    public static string Global(GeneratorOptions options, string typeName) => $"global::{options.Namespace}.{typeName}";

    public static string FileKey(GeneratorOptions options, string path) => FilePaths.RelativeTo(path, options.ProjectDirectory);

    /// <summary>The holder classes' names of a file but their number, from its <see cref="FileKey"/> (computed once per file, not per record).</summary>
    public static string HolderClassPrefix(string fileKey) => $"__Holder_{FilePaths.StableHash(fileKey)}_";

    /// <summary>A holder class's name: its file's <see cref="HolderClassPrefix"/> and its number in the file.</summary>
    public static string HolderClass(string prefix, int ordinal) => prefix + CSharpLiteral.Int(ordinal);

    public static int HolderCount(int records) => (records + HolderSize - 1) / HolderSize;

    /// <summary>A fact file's hint name, from its <see cref="FileKey"/>.</summary>
    public static string FileHintName(string key)
    {
        var sb = new System.Text.StringBuilder("Facts.");
        foreach (var c in FilePaths.FileName(key))
        {
            sb.Append(char.IsLetterOrDigit(c) && c < 128 ? c : '_');
        }

        return sb.Append('.').Append(FilePaths.StableHash(key)).Append(".g.cs").ToString();
    }

    public static string CatalogHintName(KindDescriptor kind) => $"FactsGen.Catalog.{kind.CatalogName}.g.cs";

    /// <summary>Record names are unique in a schema (FG0016), so these cannot collide.</summary>
    public static string KindHintName(KindDescriptor kind) => $"FactsGen.Kind.{kind.RecordName}.g.cs";
}
