using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Runtime;
using System.Threading;
using System.Threading.Tasks;

namespace OneRoster.Bench
{
    /// <summary>
    /// One variant measured in its own process (so its peak working set is its own): a warm-up, then full passes
    /// over the collection, each of which must return every user. The speed scenarios warm up with full passes
    /// until the JIT has settled: tiered compilation keeps recompiling the hot request path for several seconds,
    /// on the same cores, and a variant that is bound by CPU rather than by the network pays for that in
    /// its first passes. The first (cold) pass is reported too.
    /// </summary>
    internal static class BenchRun
    {
        public const string ClientId = "bench-client";
        public const string ClientSecret = "bench-secret-not-real";
        public const string ResultPrefix = "RESULT ";
        private const int WarmUpPages = 5;

        /// <summary>A warm-up pass that compiled fewer methods than this is taken as the JIT having settled.</summary>
        private const int SettledJitMethods = 50;

        private const int MaxWarmUpPasses = 10;

        /// <param name="settle">Warm up with full passes until the JIT settles; otherwise with a few pages (the memory scenarios).</param>
        public static async Task<int> RunAsync(string variantName, Uri baseUrl, int users, int pageSize, int iterations, bool settle)
        {
            CsvVariants.Rows = users;
            using var variant = Variant.Create(variantName, baseUrl, pageSize);
            double coldSeconds = 0;
            var warmUpPasses = 0;
            if (settle)
            {
                long compiled;
                do
                {
                    var before = JitInfo.GetCompiledMethodCount();
                    var warmUp = Stopwatch.StartNew();
                    var read = await variant.ReadAllAsync(null, CancellationToken.None).ConfigureAwait(false);
                    coldSeconds = warmUpPasses == 0 ? warmUp.Elapsed.TotalSeconds : coldSeconds;
                    compiled = JitInfo.GetCompiledMethodCount() - before;
                    warmUpPasses++;
                    if (read != users)
                    {
                        Console.Error.WriteLine($"{variant.Description}: read {read} users in a warm-up pass, expected {users}.");
                        return 2;
                    }
                }
                while (compiled >= SettledJitMethods && warmUpPasses < MaxWarmUpPasses);
            }
            else
            {
                await variant.ReadAllAsync(Math.Min(users, (long)pageSize * WarmUpPages), CancellationToken.None).ConfigureAwait(false);
            }

            using var self = Process.GetCurrentProcess();
            var seconds = new double[iterations];
            var cpuSeconds = new double[iterations];
            var fullCollections = new double[iterations];
            var pauseSeconds = new double[iterations];
            var jitMethods = new double[iterations];
            for (var i = 0; i < iterations; i++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                self.Refresh();
                var cpuBefore = self.TotalProcessorTime;
                var gen2Before = GC.CollectionCount(2);
                var pauseBefore = GC.GetTotalPauseDuration();
                var jitBefore = JitInfo.GetCompiledMethodCount();
                var clock = Stopwatch.StartNew();
                var count = await variant.ReadAllAsync(null, CancellationToken.None).ConfigureAwait(false);
                seconds[i] = clock.Elapsed.TotalSeconds;
                self.Refresh();
                cpuSeconds[i] = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
                // Full (gen2) collections and GC pauses of the pass itself, the forced collection before it excluded:
                // they show when a variant keeps objects alive long enough to be promoted (docs/pagination.md).
                fullCollections[i] = GC.CollectionCount(2) - gen2Before;
                pauseSeconds[i] = (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds;
                jitMethods[i] = JitInfo.GetCompiledMethodCount() - jitBefore;
                if (count != users)
                {
                    Console.Error.WriteLine($"{variant.Description}: read {count} users, expected {users}.");
                    return 2;
                }
            }

            self.Refresh();
            Console.WriteLine(FormattableString.Invariant(
                $"GC over the whole run: gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)} (of them {iterations} forced between passes), pause {GC.GetTotalPauseDuration().TotalSeconds:0.00} s"));
            Console.WriteLine(ResultPrefix + string.Join(" ",
                self.PeakWorkingSet64.ToString(CultureInfo.InvariantCulture),
                Joined(seconds),
                Joined(cpuSeconds),
                Joined(fullCollections),
                Joined(pauseSeconds),
                Joined(jitMethods),
                coldSeconds.ToString("R", CultureInfo.InvariantCulture),
                warmUpPasses.ToString(CultureInfo.InvariantCulture)));
            return 0;
        }

        /// <summary>
        /// A cold sample: no warm-up, one pass, as a nightly job or a command-line call runs. The time that counts is the
        /// parent's, from before it started this process to <see cref="Stopwatch.GetTimestamp"/> at the last record (printed
        /// last; the monotonic clock is the same in both processes); CPU, collections and JIT are the whole process's.
        /// </summary>
        public static async Task<int> RunColdAsync(string variantName, Uri baseUrl, int users, int pageSize)
        {
            var clock = Stopwatch.StartNew();
            using var variant = Variant.Create(variantName, baseUrl, pageSize);
            var count = await variant.ReadAllAsync(null, CancellationToken.None).ConfigureAwait(false);
            var ended = Stopwatch.GetTimestamp();
            var seconds = clock.Elapsed.TotalSeconds;
            if (count != users)
            {
                Console.Error.WriteLine($"{variant.Description}: read {count} users, expected {users}.");
                return 2;
            }
            using var self = Process.GetCurrentProcess();
            double[] One(double value) => new[] { value };
            Console.WriteLine(ResultPrefix + string.Join(" ",
                self.PeakWorkingSet64.ToString(CultureInfo.InvariantCulture),
                Joined(One(seconds)),
                Joined(One(self.TotalProcessorTime.TotalSeconds)),
                Joined(One(GC.CollectionCount(2))),
                Joined(One(GC.GetTotalPauseDuration().TotalSeconds)),
                Joined(One(JitInfo.GetCompiledMethodCount())),
                seconds.ToString("R", CultureInfo.InvariantCulture),
                "0",
                ended.ToString(CultureInfo.InvariantCulture),
                Variant.FirstRecordTimestamp.ToString(CultureInfo.InvariantCulture),
                JitInfo.GetCompilationTime().TotalSeconds.ToString("R", CultureInfo.InvariantCulture)));
            return 0;
        }

        private static string Joined(double[] values) => string.Join(",", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
    }
}
