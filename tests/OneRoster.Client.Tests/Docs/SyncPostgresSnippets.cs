using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using OneRoster.Sync;

namespace OneRoster.Tests.Docs
{
    // The snippets of docs/sync.md, "PostgreSQL" and "Many tenants and workers", compiled; DocSnippetTests fails
    // when the two drift apart.
    internal static class SyncPostgresSnippets
    {
        public static async Task<SyncReport> Connect(OneRosterClient client, string connectionString, CancellationToken cancellationToken)
        {
            await using var store = new PostgresRosterStore(connectionString, schema: "oneroster_sync");
            var sync = new RosterSync(client, store, new RosterSyncOptions { Tenant = "district-042" });
            SyncReport report = await sync.RunAsync(cancellationToken: cancellationToken);
            return report;
        }

        public static async Task DataSource(string connectionString)
        {
            await using NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);
            await using var shared = new PostgresRosterStore(dataSource);   // the data source stays yours to dispose
            await shared.MigrateAsync();
        }

        public static async Task Workers(
            IRosterStore store, IEnumerable<KeyValuePair<string, Uri>> tenants, Func<KeyValuePair<string, Uri>, OneRosterClientOptions> clientOptionsFor, CancellationToken cancellationToken)
        {
            await Parallel.ForEachAsync(tenants, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
                async (tenant, token) =>
                {
                    using var client = new OneRosterClient(clientOptionsFor(tenant));
                    var sync = new RosterSync(client, store, new RosterSyncOptions { Tenant = tenant.Key });
                    SyncReport report = await sync.RunAsync(cancellationToken: token);
                    Console.WriteLine($"{tenant.Key}: {report.Changed} changes in {report.Duration}");
                });
        }
    }
}
