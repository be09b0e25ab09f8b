using System;
using System.Collections.Generic;
using YamlDotNet.Core;

namespace FactsGen.Yaml;

/// <summary>
/// The scalar nodes of one tree at a time, reused from file to file on a thread. A fact base is read
/// one file after another, each file's tree lives only while its model is built, and its scalars (a
/// key and a value per field of every record) were the largest part of what a cold run allocated;
/// memory a run touches for the first time is what the collector makes it pay for (docs/performance.md,
/// "Keeping less alive"). The models keep no node, so a tree's scalars are free once its file is parsed.
/// </summary>
internal sealed class YamlScalarPool
{
    /// <summary>Scalars kept for reuse, at most (about 2 MB): larger files read their extra nodes as new ones.</summary>
    private const int MaxKept = 1 << 15;

    [ThreadStatic]
    private static YamlScalarPool? _thread;

    private readonly List<YamlScalar> _scalars = new();
    private int _used;
    private bool _lent;

    private YamlScalarPool()
    {
    }

    /// <summary>
    /// The thread's pool, for one tree until the lease is disposed; a lease without a pool when the
    /// thread's pool is already lent (a tree read while another is still in use), whose reader then
    /// makes new nodes.
    /// </summary>
    public static Lease Rent()
    {
        var pool = _thread ??= new YamlScalarPool();
        if (pool._lent)
        {
            return default;
        }

        pool._lent = true;
        return new Lease(pool);
    }

    /// <summary>A scalar holding these values: one the previous tree used, or a new one.</summary>
    public YamlScalar Scalar(string value, ScalarStyle style, Mark start, Mark end)
    {
        if (_used < _scalars.Count)
        {
            var scalar = _scalars[_used++];
            scalar.Reuse(value, style, start, end);
            return scalar;
        }

        var made = new YamlScalar(value, style, start, end);
        if (_scalars.Count < MaxKept)
        {
            _scalars.Add(made);
            _used++;
        }

        return made;
    }

    private void Return()
    {
        // The texts go with the tree: a pooled scalar must not keep the last file's strings alive.
        for (var i = 0; i < _used; i++)
        {
            _scalars[i].Reuse(string.Empty, ScalarStyle.Plain, Mark.Empty, Mark.Empty);
        }

        _used = 0;
        _lent = false;
    }

    /// <summary>The pool lent for one tree (<see cref="Pool"/> null: none was free); disposing it frees the tree's scalars for the next.</summary>
    public readonly struct Lease : IDisposable
    {
        internal Lease(YamlScalarPool pool) => Pool = pool;

        public YamlScalarPool? Pool { get; }

        public void Dispose() => Pool?.Return();
    }
}
