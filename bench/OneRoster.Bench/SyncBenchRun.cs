using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Npgsql;
using OneRoster.Sync;

namespace OneRoster.Bench
{
    /// <summary>
    /// One sync-scenario child process (its peak working set is its own): <c>stream</c> reads users and enrollments
    /// with <c>StreamAsync</c> (a warm-up pass, then measured passes); <c>sqlite-floor</c> inserts the same rows with SQLite alone (<see cref="SqliteFloor"/>); <c>sqlite</c> and <c>postgres</c> run a full
    /// <see cref="RosterSync"/> into a new store, ask the provider to modify a percentage of the records, and run the
    /// delta. Every run must bring exactly the records the provider holds, or the child fails.
    /// </summary>
    internal static class SyncBenchRun
    {
        public const string ResultPrefix = "SYNCRESULT ";

        /// <summary>Where the postgres variant's server is: this variable, else the tests' one.</summary>
        public static string? PostgresConnectionString =>
            Environment.GetEnvironmentVariable("ONEROSTER_BENCH_POSTGRES") is { Length: > 0 } bench ? bench
            : Environment.GetEnvironmentVariable("ONEROSTER_TEST_POSTGRES") is { Length: > 0 } tests ? tests : null;

        public static async Task<int> RunAsync(string variant, Uri baseUrl, int users, int enrollments, double deltaPercent, int passes, bool warmUp)
        {
            var expected = (long)users + enrollments;
            var options = Variant.ClientOptions(baseUrl, pageSize: 1000, maxConcurrency: null);
            using var client = new OneRosterClient(options);
            using var self = Process.GetCurrentProcess();
            double[] seconds;
            double cpu;
            double deltaSeconds = 0;
            long deltaFetched = 0;
            long touched = 0;
            double coldSeconds = 0;
            switch (variant)
            {
                case "stream":
                    var warmUpClock = Stopwatch.StartNew();
                    await StreamAsync(client, enrollments > 0).ConfigureAwait(false);
                    coldSeconds = warmUpClock.Elapsed.TotalSeconds;
                    seconds = new double[passes];
                    var cpuBefore = self.TotalProcessorTime;
                    for (var i = 0; i < passes; i++)
                    {
                        var clock = Stopwatch.StartNew();
                        var read = await StreamAsync(client, enrollments > 0).ConfigureAwait(false);
                        seconds[i] = clock.Elapsed.TotalSeconds;
                        if (read != expected)
                        {
                            Console.Error.WriteLine($"stream: read {read} records, expected {expected}.");
                            return 2;
                        }
                    }
                    self.Refresh();
                    cpu = (self.TotalProcessorTime - cpuBefore).TotalSeconds / passes;
                    break;
                case "sqlite-floor":
                    // One load to compile the loop, then the measured load into a new file (see SqliteFloor).
                    coldSeconds = await SqliteFloor.LoadAsync(users, enrollments).ConfigureAwait(false);
                    var floorCpu = self.TotalProcessorTime;
                    seconds = new[] { await SqliteFloor.LoadAsync(users, enrollments).ConfigureAwait(false) };
                    self.Refresh();
                    cpu = (self.TotalProcessorTime - floorCpu).TotalSeconds;
                    break;
                case "sqlite":
                case "postgres":
                    var collections = enrollments > 0 ? new[] { SyncCollection.Users, SyncCollection.Enrollments } : new[] { SyncCollection.Users };
                    if (warmUp)
                    {
                        // The same full sync into a throwaway store first, like the stream's warm-up pass: the measured
                        // run is the steady state, and this cold one is reported beside it.
                        var (coldStore, coldCleanUp) = OpenStore(variant);
                        try
                        {
                            var coldClock = Stopwatch.StartNew();
                            var coldSync = new RosterSync(client, coldStore, new RosterSyncOptions { Tenant = "bench", Collections = collections });
                            var cold = await coldSync.RunAsync().ConfigureAwait(false);
                            coldSeconds = coldClock.Elapsed.TotalSeconds;
                            // A delta too (nothing has changed yet, so it brings nothing): the measured delta is then the
                            // first run of a warm process on its path (the filtered query), as the full run is on its own.
                            await coldSync.RunAsync().ConfigureAwait(false);
                            if (cold.Fetched != expected)
                            {
                                Console.Error.WriteLine($"{variant}: the warm-up sync fetched {cold.Fetched} records, expected {expected}.");
                                return 2;
                            }
                        }
                        finally
                        {
                            await coldStore.DisposeAsync().ConfigureAwait(false);
                            await coldCleanUp().ConfigureAwait(false);
                        }
                    }
                    var (store, cleanUp) = OpenStore(variant);
                    try
                    {
                        var sync = new RosterSync(client, store, new RosterSyncOptions { Tenant = "bench", Collections = collections });
                        var before = self.TotalProcessorTime;
                        var clock = Stopwatch.StartNew();
                        var full = await sync.RunAsync().ConfigureAwait(false);
                        seconds = new[] { clock.Elapsed.TotalSeconds };
                        self.Refresh();
                        cpu = (self.TotalProcessorTime - before).TotalSeconds;
                        var stored = 0L;
                        foreach (var collection in collections)
                        {
                            stored += await store.CountAsync("bench", collection).ConfigureAwait(false);
                        }
                        if (full.Fetched != expected || stored != expected)
                        {
                            Console.Error.WriteLine($"{variant}: the full sync fetched {full.Fetched} and stored {stored} records, expected {expected}.");
                            return 2;
                        }
                        if (deltaPercent > 0)
                        {
                            touched = await TouchAsync(baseUrl, deltaPercent).ConfigureAwait(false);
                            clock.Restart();
                            var delta = await sync.RunAsync().ConfigureAwait(false);
                            deltaSeconds = clock.Elapsed.TotalSeconds;
                            deltaFetched = delta.Fetched;
                            var updated = delta.Collections.Sum(c => c.Updated);
                            if (delta.Collections.Any(c => c.Mode != SyncMode.Delta) || deltaFetched != touched || updated != touched)
                            {
                                Console.Error.WriteLine($"{variant}: the delta ran as {string.Join(",", delta.Collections.Select(c => c.Mode))}, fetched {deltaFetched} and updated {updated}; {touched} records were modified.");
                                return 2;
                            }
                        }
                    }
                    finally
                    {
                        await store.DisposeAsync().ConfigureAwait(false);
                        await cleanUp().ConfigureAwait(false);
                    }
                    break;
                default:
                    Console.Error.WriteLine($"Unknown sync variant '{variant}' (stream, sqlite, sqlite-floor, postgres).");
                    return 1;
            }

            self.Refresh();
            Console.WriteLine(ResultPrefix + string.Join(" ",
                self.PeakWorkingSet64.ToString(CultureInfo.InvariantCulture),
                string.Join(",", seconds.Select(s => s.ToString("R", CultureInfo.InvariantCulture))),
                cpu.ToString("R", CultureInfo.InvariantCulture),
                deltaSeconds.ToString("R", CultureInfo.InvariantCulture),
                deltaFetched.ToString(CultureInfo.InvariantCulture),
                touched.ToString(CultureInfo.InvariantCulture),
                coldSeconds.ToString("R", CultureInfo.InvariantCulture)));
            return 0;
        }

