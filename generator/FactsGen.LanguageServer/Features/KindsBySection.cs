using System.Linq;
using FactsGen.LanguageServer.Engine;
using FactsGen.Schema;

namespace FactsGen.LanguageServer.Features;

/// <summary>The kind whose records a section holds, from the engine's list of kinds (built-in and, later, declared).</summary>
internal static class KindsBySection
{
    public static KindDescriptor? Find(FactSchema schema, string section) => EngineSteps.Kinds(schema).FirstOrDefault(k => k.Section == section);
}
