using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace FactsGen.Snapshots;

/// <summary>Formats UseParameters values into a file-name part the way Verify does.</summary>
internal static class ParameterNames
{
    // Verify's FileNameCleaner set (plus control chars below): invalid on Windows, so names match on every OS.
    static readonly char[] invalidChars = ['"', '\\', '<', '>', '|', ':', '*', '?', '/'];

    /// <summary><c>name1=value1_name2=value2</c>, names taken in order from <paramref name="method"/>.</summary>
    public static string Build(MethodInfo method, IReadOnlyList<object?> values)
    {
        var parameters = method.GetParameters();
        if (values.Count > parameters.Length)
        {
            throw new InvalidOperationException(
                $"The number of passed in parameters ({values.Count}) must be fewer than the number of parameters for the method ({parameters.Length}).");
        }

        var builder = new StringBuilder();
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('_');
            }

            builder.Append(parameters[i].Name).Append('=');
            Append(builder, values[i], isRoot: true);
        }

        return builder.ToString();
    }

    static void Append(StringBuilder builder, object? value, bool isRoot)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string text:
                AppendClean(builder, text);
                return;
            case IEnumerable items:
                // Verify: a top-level collection is "a,b", a nested one "[a,b]", an empty one "[]".
                var start = builder.Length;
                foreach (var item in items)
                {
                    builder.Append(builder.Length == start ? "" : ",");
                    Append(builder, item, isRoot: false);
                }

                if (builder.Length == start)
                {
                    builder.Append("[]");
                }
                else if (!isRoot)
                {
                    builder.Insert(start, '[').Append(']');
                }

                return;
            default:
                // Invariant culture, so "1.5" doesn't become "1,5" on a German machine.
                AppendClean(builder, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                return;
        }
    }

    static void AppendClean(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            builder.Append(c < ' ' || Array.IndexOf(invalidChars, c) >= 0 ? '-' : c);
        }
    }
}
