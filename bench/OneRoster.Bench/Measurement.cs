using System;
using System.Collections.Generic;
using System.Linq;

namespace OneRoster.Bench
{
    /// <summary>What one variant's child process reported for one scenario.</summary>
    internal sealed record Measurement(
        Scenario Scenario, string Variant, long PeakWorkingSetBytes, IReadOnlyList<double> Seconds, IReadOnlyList<double> CpuSeconds,
        IReadOnlyList<double> FullCollections, IReadOnlyList<double> PauseSeconds, IReadOnlyList<double> JitMethods,
        IReadOnlyList<double> ColdSeconds, IReadOnlyList<double> WarmUpPasses, IReadOnlyList<double>? FirstRecordSeconds = null, IReadOnlyList<double>? JitSeconds = null)
    {
        /// <summary>Cold scenarios: median seconds from before the process started to its first record (token and first page included).</summary>
        public double MedianFirstRecordSeconds => FirstRecordSeconds is { Count: > 0 } values ? Median(values) : 0;

        /// <summary>Cold scenarios: median seconds the JIT spent compiling over the whole process (<c>JitInfo.GetCompilationTime</c>).</summary>
        public double MedianJitSeconds => JitSeconds is { Count: > 0 } values ? Median(values) : 0;

        /// <summary>Median seconds of the full passes (the middle one, or the mean of the middle two).</summary>
        public double MedianSeconds => Median(Seconds);

        /// <summary>
        /// Median CPU seconds the client process spent per pass: on a shared, loaded machine this moves far less
        /// than wall-clock time, so it tells a real cost difference from noise.
        /// </summary>
        public double MedianCpuSeconds => Median(CpuSeconds);

        /// <summary>Median number of full (gen2) garbage collections per pass.</summary>
        public double MedianFullCollections => Median(FullCollections);

        /// <summary>Median time per pass the process was paused for garbage collection.</summary>
        public double MedianPauseSeconds => Median(PauseSeconds);

        /// <summary>Median number of methods the JIT compiled during a measured pass (near zero once it has settled).</summary>
        public double MedianJitMethods => Median(JitMethods);

        /// <summary>Median over rounds of the first pass of a fresh process (JIT cold); 0 without a full-pass warm-up.</summary>
        public double MedianColdSeconds => Median(ColdSeconds);

        /// <summary>Most full passes a round needed before its JIT settled.</summary>
        public double MostWarmUpPasses => WarmUpPasses.Max();

        public double UsersPerSecond => Scenario.Users / MedianSeconds;

        public double PeakWorkingSetMegabytes => PeakWorkingSetBytes / (1024.0 * 1024.0);

        /// <summary>The rounds of one variant as one measurement: every pass, and the highest peak working set.</summary>
        public static Measurement Merge(IReadOnlyList<Measurement> rounds) => rounds.Count == 1 ? rounds[0] : new(
            rounds[0].Scenario,
            rounds[0].Variant,
            rounds.Max(r => r.PeakWorkingSetBytes),
            rounds.SelectMany(r => r.Seconds).ToList(),
            rounds.SelectMany(r => r.CpuSeconds).ToList(),
            rounds.SelectMany(r => r.FullCollections).ToList(),
            rounds.SelectMany(r => r.PauseSeconds).ToList(),
            rounds.SelectMany(r => r.JitMethods).ToList(),
            rounds.SelectMany(r => r.ColdSeconds).ToList(),
            rounds.SelectMany(r => r.WarmUpPasses).ToList(),
            rounds.SelectMany(r => r.FirstRecordSeconds ?? Array.Empty<double>()).ToList(),
            rounds.SelectMany(r => r.JitSeconds ?? Array.Empty<double>()).ToList());

        private static double Median(IReadOnlyList<double> values)
        {
            var sorted = values.OrderBy(s => s).ToArray();
            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }
}
