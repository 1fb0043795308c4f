using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OneRoster.Errors;
using OneRoster.Sync;
using OneRoster.Testing;

namespace OneRoster.Tests.Docs
{
    // The snippets of docs/sync.md, compiled; DocSnippetTests fails when the two drift apart.
    internal static class SyncSnippets
    {
        public static async Task Mirror()
        {
            using var client = new OneRosterClient(OneRosterClientOptions.FromEnvironmentVariables());
            await using var store = new SqliteRosterStore("roster.db");
            var sync = new RosterSync(client, store);

            SyncReport report = await sync.RunAsync();
            foreach (CollectionReport c in report.Collections)
            {
                Console.WriteLine($"{c.Collection}: {c.Mode}, {c.Fetched} fetched, {c.Inserted} new, {c.Updated} changed, {c.Deleted} deleted");
            }
        }

        public static async Task Guard(RosterSync sync)
        {
            try
            {
                await sync.RunAsync();
            }
            catch (RosterMassDeletionException e)
            {
                foreach (CollectionReport c in e.Tripped)
                {
                    Console.WriteLine($"{c.Collection}: {c.MassDeletion!.Absent} of {c.MassDeletion.Stored} absent; nothing deleted");
                }
                // After checking with the district that the records are really gone:
                await sync.RunAsync(new SyncRunOptions { AllowMassDeletion = true });
            }
        }

        public static async Task Worker(string[] args)
        {
            var builder = Host.CreateApplicationBuilder(args);
            builder.Services.AddOneRosterClient(builder.Configuration.GetSection("OneRoster"));
            builder.Services.AddOneRosterSync(_ => new SqliteRosterStore("roster.db"), o => o.Collections = SyncCollection.Rostering);
            builder.Services.AddHostedService<NightlyRosterSync>();
            await builder.Build().RunAsync();
        }

        public static async Task TestingYourSync()
        {
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 500));
            using var client = new OneRosterClient(fake.CreateClientOptions());
            await using var store = new SqliteRosterStore(Path.Combine(Path.GetTempPath(), "test-roster.db"));
            var sync = new RosterSync(client, store);
            await sync.RunAsync();

            fake.Data.Change(FakeCollections.Users, "usr-0007", "{\"familyName\":\"Hopper\"}");
            fake.Data.Tombstone(FakeCollections.Users, "usr-0008");
            var userRequests = 0;
            fake.RequestLog.Answered += request => { if (request.OperationId == "getAllUsers") userRequests++; };

            SyncReport delta = await sync.RunAsync();
            // delta[SyncCollection.Users]: Fetched 2, Updated 1, Deleted 1; userRequests == 1
        }
    }

    internal static class ChangeSnippets
    {
        public static void Changes(TimeProvider clock)
        {
            var district = FakeDistrict.Generate(users: 200);
            district.Clock = clock;                                                      // e.g. a FakeTimeProvider
            district.AddNew("students", """{"sourcedId":"u-new","givenName":"Ada"}""");  // status active, stamped now
            district.Change("users", "usr-0007", """{"email":"ada@example.org"}""");      // fields replaced, null removes one
            district.Touch("users", "usr-0008");                                         // re-saved: only the stamp moves
            district.Tombstone("users", "usr-0009");                                     // tobedeleted, still in every list
            district.Remove("users", "usr-0010");                                        // a hard delete
        }
    }

    internal static class Warehouse
    {
        public static Task UpsertAsync(string table, string sourcedId, string json, CancellationToken cancellationToken) => Task.CompletedTask;

        public static Task DeleteAsync(string table, string sourcedId, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    public sealed class WarehouseHandler : IRosterChangeHandler
    {
        public async Task HandleAsync(RosterChangeBatch batch, CancellationToken cancellationToken)
        {
            foreach (RosterRecord record in batch.Upserts)
            {
                await Warehouse.UpsertAsync(batch.Collection.TableName, record.SourcedId, record.Json, cancellationToken);
            }
            foreach (string sourcedId in batch.Deletions)
            {
                await Warehouse.DeleteAsync(batch.Collection.TableName, sourcedId, cancellationToken);
            }
        }
    }

    public sealed class NightlyRosterSync(IServiceProvider services, ILogger<NightlyRosterSync> logger) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            using var timer = new PeriodicTimer(TimeSpan.FromHours(24));
            do
            {
                var sync = services.GetRequiredService<RosterSync>();
                try
                {
                    SyncReport report = await sync.RunAsync(cancellationToken: stoppingToken);
                    logger.LogInformation("Roster sync: {Changed} changes", report.Changed);
                }
                catch (RosterMassDeletionException e)
                {
                    logger.LogError("Roster sync held back deletions: {Message}", e.Message);
                }
                catch (OneRosterException e)
                {
                    logger.LogError(e, "Roster sync failed; the next run resumes it");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
    }
}
