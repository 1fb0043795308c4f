using System;
using System.Collections.Generic;

namespace OneRoster.Bench
{
    /// <summary>
    /// One measured setting: collection size, page size, latency per request, which variants; each variant runs
    /// <see cref="Rounds"/> times (a fresh child process each, variants interleaved round by round, so that a machine
    /// whose speed drifts during the run slows every variant alike) with <see cref="Iterations"/> passes per child,
    /// after a warm-up: full passes until the JIT has settled when <see cref="Settle"/> (speed), a few pages otherwise (memory).
    /// A <see cref="Cold"/> scenario has no warm-up: each child reads the collection once, timed by the parent from just before
    /// it starts the process to the child's last record (runtime start, token request and JIT included).
    /// </summary>
    /// <remarks>
    /// <see cref="Source"/> says what the variants read: <c>bench</c>, the loopback Kestrel provider; <c>fake</c>, the
    /// OneRoster.Testing fake (WireMock) serving a generated district; <c>file</c>, a users.csv bundle written once by the
    /// parent. Ratios are against <see cref="Baseline"/>, measured in the same run.
    /// </remarks>
    internal sealed record Scenario(string Name, string Title, int Users, int PageSize, TimeSpan Latency, IReadOnlyList<string> Variants, int Iterations, int Rounds = 1, bool Settle = true,
        string Source = "bench", string Baseline = "a", bool Cold = false, string? Gen0Budget = null)
    {
        /// <summary>
        /// The young-generation budget of the memory scenarios' second pair (<c>DOTNET_GCgen0size</c>, hexadecimal bytes): 16 MB,
        /// about what the GC picks on a host with a small L3 cache, so their peaks compare across hosts (bench/README.md, "Peak working set").
        /// </summary>
        public const string BoundedGen0 = "0x1000000";

        /// <summary>The variants of the cold scenarios (issue 17): the two hand-written loops over the generated DTOs, the stream, and the minimal loop.</summary>
        private static readonly string[] ColdVariants = { "a", "b", "d", "e" };

        public static IReadOnlyList<Scenario> Defaults(int iterations, int rounds) => new[]
        {
            new Scenario("throughput", "100,000 users, page 1000, no latency", 100_000, 1000, TimeSpan.Zero, Variant.Names, iterations, rounds),
            new Scenario("latency", "100,000 users, page 1000, 20 ms per request", 100_000, 1000, TimeSpan.FromMilliseconds(20), Variant.Names, iterations, rounds),
            new Scenario("warm-1m", "1,000,000 users, page 1000, no latency: (d) against the minimal loop (e)", 1_000_000, 1000, TimeSpan.Zero, new[] { "e", "d" }, iterations, rounds, Baseline: "e"),
            new Scenario("cold-throughput", "cold: 100,000 users, page 1000, no latency, a fresh process per sample", 100_000, 1000, TimeSpan.Zero, ColdVariants, 1, Math.Max(5, rounds), Settle: false, Cold: true),
            new Scenario("cold-latency", "cold: 100,000 users, page 1000, 20 ms per request, a fresh process per sample", 100_000, 1000, TimeSpan.FromMilliseconds(20), ColdVariants, 1, Math.Max(5, rounds), Settle: false, Cold: true),
            new Scenario("memory-100k", "memory: (d) over 100,000 users, page 1000", 100_000, 1000, TimeSpan.Zero, new[] { "d" }, 1, Settle: false),
            new Scenario("memory-1m", "memory: (d) over 1,000,000 users, page 1000", 1_000_000, 1000, TimeSpan.Zero, new[] { "d" }, 1, Settle: false),
            new Scenario("memory-100k-gen0", "memory: (d) over 100,000 users, page 1000, young generation bounded at 16 MB", 100_000, 1000, TimeSpan.Zero, new[] { "d" }, 1, Settle: false, Gen0Budget: BoundedGen0),
            new Scenario("memory-1m-gen0", "memory: (d) over 1,000,000 users, page 1000, young generation bounded at 16 MB", 1_000_000, 1000, TimeSpan.Zero, new[] { "d" }, 1, Settle: false, Gen0Budget: BoundedGen0),
            new Scenario("csv-read", "CSV: read a 1,000,000-row users.csv", 1_000_000, 0, TimeSpan.Zero, new[] { "f", "m", "i" }, iterations, rounds, Source: "file", Baseline: "f"),
            new Scenario("csv-write", "CSV: write a 1,000,000-row users.csv", 1_000_000, 0, TimeSpan.Zero, new[] { "h", "g" }, iterations, rounds, Source: "file", Baseline: "h"),
            new Scenario("csv-read-memory-100k", "CSV memory: (i) over 100,000 users", 100_000, 0, TimeSpan.Zero, new[] { "i" }, 1, Settle: false, Source: "file", Baseline: "i"),
            new Scenario("csv-read-memory-1m", "CSV memory: (i) over 1,000,000 users", 1_000_000, 0, TimeSpan.Zero, new[] { "i" }, 1, Settle: false, Source: "file", Baseline: "i"),
            new Scenario("export-100k", "export: 100,000 users from the OneRoster.Testing fake, page 1000", 100_000, 1000, TimeSpan.Zero, new[] { "d", "j" }, 1, Rounds: 2, Settle: false, Source: "fake", Baseline: "d"),
            new Scenario("export-1m", "export: 1,000,000 users from the OneRoster.Testing fake, page 1000", 1_000_000, 1000, TimeSpan.Zero, new[] { "d", "j" }, 1, Rounds: 2, Settle: false, Source: "fake", Baseline: "d"),
        };
    }
}
