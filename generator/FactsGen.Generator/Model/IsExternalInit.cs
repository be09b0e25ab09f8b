namespace System.Runtime.CompilerServices;

/// <summary>Lets records and init accessors compile on netstandard2.0 (the type ships only in .NET 5+).</summary>
internal static class IsExternalInit
{
}
