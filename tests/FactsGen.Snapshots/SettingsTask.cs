using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace FactsGen.Snapshots;

/// <summary>
/// Fluent settings plus the pending verification, like Verify's <c>SettingsTask</c>: configure it, then
/// await it (or return it from a <c>Task</c>-returning test; it converts implicitly). Verification runs
/// once, on the first await/conversion; settings can't change after that.
/// </summary>
public sealed class SettingsTask
{
    readonly Func<Func<GeneratedSourceResult, bool>, IReadOnlyList<SnapshotTarget>> buildTargets;
    Func<GeneratedSourceResult, bool> ignoreGenerated = static _ => false;
    readonly string sourceFile;
    readonly string callerMethod;
    // Captured at the Verify call: the only moment the calling test method is on the stack.
    // UseParameters needs it to find the test method's parameter names, as Verify gets them from xUnit.
    readonly StackTrace callerStack = new(false);
    string typeName;
    string methodName;
    bool typeOrMethodNameSet;
    string? directory;
    string? fileName;
    string? parametersText;
    object?[]? parameters;
    SnapshotSettings environment = SnapshotSettings.Process;
    Task? task;

    internal SettingsTask(Func<Func<GeneratedSourceResult, bool>, IReadOnlyList<SnapshotTarget>> buildTargets, string sourceFile, string method)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceFile);
        ArgumentException.ThrowIfNullOrEmpty(method);
        this.buildTargets = buildTargets;
        this.sourceFile = sourceFile;
        typeName = Path.GetFileNameWithoutExtension(sourceFile);
        methodName = callerMethod = method;
    }

    /// <summary>
    /// Directory for the snapshot files. A relative path is relative to the calling source file's
    /// directory (as in Verify); an absolute path is used as is.
    /// </summary>
    public SettingsTask UseDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ThrowIfStarted();
        this.directory = directory;
        return this;
    }

    /// <summary>Replaces the <c>{TypeName}</c> part of the file name.</summary>
    public SettingsTask UseTypeName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ThrowIfStarted();
        ThrowIf(fileName is not null, "UseTypeName is not compatible with UseFileName.");
        typeName = name;
        typeOrMethodNameSet = true;
        return this;
    }

    /// <summary>Replaces the <c>{MethodName}</c> part of the file name.</summary>
    public SettingsTask UseMethodName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ThrowIfStarted();
        ThrowIf(fileName is not null, "UseMethodName is not compatible with UseFileName.");
        methodName = name;
        typeOrMethodNameSet = true;
        return this;
    }

    /// <summary>Replaces the whole <c>{TypeName}.{MethodName}_{Parameters}</c> prefix.</summary>
    public SettingsTask UseFileName(string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ThrowIfStarted();
        ThrowIf(typeOrMethodNameSet, "UseFileName is not compatible with UseTypeName or UseMethodName.");
        ThrowIf(parameters is not null || parametersText is not null, "UseFileName is not compatible with UseParameters or UseTextForParameters.");
        this.fileName = fileName;
        return this;
    }

    /// <summary>
    /// Appends <c>_{name}={value}</c> per value to the file name, names taken in order from the calling
    /// test method's parameters (fewer values than parameters is fine; more is an error), as Verify does.
    /// </summary>
    public SettingsTask UseParameters(params object?[] parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ThrowIf(parameters.Length == 0, "UseParameters needs at least one value.");
        ThrowIfStarted();
        ThrowIf(fileName is not null, "UseParameters is not compatible with UseFileName.");
        ThrowIf(parametersText is not null, "UseParameters is not compatible with UseTextForParameters.");
        this.parameters = parameters;
        return this;
    }

    /// <summary>Appends <c>_{text}</c> to the file name instead of named parameter values.</summary>
    public SettingsTask UseTextForParameters(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ThrowIfStarted();
        ThrowIf(fileName is not null, "UseTextForParameters is not compatible with UseFileName.");
        ThrowIf(parameters is not null, "UseTextForParameters is not compatible with UseParameters.");
        parametersText = text;
        return this;
    }

    /// <summary>
    /// Leaves generated sources matching <paramref name="shouldIgnore"/> out of the snapshot, as
    /// Verify.SourceGenerators' <c>IgnoreGeneratedResult</c> does (e.g. fixed types another test covers).
    /// </summary>
    public SettingsTask IgnoreGeneratedResult(Func<GeneratedSourceResult, bool> shouldIgnore)
    {
        ArgumentNullException.ThrowIfNull(shouldIgnore);
        ThrowIfStarted();
        var previous = ignoreGenerated;
        ignoreGenerated = source => previous(source) || shouldIgnore(source);
        return this;
    }

    /// <summary>Test seam: reads environment variables through <paramref name="getEnv"/>, not the process.</summary>
    internal SettingsTask UseEnvironment(Func<string, string?> getEnv)
    {
        ThrowIfStarted();
        environment = new(getEnv);
        return this;
    }

    public TaskAwaiter GetAwaiter() => ToTask().GetAwaiter();

    public ConfiguredTaskAwaitable ConfigureAwait(bool continueOnCapturedContext) =>
        ToTask().ConfigureAwait(continueOnCapturedContext);

    public static implicit operator Task(SettingsTask settingsTask) => settingsTask.ToTask();

    /// <summary>Runs the verification (once) and returns its outcome as a task.</summary>
    public Task ToTask() => task ??= Run();

    Task Run()
    {
        try
        {
            // Naming errors (e.g. a theory without UseParameters) surface before any file is touched.
            var dir = ResolveDirectory();
            var prefix = GetFilePrefix();
            SnapshotEngine.Run(dir, prefix, buildTargets(ignoreGenerated), environment);
            return Task.CompletedTask;
        }
        catch (Exception exception)
        {
            return Task.FromException(exception);
        }
    }

    internal string ResolveDirectory()
    {
        if (directory is not null && Path.IsPathRooted(directory))
        {
            return directory;
        }

        var sourceDirectory = Path.GetDirectoryName(sourceFile);
        // A PathMap'd build (e.g. ContinuousIntegrationBuild turns on DeterministicSourcePaths) bakes
        // "/_/..." into [CallerFilePath]; snapshots must never be written relative to such a fake path.
        if (string.IsNullOrEmpty(sourceDirectory) || !Directory.Exists(sourceDirectory))
        {
            throw new InvalidOperationException(
                $"The calling source file's directory '{sourceDirectory}' does not exist, so snapshots can't be placed beside it. " +
                "Is the test assembly built with a PathMap (DeterministicSourcePaths / ContinuousIntegrationBuild)? " +
                "Build tests without it, or pass an absolute path to UseDirectory.");
        }

        return directory is null ? sourceDirectory : Path.GetFullPath(Path.Combine(sourceDirectory, directory));
    }

    /// <summary>The file name prefix: <c>{Type}.{Method}{_Parameters}</c>, or the UseFileName value.</summary>
    internal string GetFilePrefix()
    {
        if (fileName is not null)
        {
            return fileName;
        }

        var prefix = $"{typeName}.{methodName}";
        if (parametersText is not null)
        {
            return $"{prefix}_{parametersText}";
        }

        var testMethod = FindTestMethod();
        if (parameters is not null)
        {
            if (testMethod is null)
            {
                throw new InvalidOperationException(
                    $"UseParameters could not find the test method '{methodName}' to read its parameter names. " +
                    "Use UseTextForParameters(...) instead.");
            }

            return $"{prefix}_{ParameterNames.Build(testMethod, parameters)}";
        }

        // Like Verify: a parameterised test must name its parameters, or every case would share one file.
        var methodParameters = testMethod?.GetParameters() ?? [];
        if (methodParameters.Length > 0)
        {
            var names = string.Join(", ", Array.ConvertAll(methodParameters, p => p.Name));
            throw new InvalidOperationException(
                $"Method `{testMethod!.DeclaringType!.Name}.{testMethod.Name}` requires parameters, but none have been defined. " +
                $"Add UseParameters. For example:{Environment.NewLine}{Environment.NewLine}" +
                $"await Verifier.Verify(target).UseParameters({names});");
        }

        return prefix;
    }

    /// <summary>
    /// The test method that called Verify: the first frame outside this assembly, lifted out of
    /// compiler-generated types (async state machines, lambda closures), looked up by the
    /// [CallerMemberName] name. Null when that is missing or overloaded.
    /// </summary>
    MethodInfo? FindTestMethod()
    {
        foreach (var frame in callerStack.GetFrames())
        {
            var type = frame.GetMethod()?.DeclaringType;
            if (type is null || type.Assembly == typeof(SettingsTask).Assembly)
            {
                continue;
            }

            while (type.DeclaringType is not null && type.IsDefined(typeof(CompilerGeneratedAttribute), false))
            {
                type = type.DeclaringType;
            }

            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance |
                                     BindingFlags.Static | BindingFlags.DeclaredOnly;
            // The caller's own name: UseMethodName renames the file, not the test.
            var matches = Array.FindAll(type.GetMethods(all), m => m.Name == callerMethod);
            return matches.Length == 1 ? matches[0] : null;
        }

        return null;
    }

    void ThrowIfStarted() =>
        ThrowIf(task is not null, "Settings must be applied before the verification is awaited.");

    static void ThrowIf(bool condition, string message)
    {
        if (condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
