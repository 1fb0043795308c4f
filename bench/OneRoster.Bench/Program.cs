using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace OneRoster.Bench
{
    /// <summary>
    /// Entry point. Without --variant: the orchestrator (starts the provider per scenario, runs each
    /// variant in a child process, prints and writes the table). With --variant: one child run.
    /// </summary>
    internal static class Program
    {
        private const string Usage =
            "usage: OneRoster.Bench [--scenario throughput|latency|memory|csv|export|all (comma-separated)] [--iterations K] [--rounds R] [--output FILE]\n" +
            "                       [--users N --page P --latency-ms L --variants abcd --source bench|fake|file --baseline a]   (one custom scenario)\n" +
            "       OneRoster.Bench --variant a..j --base-url URL --users N --page P --iterations K [--warm-up settle|pages|cold]   (child run)\n" +
            "       OneRoster.Bench --scenario sync [--sync-users N] [--memory-users 100000,1000000] [--rounds R] [--delta-percent P] [--output FILE]   (issue 18; PostgreSQL from ONEROSTER_BENCH_POSTGRES)\n" +
            "       OneRoster.Bench --sync-variant stream|sqlite|sqlite-floor|postgres --base-url URL --users N --enrollments M --delta-percent P --iterations K [--warm-up none]   (sync child run)\n" +
            "       OneRoster.Bench --serve SECONDS [--users N --latency-ms L]   (provider only, prints its URL; for profiling a child run)";

        public static async Task<int> Main(string[] args)
        {
            Dictionary<string, string> options;
            try
            {
                options = Parse(args);
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine(e.Message);
                Console.Error.WriteLine(Usage);
                return 1;
            }
            var iterations = Int(options, "iterations", 3);
            if (options.TryGetValue("serve", out var seconds))
            {
                return await ServeAsync(options, TimeSpan.FromSeconds(int.Parse(seconds, NumberStyles.None, CultureInfo.InvariantCulture))).ConfigureAwait(false);
            }
            if (options.TryGetValue("sync-variant", out var syncVariant))
            {
                return await SyncBenchRun.RunAsync(syncVariant, new Uri(options["base-url"]), Int(options, "users", 100_000), Int(options, "enrollments", 0),
                    Double(options, "delta-percent", 1), iterations,
                    warmUp: !options.TryGetValue("warm-up", out var syncWarmUp) || syncWarmUp != "none").ConfigureAwait(false);
            }
            if (options.TryGetValue("scenario", out var named) && named == "sync")
            {
                return await SyncAsync(options).ConfigureAwait(false);
            }
            if (options.TryGetValue("variant", out var variant) && options.TryGetValue("warm-up", out var mode) && mode == "cold")
            {
                return await BenchRun.RunColdAsync(variant, new Uri(options["base-url"]), Int(options, "users", 100_000), Int(options, "page", 1000)).ConfigureAwait(false);
            }
            if (options.TryGetValue("variant", out variant))
            {
                return await BenchRun.RunAsync(variant, new Uri(options["base-url"]), Int(options, "users", 100_000), Int(options, "page", 1000), iterations,
                    settle: !options.TryGetValue("warm-up", out var warmUp) || warmUp != "pages").ConfigureAwait(false);
            }

            _ = ResultsReport.LoadAtStart;
            var scenarios = Select(options, iterations, Int(options, "rounds", 3));
            if (scenarios.Count == 0)
            {
                Console.Error.WriteLine(Usage);
                return 1;
            }
            var output = options.TryGetValue("output", out var file) ? file : Path.Combine(RepositoryRoot(), "bench", "results.md");
            var measurements = await new Orchestrator(Console.Out).RunAsync(scenarios).ConfigureAwait(false);
            if (measurements is null)
            {
                return 2;
            }
            // The sync scenarios write their own section (--scenario sync) and notes are added by hand: a run of the others keeps them.
            var kept = File.Exists(output) ? KeptSections.Of(File.ReadAllText(output)) : Array.Empty<string>();
            File.WriteAllText(output, ResultsReport.Render(measurements) + string.Concat(kept.Select(block => "\n" + block + "\n")));
            Console.WriteLine($"Wrote {output}");
            return 0;
        }

        /// <summary>The sync scenarios (not part of <c>all</c>: minutes of CPU, and a PostgreSQL server for one variant).</summary>
        private static async Task<int> SyncAsync(Dictionary<string, string> options)
        {
            var output = options.TryGetValue("output", out var file) ? file : Path.Combine(RepositoryRoot(), "bench", "results.md");
            var memoryUsers = (options.TryGetValue("memory-users", out var list) ? list : "100000,1000000")
                .Split(',', StringSplitOptions.RemoveEmptyEntries).Select(n => int.Parse(n, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
            var section = await new SyncBench(Console.Out).RunAsync(Int(options, "sync-users", 100_000), memoryUsers, Int(options, "rounds", 1), Double(options, "delta-percent", 1)).ConfigureAwait(false);
            if (section is null)
            {
                return 2;
            }
            File.WriteAllText(output, SyncBench.Replace(File.Exists(output) ? File.ReadAllText(output) : "# Benchmark results\n", section));
            Console.WriteLine($"Wrote the sync section of {output}");
            return 0;
        }

        /// <summary>Only the provider, for a while: lets a profiler attach to one child run started by hand.</summary>
        private static async Task<int> ServeAsync(Dictionary<string, string> options, TimeSpan duration)
        {
            var catalog = new UserCatalog(Int(options, "users", 100_000));
            await using var provider = await BenchProvider.StartAsync(catalog, TimeSpan.FromMilliseconds(Int(options, "latency-ms", 0))).ConfigureAwait(false);
            Console.WriteLine(provider.BaseUrl);
            await Task.Delay(duration).ConfigureAwait(false);
            return 0;
        }

        private static IReadOnlyList<Scenario> Select(Dictionary<string, string> options, int iterations, int rounds)
        {
            if (options.ContainsKey("users") || options.ContainsKey("page") || options.ContainsKey("latency-ms") || options.ContainsKey("variants") || options.ContainsKey("source"))
            {
                var latency = TimeSpan.FromMilliseconds(Int(options, "latency-ms", 0));
                var users = Int(options, "users", 100_000);
                var page = Int(options, "page", 1000);
                var variants = (options.TryGetValue("variants", out var v) ? v : "abcd").Select(c => c.ToString()).ToArray();
                var source = options.TryGetValue("source", out var from) ? from : "bench";
                var baseline = options.TryGetValue("baseline", out var b) ? b : variants[0];
                return new[] { new Scenario("custom", $"{users:N0} users, page {page}, {latency.TotalMilliseconds} ms per request, from {source}", users, page, latency, variants, iterations, rounds, Source: source, Baseline: baseline) };
            }
            var names = (options.TryGetValue("scenario", out var s) ? s : "all").Split(',');
            return Scenario.Defaults(iterations, rounds).Where(x => names.Any(name => name == "all" || x.Name.StartsWith(name, StringComparison.Ordinal))).ToArray();
        }

        private static Dictionary<string, string> Parse(string[] args)
        {
            var options = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < args.Length; i++)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                {
                    throw new ArgumentException($"Unexpected argument '{args[i]}'.");
                }
                options[args[i][2..]] = args[++i];
            }
            return options;
        }

        private static double Double(Dictionary<string, string> options, string name, double fallback) =>
            options.TryGetValue(name, out var text) ? double.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) : fallback;

        private static int Int(Dictionary<string, string> options, string name, int fallback) =>
            options.TryGetValue(name, out var text) ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : fallback;

        /// <summary>The folder holding OneRoster.Generated.sln (results go to its bench/), else the current folder.</summary>
        private static string RepositoryRoot()
        {
            for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "OneRoster.Generated.sln")))
                {
                    return dir.FullName;
                }
            }
            return Environment.CurrentDirectory;
        }
    }
}
