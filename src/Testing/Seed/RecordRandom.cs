using System;
using System.Collections.Generic;

namespace OneRoster.Testing.Seed
{
    /// <summary>
    /// Deterministic random numbers for one seeded record (SplitMix64 over seed, collection and index).
    /// </summary>
    /// <remarks>
    /// Records are built lazily and in any order, so each needs its own stream that does not depend on which
    /// records were read before it. One <see cref="System.Random"/> walked in generation order cannot give that
    /// without building every record up front; a counter-based generator can, and it is stable across .NET versions.
    /// </remarks>
    internal struct RecordRandom
    {
        private ulong _state;

        public RecordRandom(int seed, int salt, long index)
        {
            _state = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL ^ (ulong)salt * 0xC2B2AE3D27D4EB4FUL ^ (ulong)index * 0x165667B19E3779F9UL);
            Next64();
        }

        public ulong Next64()
        {
            unchecked
            {
                var z = _state += 0x9E3779B97F4A7C15UL;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
        }

        /// <summary>A number in [0, max).</summary>
        public int Next(int max) => max <= 0 ? 0 : (int)(Next64() % (ulong)max);

        /// <summary>A number in [min, max).</summary>
        public int Next(int min, int max) => min + Next(max - min);

        /// <summary>True with the given probability.</summary>
        public bool Chance(double probability) => (Next64() >> 11) * (1.0 / (1UL << 53)) < probability;

        public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
    }
}
