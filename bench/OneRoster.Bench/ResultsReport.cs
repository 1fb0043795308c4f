using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace OneRoster.Bench
{
    /// <summary>Renders bench/results.md: the machine, the parameters, one table per scenario, the targets of issue 6.</summary>
    internal static class ResultsReport
    {
        /// <summary>The load average when the run started (<c>/proc/loadavg</c>, where there is one): a shared machine's numbers need it.</summary>
        public static string? LoadAtStart { get; } = LoadAverage();

        public static string Render(IReadOnlyList<Measurement> measurements)
        {
            var text = new StringBuilder();
            text.AppendLine("# Benchmark results");
            text.AppendLine();
            text.AppendLine(FormattableString.Invariant($"Measured {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC by `bench/OneRoster.Bench` (Release). See bench/README.md."));
            text.AppendLine();
            text.AppendLine("| machine | |");
            text.AppendLine("|---|---|");
            text.AppendLine($"| CPU | {CpuModel()} |");
            text.AppendLine(FormattableString.Invariant($"| cores (logical) | {Environment.ProcessorCount} |"));
            // The GC sizes its young generation from the last-level cache: on a host with a large L3 every peak working
            // set below is tens of megabytes higher for the same code (bench/README.md, "Peak working set").
            text.AppendLine($"| L3 cache | {LastLevelCache() ?? "unknown"} |");
            text.AppendLine(FormattableString.Invariant($"| memory | {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024):0.0} GB |"));
            text.AppendLine($"| OS | {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture}) |");
            text.AppendLine($"| .NET | {RuntimeInformation.FrameworkDescription} |");
            if (LoadAtStart is { } start && LoadAverage() is { } end)
            {
                text.AppendLine($"| load average (1, 5, 15 min) at the start and end of the run | {start}; {end} |");
            }
            text.AppendLine();
            text.AppendLine("Users/s is the median over all measured passes of a variant; each round runs every variant once, in order, each");
            text.AppendLine("in a fresh process, whose peak working set (`Process.PeakWorkingSet64` at its end) is reported. Before measuring,");
            text.AppendLine("the speed scenarios warm each process up with full passes until one compiles fewer than 50 methods: tiered");
            text.AppendLine("compilation keeps recompiling the request path for several seconds, on the same two cores, so a variant bound by");
            text.AppendLine("CPU (not by the network) is slower until it settles. \"Cold s\" is the first pass of a fresh process (median over");
            text.AppendLine("rounds), \"JIT / pass\" the methods compiled during a measured pass. The memory scenarios warm up with 5 pages.");
            text.AppendLine("The provider (loopback Kestrel, X-Total-Count, ~1.2 KB per user) runs in the parent process, so its memory is not");
            text.AppendLine("in those numbers. CPU seconds, full (gen2) garbage collections and GC pause are medians per pass of the client");
            text.AppendLine("process (the forced collection between passes excluded).");
            text.AppendLine();

            foreach (var scenario in measurements.Select(m => m.Scenario).Distinct())
            {
                var rows = measurements.Where(m => m.Scenario == scenario).ToList();
                var baseline = rows.Count > 1 ? rows.FirstOrDefault(m => m.Variant == scenario.Baseline) : null;
                text.AppendLine(FormattableString.Invariant(
                    $"## {scenario.Title}"));
                text.AppendLine();
                text.AppendLine(FormattableString.Invariant(
                    $"{scenario.Users:N0} users, {(scenario.Source == "file" ? "from a bundle on disk" : $"limit {scenario.PageSize}, {scenario.Latency.TotalMilliseconds} ms delay per request, from the {(scenario.Source == "fake" ? "OneRoster.Testing fake" : "loopback provider")}")}, {scenario.Rounds} round(s) × {scenario.Iterations} pass(es) per variant (variants interleaved by round); ratios against ({scenario.Baseline})."));
                text.AppendLine();
                if (scenario.Cold)
                {
                    text.AppendLine("Each sample is a fresh process reading the collection once, timed by the parent from just before it starts the process to the last record (runtime start, client set-up, token request and JIT included); \"first record s\" is the same clock at the first record (the hand-written loops: once the first page is deserialized), JIT the methods compiled and the time the JIT spent over the whole process, CPU the process's.");
                    text.AppendLine();
                    text.AppendLine("| variant | users/s | × baseline | median s | samples (s) | first record s | JIT methods | JIT s | CPU s | gen2 GCs | GC pause s | peak working set |");
                    text.AppendLine("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|");
                }
                else
                {
                    text.AppendLine("| variant | users/s | × baseline | median s | passes (s) | cold s | warm-up passes | JIT / pass | CPU s / pass | gen2 GCs / pass | GC pause s / pass | peak working set |");
                    text.AppendLine("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|");
                }
                foreach (var row in rows)
                {
                    var ratio = baseline is null ? "–" : FormattableString.Invariant($"{row.UsersPerSecond / baseline.UsersPerSecond:0.00}");
                    var passes = string.Join(", ", row.Seconds.Select(s => FormattableString.Invariant($"{s:0.000}")));
                    text.AppendLine(scenario.Cold
                        ? FormattableString.Invariant(
                            $"| {Variant.Describe(row.Variant)} | {row.UsersPerSecond:N0} | {ratio} | {row.MedianSeconds:0.000} | {passes} | {row.MedianFirstRecordSeconds:0.000} | {row.MedianJitMethods:0} | {row.MedianJitSeconds:0.00} | {row.MedianCpuSeconds:0.00} | {row.MedianFullCollections:0} | {row.MedianPauseSeconds:0.000} | {row.PeakWorkingSetMegabytes:N0} MB |")
                        : FormattableString.Invariant(
                            $"| {Variant.Describe(row.Variant)} | {row.UsersPerSecond:N0} | {ratio} | {row.MedianSeconds:0.000} | {passes} | {Cold(row)} | {Cold(row, row.MostWarmUpPasses.ToString("0", System.Globalization.CultureInfo.InvariantCulture))} | {row.MedianJitMethods:0} | {row.MedianCpuSeconds:0.00} | {row.MedianFullCollections:0} | {row.MedianPauseSeconds:0.000} | {row.PeakWorkingSetMegabytes:N0} MB |"));
                }
                text.AppendLine();
            }

            text.AppendLine("## Targets (issues 6, 17 and 19)");
            text.AppendLine();
            foreach (var line in Targets(measurements).Concat(SpeedTargets(measurements)).Concat(CsvTargets(measurements)))
            {
                text.AppendLine("- " + line);
            }
            return text.ToString();
        }

        private static IEnumerable<string> Targets(IReadOnlyList<Measurement> all)
        {
            Measurement? Find(string scenario, string variant) =>
                all.FirstOrDefault(m => m.Scenario.Name == scenario && m.Variant == variant);

            if (Find("throughput", "a") is { } a0 && Find("throughput", "c") is { } c0)
            {
                var ratio = c0.UsersPerSecond / a0.UsersPerSecond;
                yield return FormattableString.Invariant($"(c) ≥ 0.95 × (a) without latency: {ratio:0.00} — {Verdict(ratio >= 0.95)}");
            }
            if (Find("latency", "a") is { } a20 && Find("latency", "d") is { } d20)
            {
                var ratio = d20.UsersPerSecond / a20.UsersPerSecond;
                yield return FormattableString.Invariant($"(d) ≥ 3 × (a) with 20 ms latency: {ratio:0.00} — {Verdict(ratio >= 3)}");
            }
            if (Find("memory-1m", "d") is { } big)
            {
                yield return FormattableString.Invariant(
                    $"(d) peak working set < 150 MB at 1,000,000 users: {big.PeakWorkingSetMegabytes:N0} MB — {Verdict(big.PeakWorkingSetMegabytes < 150)}");
                if (Find("memory-100k", "d") is { } small)
                {
                    // "Flat": 10x the users may cost at most a quarter more peak memory (the GC heap settles over a long run).
                    var growth = big.PeakWorkingSetMegabytes / small.PeakWorkingSetMegabytes;
                    yield return FormattableString.Invariant(
                        $"(d) peak working set flat from 100,000 to 1,000,000 users: {small.PeakWorkingSetMegabytes:N0} MB → {big.PeakWorkingSetMegabytes:N0} MB ({growth:0.00}×) — {Verdict(growth < 1.25)}");
                }
            }
        }

        /// <summary>Issue 17: the stream against the hand-written loops on a cold start, and against the minimal loop warm.</summary>
        private static IEnumerable<string> SpeedTargets(IReadOnlyList<Measurement> all)
        {
            Measurement? Find(string scenario, string variant) =>
                all.FirstOrDefault(m => m.Scenario.Name == scenario && m.Variant == variant);

            foreach (var (scenario, what, target) in new[] { ("cold-throughput", "cold, 100,000 users, no latency", 1.5), ("cold-latency", "cold, 100,000 users, 20 ms", 3.0) })
            {
                if (Find(scenario, "a") is { } a && Find(scenario, "d") is { } d)
                {
                    var ratio = d.UsersPerSecond / a.UsersPerSecond;
                    yield return FormattableString.Invariant($"(d) ≥ {target:0.0} × (a), {what}: {ratio:0.00} — {Verdict(ratio >= target)}");
                }
            }
            if (Find("warm-1m", "e") is { } e && Find("warm-1m", "d") is { } d1m)
            {
                var ratio = d1m.UsersPerSecond / e.UsersPerSecond;
                yield return FormattableString.Invariant(
                    $"(d) ≥ 1.0 × (e) warm at 1,000,000 users (the goal; at least 0.8): {ratio:0.00} — {(ratio >= 1.0 ? "met" : ratio >= 0.8 ? "the minimum met, the goal **not met**" : "**not met**")}");
            }
            if (Find("memory-1m", "d") is { } big)
            {
                yield return FormattableString.Invariant(
                    $"(d) peak working set ≤ 100 MB at 1,000,000 users: {big.PeakWorkingSetMegabytes:N0} MB — {Verdict(big.PeakWorkingSetMegabytes <= 100)}");
            }
            if (Find("memory-1m-gen0", "d") is { } bounded)
            {
                // The same stream with the GC's young generation at 16 MB: what the library holds, whatever the host's L3 makes the GC pick.
                yield return FormattableString.Invariant(
                    $"(d) peak working set ≤ 100 MB at 1,000,000 users, young generation bounded at 16 MB: {bounded.PeakWorkingSetMegabytes:N0} MB — {Verdict(bounded.PeakWorkingSetMegabytes <= 100)}");
            }
        }

        private static IEnumerable<string> CsvTargets(IReadOnlyList<Measurement> all)
        {
            Measurement? Find(string scenario, string variant) =>
                all.FirstOrDefault(m => m.Scenario.Name == scenario && m.Variant == variant);

            if (Find("csv-read", "f") is { } helperRead && Find("csv-read", "m") is { } sepRead)
            {
                yield return FormattableString.Invariant($"CSV library, reading: Sep {sepRead.UsersPerSecond / helperRead.UsersPerSecond:0.00}× CsvHelper (rows/s, same run)");
            }
            if (Find("csv-write", "h") is { } helperWrite && Find("csv-write", "g") is { } sepWrite)
            {
                yield return FormattableString.Invariant($"CSV library, writing: Sep {sepWrite.UsersPerSecond / helperWrite.UsersPerSecond:0.00}× CsvHelper (rows/s, same run)");
            }
            foreach (var (small, big, variant, what) in new[] { ("csv-read-memory-100k", "csv-read-memory-1m", "i", "(i) reader"), ("export-100k", "export-1m", "j", "(j) export") })
            {
                if (Find(small, variant) is { } s && Find(big, variant) is { } b)
                {
                    var growth = b.PeakWorkingSetMegabytes / s.PeakWorkingSetMegabytes;
                    yield return FormattableString.Invariant(
                        $"{what} peak working set flat from 100,000 to 1,000,000 users: {s.PeakWorkingSetMegabytes:N0} MB → {b.PeakWorkingSetMegabytes:N0} MB ({growth:0.00}×) — {Verdict(growth < 1.25)}");
                }
            }
            foreach (var scenario in new[] { "export-100k", "export-1m" })
            {
                if (Find(scenario, "d") is { } stream && Find(scenario, "j") is { } export)
                {
                    yield return FormattableString.Invariant(
                        $"{scenario}: export {export.UsersPerSecond:N0} users/s against the plain REST stream's {stream.UsersPerSecond:N0} ({export.UsersPerSecond / stream.UsersPerSecond:0.00}×, same run)");
                }
            }
        }

        /// <summary>The cold-pass facts of a row, or a dash for scenarios warmed up with a few pages.</summary>
        private static string Cold(Measurement row, string? value = null) =>
            row.Scenario.Settle ? value ?? FormattableString.Invariant($"{row.MedianColdSeconds:0.000}") : "–";

        private static string Verdict(bool met) => met ? "met" : "**not met**";

        private static string? LoadAverage()
        {
            const string loadAverage = "/proc/loadavg";
            return File.Exists(loadAverage) ? string.Join(", ", File.ReadAllText(loadAverage).Split(' ').Take(3)) : null;
        }

        private static string? LastLevelCache()
        {
            const string size = "/sys/devices/system/cpu/cpu0/cache/index3/size";
            return File.Exists(size) ? File.ReadAllText(size).Trim() : null;
        }

        private static string CpuModel()
        {
            const string cpuInfo = "/proc/cpuinfo";
            var line = File.Exists(cpuInfo)
                ? File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
                : null;
            return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':') + 1)..].Trim();
        }
    }
}
