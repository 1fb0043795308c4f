using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace OneRoster.Bench
{
    /// <summary>
    /// Serves each scenario from this process and measures every variant in a fresh child process of
    /// this same program, so one variant's heap and JIT state never count against another.
    /// </summary>
    internal sealed class Orchestrator
    {
        private readonly TextWriter _out;

        public Orchestrator(TextWriter output) => _out = output;

        /// <summary>All measurements, or null when a variant failed (wrong count, crash).</summary>
        public async Task<IReadOnlyList<Measurement>?> RunAsync(IReadOnlyList<Scenario> scenarios)
        {
            var measurements = new List<Measurement>();
            foreach (var scenario in scenarios)
            {
                await using var source = await ScenarioSource.StartAsync(scenario).ConfigureAwait(false);
                var warmUp = scenario.Cold ? "no warm-up, timed from process start" : scenario.Settle ? "warming up until the JIT settles" : "a warm-up of a few pages";
                _out.WriteLine($"== {scenario.Title} ({source.Description}, {scenario.Rounds} round(s) of {scenario.Iterations} pass(es) after {warmUp})");
                var rounds = scenario.Variants.ToDictionary(v => v, _ => new List<Measurement>());
                for (var round = 1; round <= scenario.Rounds; round++)
                {
                    foreach (var variant in scenario.Variants)
                    {
                        var measurement = await MeasureAsync(scenario, variant, source.BaseUrl).ConfigureAwait(false);
                        if (measurement is null)
                        {
                            return null;
                        }
                        rounds[variant].Add(measurement);
                        _out.WriteLine(Line($"round {round}: {Variant.Describe(variant),-52}", measurement, ratio: ""));
                    }
                }
                var merged = scenario.Variants.Select(v => Measurement.Merge(rounds[v])).ToList();
                var baseline = merged.FirstOrDefault(m => m.Variant == scenario.Baseline);
                foreach (var measurement in merged)
                {
                    measurements.Add(measurement);
                    var ratio = baseline is null || merged.Count == 1 ? "" : $"  {measurement.UsersPerSecond / baseline.UsersPerSecond:0.00}x ({scenario.Baseline})";
                    _out.WriteLine(Line($"{Variant.Describe(measurement.Variant),-61}", measurement, ratio));
                }
            }
            return measurements;
        }

        private static string Line(string label, Measurement m, string ratio) => FormattableString.Invariant(
            $"   {label} {m.UsersPerSecond,10:N0} users/s{ratio}  {(m.Scenario.Cold ? $"first record {m.MedianFirstRecordSeconds:0.00} s  JIT {m.MedianJitSeconds:0.00} s  " : m.Scenario.Settle ? $"cold {m.MedianColdSeconds:0.00} s  " : "")}JIT {m.MedianJitMethods:0}  CPU {m.MedianCpuSeconds:0.00} s  gen2 {m.MedianFullCollections:0}  GC pause {m.MedianPauseSeconds:0.00} s  peak WS {m.PeakWorkingSetMegabytes:N0} MB");

        private async Task<Measurement?> MeasureAsync(Scenario scenario, string variant, Uri baseUrl)
        {
            var started = Stopwatch.GetTimestamp();
            var fields = await RunChildAsync(new[]
            {
                "--variant", variant, "--base-url", baseUrl.ToString(),
                "--users", scenario.Users.ToString(CultureInfo.InvariantCulture),
                "--page", scenario.PageSize.ToString(CultureInfo.InvariantCulture),
                "--iterations", scenario.Iterations.ToString(CultureInfo.InvariantCulture),
                "--warm-up", scenario.Cold ? "cold" : scenario.Settle ? "settle" : "pages",
            }, BenchRun.ResultPrefix, scenario.Gen0Budget is { } budget ? new Dictionary<string, string> { ["DOTNET_GCgen0size"] = budget } : null).ConfigureAwait(false);
            if (fields is null)
            {
                _out.WriteLine($"   {Variant.Describe(variant)} FAILED.");
                return null;
            }
            var seconds = Numbers(fields[1]);
            var cold = Numbers(fields[6]);
            double[]? firstRecord = null, jit = null;
            if (scenario.Cold)
            {
                // End to end: from before the process started to the child's last record, on the shared monotonic clock.
                double Since(string timestamp) => (long.Parse(timestamp, CultureInfo.InvariantCulture) - started) / (double)Stopwatch.Frequency;
                seconds = cold = new[] { Since(fields[8]) };
                firstRecord = new[] { Since(fields[9]) };
                jit = Numbers(fields[10]);
            }
            return new Measurement(scenario, variant, long.Parse(fields[0], CultureInfo.InvariantCulture), seconds, Numbers(fields[2]), Numbers(fields[3]), Numbers(fields[4]),
                Numbers(fields[5]), cold, Numbers(fields[7]), firstRecord, jit);
        }

        private static double[] Numbers(string list) =>
            list.Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();

        /// <summary>
        /// Runs one measurement in a fresh process of this program and returns the fields of its result line (the
        /// line starting with <paramref name="resultPrefix"/>), or null when it failed or printed none.
        /// </summary>
        internal static async Task<string[]?> RunChildAsync(IEnumerable<string> arguments, string resultPrefix, IReadOnlyDictionary<string, string>? environment = null)
        {
            var start = SelfStart();
            foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            {
                start.Environment[name] = value;
            }
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }
            start.RedirectStandardOutput = true;
            start.UseShellExecute = false;
            using var child = Process.Start(start)!;
            var output = await child.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
            await child.WaitForExitAsync().ConfigureAwait(false);
            var result = output.Split('\n').FirstOrDefault(line => line.StartsWith(resultPrefix, StringComparison.Ordinal));
            return child.ExitCode != 0 || result is null ? null : result[resultPrefix.Length..].Trim().Split(' ');
        }

        /// <summary>This program again: its apphost, or `dotnet OneRoster.Bench.dll` when started through dotnet.</summary>
        internal static ProcessStartInfo SelfStart()
        {
            var path = Environment.ProcessPath!;
            if (Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            {
                var start = new ProcessStartInfo(path);
                start.ArgumentList.Add(typeof(Orchestrator).Assembly.Location);
                return start;
            }
            return new ProcessStartInfo(path);
        }
    }
}
