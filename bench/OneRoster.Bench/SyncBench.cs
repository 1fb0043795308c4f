using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace OneRoster.Bench
{
    /// <summary>
    /// The sync scenarios (issue 18): a full <c>RosterSync</c> of users and enrollments into SQLite and into PostgreSQL
    /// next to the plain stream of the same data from the same provider in the same run, the 1% delta after it, and the
    /// sync's peak working set over a small and a large district. Each variant runs in a fresh child process
    /// (<see cref="SyncBenchRun"/>), the provider (<see cref="SyncBenchProvider"/>) in this one; its data is reset between
    /// children. The section it writes replaces the one between the sync markers of the results file.
    /// </summary>
    internal sealed class SyncBench
    {
        public const string Begin = "<!-- sync scenarios: written by `--scenario sync` -->";
        public const string End = "<!-- end of sync scenarios -->";

        private readonly TextWriter _out;

        public SyncBench(TextWriter output) => _out = output;

        /// <param name="users">Users of the speed scenario (enrollments are 2.6 × as many).</param>
        /// <param name="memoryUsers">Users of each memory run (users only).</param>
        /// <param name="rounds">Rounds of the speed scenario, every variant once per round, interleaved.</param>
        public async Task<string?> RunAsync(int users, IReadOnlyList<int> memoryUsers, int rounds, double deltaPercent)
        {
            var postgres = SyncBenchRun.PostgresConnectionString is not null;
            var variants = postgres ? new[] { "stream", "sqlite", "sqlite-floor", "postgres" } : new[] { "stream", "sqlite", "sqlite-floor" };
            if (!postgres)
            {
                _out.WriteLine("   (no PostgreSQL: set ONEROSTER_BENCH_POSTGRES, e.g. to what `bash build/postgres.sh start` prints, to measure it too)");
            }
            var speed = new Dictionary<string, List<Result>>();
            var catalog = new SyncCatalog(users, withEnrollments: true);
            await using (var provider = await SyncBenchProvider.StartAsync(catalog).ConfigureAwait(false))
            {
                _out.WriteLine(FormattableString.Invariant($"== sync: {catalog.Users:N0} users + {catalog.Enrollments:N0} enrollments, {rounds} round(s)"));
                for (var round = 1; round <= rounds; round++)
                {
                    foreach (var variant in variants)
                    {
                        catalog.Reset();
                        var result = await MeasureAsync(variant, provider.BaseUrl, catalog, deltaPercent).ConfigureAwait(false);
                        if (result is null)
                        {
                            return null;
                        }
                        (speed.TryGetValue(variant, out var list) ? list : speed[variant] = new List<Result>()).Add(result);
                        _out.WriteLine(FormattableString.Invariant(
                            $"   round {round}: {Describe(variant),-40} {catalog.TotalRecords / result.MedianSeconds,10:N0} records/s  full {result.MedianSeconds:0.00} s (cold {result.ColdSeconds:0.00} s)  CPU {result.CpuSeconds:0.00} s  delta {result.DeltaSeconds:0.000} s ({result.DeltaFetched:N0} records)  peak WS {result.PeakMegabytes:N0} MB"));
                    }
                }
            }

            var memory = new List<(int Users, Result Result)>();
            foreach (var count in memoryUsers)
            {
                var usersOnly = new SyncCatalog(count, withEnrollments: false);
                await using var provider = await SyncBenchProvider.StartAsync(usersOnly).ConfigureAwait(false);
                _out.WriteLine(FormattableString.Invariant($"== sync memory: {count:N0} users into SQLite"));
                var result = await MeasureAsync("sqlite", provider.BaseUrl, usersOnly, deltaPercent: 0, warmUp: false).ConfigureAwait(false);
                if (result is null)
                {
                    return null;
                }
                memory.Add((count, result));
                _out.WriteLine(FormattableString.Invariant($"   {count,10:N0} users: {count / result.MedianSeconds:N0} records/s  peak WS {result.PeakMegabytes:N0} MB"));
            }
            return Render(catalog, speed, memory, rounds, deltaPercent);
        }

        /// <summary>Puts <paramref name="section"/> between the sync markers of <paramref name="text"/>, or at its end.</summary>
        public static string Replace(string text, string section)
        {
            var block = Begin + "\n" + section.TrimEnd() + "\n" + End + "\n";
            var begin = text.IndexOf(Begin, StringComparison.Ordinal);
            var end = text.IndexOf(End, StringComparison.Ordinal);
            if (begin >= 0 && end > begin)
            {
                return text[..begin] + block + text[(end + End.Length)..].TrimStart('\n');
            }
            return text.TrimEnd() + "\n\n" + block;
        }

        /// <summary>The sync section of a results file, markers included, or null.</summary>
        public static string? Section(string text)
        {
            var begin = text.IndexOf(Begin, StringComparison.Ordinal);
            var end = text.IndexOf(End, StringComparison.Ordinal);
            return begin >= 0 && end > begin ? text[begin..(end + End.Length)] : null;
        }

        private static string Describe(string variant) => variant switch
        {
            "stream" => "Users + Enrollments .StreamAsync (no store)",
            "sqlite" => "RosterSync into SqliteRosterStore",
            "sqlite-floor" => "SQLite alone: the same rows, no client",
            _ => "RosterSync into PostgresRosterStore",
        };

        private async Task<Result?> MeasureAsync(string variant, Uri baseUrl, SyncCatalog catalog, double deltaPercent, bool warmUp = true)
        {
            var f = await Orchestrator.RunChildAsync(new[]
            {
                "--sync-variant", variant, "--base-url", baseUrl.ToString(),
                "--users", catalog.Users.ToString(CultureInfo.InvariantCulture),
                "--enrollments", catalog.Enrollments.ToString(CultureInfo.InvariantCulture),
                "--delta-percent", deltaPercent.ToString(CultureInfo.InvariantCulture),
                "--iterations", "2",
                "--warm-up", warmUp ? "pass" : "none",
            }, SyncBenchRun.ResultPrefix).ConfigureAwait(false);
            if (f is null)
            {
                _out.WriteLine($"   {Describe(variant)} FAILED.");
                return null;
            }
            double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
            return new Result(long.Parse(f[0], CultureInfo.InvariantCulture), f[1].Split(',').Select(D).ToArray(), D(f[2]), D(f[3]), long.Parse(f[4], CultureInfo.InvariantCulture), long.Parse(f[5], CultureInfo.InvariantCulture), D(f[6]));
        }

        private static string Render(SyncCatalog catalog, Dictionary<string, List<Result>> speed, List<(int Users, Result Result)> memory, int rounds, double deltaPercent)
        {
            var text = new StringBuilder();
            string I(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
            text.AppendLine(I($"## Sync (issue 18): {catalog.Users:N0} users + {catalog.Enrollments:N0} enrollments"));
            text.AppendLine();
            text.AppendLine(I($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC by `--scenario sync` (see bench/README.md). The loopback provider of the sync scenarios (pre-encoded records, `dateLastModified>` evaluated) runs in the parent; each variant in a fresh child, page size 1000, {rounds} round(s) with the variants interleaved. The stream reads the same users and enrollments from the same provider with `StreamAsync` after one warm-up pass (median of 2 passes); each sync first runs one full sync into a throwaway store (its warm-up pass, timed as \"cold full s\") and a delta that brings nothing (so the measured delta is warm too), then the measured full run into a new store (a new SQLite file, a new PostgreSQL schema), then {deltaPercent}% of both collections is modified on the provider and the delta runs. \"× stream\" compares the warm runs; \"cold full s\" is each child's first pass (the stream's warm-up pass, the sync's warm-up sync), JIT included."));
            text.AppendLine();
            text.AppendLine("| variant | records/s | × stream | full s (per round) | cold full s | client CPU s | delta s | delta records | delta ÷ full | peak working set |");
            text.AppendLine("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|");
            var stream = speed.TryGetValue("stream", out var s0) ? Median(s0.Select(r => r.MedianSeconds)) : double.NaN;
            foreach (var (variant, results) in speed)
            {
                var full = Median(results.Select(r => r.MedianSeconds));
                var delta = Median(results.Select(r => r.DeltaSeconds));
                var isSync = variant is "sqlite" or "postgres";
                text.AppendLine(I($"| {Describe(variant)} | {catalog.TotalRecords / full:N0} | {stream / full:0.00} | {string.Join(", ", results.Select(r => r.MedianSeconds.ToString("0.00", CultureInfo.InvariantCulture)))} | {Median(results.Select(r => r.ColdSeconds)):0.00} | {Median(results.Select(r => r.CpuSeconds)):0.00} | {(isSync ? delta.ToString("0.000", CultureInfo.InvariantCulture) : "–")} | {(isSync ? results[0].DeltaFetched.ToString("N0", CultureInfo.InvariantCulture) : "–")} | {(isSync ? (delta / full * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–")} | {results.Max(r => r.PeakMegabytes):N0} MB |"));
            }
            text.AppendLine();
            if (memory.Count > 0)
            {
                text.AppendLine("Peak working set of a full sync of users only into SQLite (one cold child each):");
                text.AppendLine();
                text.AppendLine("| users | records/s | full s | peak working set |");
                text.AppendLine("|---:|---:|---:|---:|");
                foreach (var (users, result) in memory)
                {
                    text.AppendLine(I($"| {users:N0} | {users / result.MedianSeconds:N0} | {result.MedianSeconds:0.00} | {result.PeakMegabytes:N0} MB |"));
                }
                text.AppendLine();
            }
            text.AppendLine("Targets (issue 18):");
            text.AppendLine();
            if (speed.TryGetValue("sqlite", out var sqlite))
            {
                var ratio = stream / Median(sqlite.Select(r => r.MedianSeconds));
                text.AppendLine(I($"- SQLite full sync ≥ 0.5 × the stream: {ratio:0.00} — {(ratio >= 0.5 ? "met" : "NOT met")}"));
                if (speed.TryGetValue("sqlite-floor", out var floor))
                {
                    // The floor is SQLite inserting the same rows and nothing else: no store on SQLite goes past it.
                    var ceiling = stream / Median(floor.Select(r => r.MedianSeconds));
                    text.AppendLine(I($"  (SQLite alone, inserting the same rows into the store's own schema with no client, reaches {ceiling:0.00} × the stream in this run; the sync reaches {ratio / ceiling:0.00} of that)"));
                }
            }
            foreach (var variant in new[] { "sqlite", "postgres" }.Where(speed.ContainsKey))
            {
                var share = Median(speed[variant].Select(r => r.DeltaSeconds)) / Median(speed[variant].Select(r => r.MedianSeconds));
                text.AppendLine(I($"- {variant}: a {deltaPercent}% delta < 5% of the full sync's time: {share * 100:0.0}% — {(share < 0.05 ? "met" : "NOT met")}"));
            }
            if (memory.Count >= 2)
            {
                var (small, large) = (memory[0], memory[^1]);
                var growth = large.Result.PeakMegabytes / small.Result.PeakMegabytes;
                text.AppendLine(I($"- peak working set flat from {small.Users:N0} to {large.Users:N0} users: {small.Result.PeakMegabytes:N0} MB → {large.Result.PeakMegabytes:N0} MB ({growth:0.00}×) — {(growth < 1.5 ? "met" : "NOT met")}"));
            }
            return text.ToString();
        }

        private static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }

        private sealed record Result(long PeakBytes, double[] Seconds, double CpuSeconds, double DeltaSeconds, long DeltaFetched, long Touched, double ColdSeconds)
        {
            public double MedianSeconds => SyncBench.Median(Seconds);

            public double PeakMegabytes => PeakBytes / (1024.0 * 1024.0);
        }
    }
}
