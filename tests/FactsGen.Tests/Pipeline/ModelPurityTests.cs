using System.Collections;
using System.Reflection;
using FactsGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactsGen.Tests.Pipeline;

/// <summary>
/// Pipeline models must not hold compiler objects: they would pin compilations in memory and,
/// compared by reference, defeat caching.
/// </summary>
public class ModelPurityTests
{
    private static readonly Type[] Forbidden =
    [
        typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SourceText),
        typeof(Location), typeof(AdditionalText), typeof(SemanticModel),
    ];

    [Fact]
    public void NoTrackedStepOutputHoldsACompilerObject()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.RealFacts());
        var result = run.Result.Results.Single();
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var walked = 0;
        foreach (var (name, steps) in result.TrackedSteps.Where(s => TrackingNames.All.Contains(s.Key)))
        {
            foreach (var (value, _) in steps.SelectMany(s => s.Outputs))
            {
                Walk(value, name, visited, ref walked);
            }
        }

        Assert.True(walked > 1000, $"walked only {walked} objects");
    }

    [Fact]
    public void TheWalkCatchesAForbiddenObject()
    {
        var holder = new { Inner = new object[] { Location.None } };
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var walked = 0;
        Assert.ThrowsAny<Exception>(() => Walk(holder, "test", visited, ref walked));
    }

    private static void Walk(object? value, string path, HashSet<object> visited, ref int walked)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        var type = value.GetType();
        Assert.False(Forbidden.Any(f => f.IsAssignableFrom(type)), $"{path} holds a {type.FullName}");
        if (!type.IsValueType && !visited.Add(value))
        {
            return;
        }

        walked++;
        if (value is IEnumerable sequence)
        {
            var i = 0;
            foreach (var item in sequence)
            {
                Walk(item, $"{path}[{i++}]", visited, ref walked);
            }

            return;
        }

        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Walk(field.GetValue(value), $"{path}.{field.Name}", visited, ref walked);
            }
        }
    }
}
