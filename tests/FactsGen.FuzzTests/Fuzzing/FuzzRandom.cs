namespace FactsGen.FuzzTests.Fuzzing;

/// <summary>
/// A small deterministic PRNG (SplitMix64): the same seed gives the same sequence on every machine
/// and .NET version, so a failing input can be replayed from its seed alone.
/// </summary>
public sealed class FuzzRandom
{
    private ulong _state;

    public FuzzRandom(ulong seed) => _state = seed;

    /// <summary>The seed of case <paramref name="index"/> of a run started with <paramref name="baseSeed"/>; case 0 is the base seed itself, so a case replays as a run of one.</summary>
    public static ulong CaseSeed(ulong baseSeed, int index) =>
        index == 0 ? baseSeed : Mix(baseSeed + (0x9E3779B97F4A7C15UL * (ulong)index));

    public ulong NextULong()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>0 ≤ result &lt; <paramref name="max"/>.</summary>
    public int Next(int max) => max <= 1 ? 0 : (int)(NextULong() % (ulong)max);

    /// <summary><paramref name="min"/> ≤ result &lt; <paramref name="max"/>.</summary>
    public int Next(int min, int max) => min + Next(max - min);

    public bool Chance(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A size skewed towards small values: mostly 1–8, sometimes up to <paramref name="max"/>.</summary>
    public int Size(int max) => Chance(80) ? Next(1, Math.Min(9, max + 1)) : Next(1, max + 1);

    public FuzzRandom Fork() => new(NextULong());

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