        private static async Task<long> StreamAsync(OneRosterClient client, bool enrollments)
        {
            long count = 0;
            await foreach (var user in client.Users.StreamAsync().ConfigureAwait(false))
            {
                count += user.SourcedId is null ? 0 : 1;
            }
            if (enrollments)
            {
                await foreach (var enrollment in client.Enrollments.StreamAsync().ConfigureAwait(false))
                {
                    count += enrollment.SourcedId is null ? 0 : 1;
                }
            }
            return count;
        }

        private static async Task<long> TouchAsync(Uri baseUrl, double percent)
        {
            using var http = new HttpClient { BaseAddress = baseUrl };
            using var response = await http.PostAsync(SyncBenchProvider.TouchPath.TrimStart('/') + "?percent=" + percent.ToString(CultureInfo.InvariantCulture), null).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            return long.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        /// <summary>A new, empty store and what removes it afterwards: a SQLite file in a temporary folder, or a PostgreSQL schema.</summary>
        private static (IRosterStore Store, Func<Task> CleanUp) OpenStore(string variant)
        {
            if (variant == "sqlite")
            {
                var folder = Path.Combine(Path.GetTempPath(), "oneroster-bench-sync-" + Guid.NewGuid().ToString("N")[..8]);
                Directory.CreateDirectory(folder);
                return (new SqliteRosterStore(Path.Combine(folder, "bench.db")), () =>
                {
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    Directory.Delete(folder, recursive: true);
                    return Task.CompletedTask;
                });
            }
            var connectionString = PostgresConnectionString ?? throw new InvalidOperationException("No PostgreSQL server: set ONEROSTER_BENCH_POSTGRES (or ONEROSTER_TEST_POSTGRES).");
            var schema = "bench_" + Guid.NewGuid().ToString("N")[..12];
            return (new PostgresRosterStore(connectionString, schema), async () =>
            {
                await using var dataSource = NpgsqlDataSource.Create(connectionString);
                await using var drop = dataSource.CreateCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE");
                await drop.ExecuteNonQueryAsync().ConfigureAwait(false);
            });
        }
    }
}
