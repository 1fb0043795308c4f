using System;
using System.Linq;
using System.Threading.Tasks;
using Npgsql;
using NUnit.Framework;
using OneRoster.Sync.Tests.Contract;
using OneRoster.Testing;

namespace OneRoster.Sync.Tests.Postgres
{
    /// <summary>
    /// Many tenants and several workers on one database: every worker here is a store of its own (its own connection
    /// pool, as a separate process would have), all on the fixture's schema.
    /// </summary>
    [TestFixture]
    [Parallelizable(ParallelScope.Children)]
    public class PostgresWorkersTests
    {
        private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(60);
        private PostgresTestSchema? _schema;

        [OneTimeSetUp]
        public async Task CreateSchema() => _schema = await PostgresTestServer.CreateSchemaAsync();

        [OneTimeTearDown]
        public async Task DropSchema()
        {
            if (_schema is not null)
            {
                await _schema.DisposeAsync();
            }
        }

        [Test]
        public async Task Two_workers_sync_two_tenants_into_one_database_at_once_without_interference()
        {
            await using var north = await SyncHarness.StartAsync(FakeDistrict.Generate(users: 150, seed: 11));
            await using var south = await SyncHarness.StartAsync(FakeDistrict.Generate(users: 90, seed: 12));
            await using var workerA = Worker();
            await using var workerB = Worker();
            var (tenantNorth, tenantSouth) = (NewTenant(), NewTenant());

            var reports = await Task.WhenAll(
                new RosterSync(north.Client, workerA, new RosterSyncOptions { Tenant = tenantNorth }).RunAsync(),
                new RosterSync(south.Client, workerB, new RosterSyncOptions { Tenant = tenantSouth }).RunAsync());

            Assert.That(await north.DifferenceAsync(workerB, tenantNorth, SyncCollection.All), Is.Null);
            Assert.That(await south.DifferenceAsync(workerA, tenantSouth, SyncCollection.All), Is.Null);
            Assert.That(reports.Select(r => r[SyncCollection.Users].Inserted), Is.EqualTo(new long[] { 150, 90 }));
            Assert.That(await workerA.CountAsync(tenantNorth, SyncCollection.Users) + await workerA.CountAsync(tenantSouth, SyncCollection.Users), Is.EqualTo(240));
        }

        [Test]
        public async Task Two_workers_on_the_same_tenant_serialize_and_neither_loses_nor_doubles_a_record()
        {
            await using var harness = await SyncHarness.StartAsync(FakeDistrict.Generate(users: 120, seed: 21));
            await using var workerA = Worker();
            await using var workerB = Worker();
            var tenant = NewTenant();

            var reports = await Task.WhenAll(
                new RosterSync(harness.Client, workerA, new RosterSyncOptions { Tenant = tenant }).RunAsync(),
                new RosterSync(harness.Client, workerB, new RosterSyncOptions { Tenant = tenant }).RunAsync());

            Assert.That(await harness.DifferenceAsync(workerA, tenant, SyncCollection.All), Is.Null);
            foreach (var collection in SyncCollection.All)
            {
                // Whichever worker wrote a collection first inserted it; the other found it there (or skipped it).
                var inserted = reports.Sum(r => r.Collections.Where(c => c.Collection == collection).Sum(c => c.Inserted));
                Assert.That(inserted, Is.EqualTo(await workerA.CountAsync(tenant, collection)), collection.Name);
            }
            Assert.That(await workerB.CountAsync(tenant, SyncCollection.Users), Is.EqualTo(120));
        }

        [Test]
        public async Task A_second_writer_of_a_tenant_and_collection_waits_for_the_first_to_commit_and_then_sees_its_records()
        {
            await using var workerA = Worker();
            await using var workerB = Worker();
            await workerA.MigrateAsync();
            var tenant = NewTenant();
            var first = await workerA.BeginAsync(tenant, SyncCollection.Users);
            await first.UpsertAsync(new[] { Record("u1"), Record("u2") });

            var second = workerB.BeginAsync(tenant, SyncCollection.Users);
            await WaitUntilWaitingAsync(tenant, SyncCollection.Users);
            Assert.That(second.IsCompleted, Is.False, "the second writer must wait for the tenant's and collection's lock");

            await first.CommitAsync(new SyncCheckpoint(DateTimeOffset.UnixEpoch, null, "run-a"));
            await first.DisposeAsync();
            await using var then = await second.WaitAsync(WaitLimit);
            var outcomes = await then.UpsertAsync(new[] { Record("u1"), Record("u3") });

            Assert.That(outcomes, Is.EqualTo(new[] { RosterWriteOutcome.Unchanged, RosterWriteOutcome.Inserted }));
            Assert.That(await then.CountUnseenAsync(), Is.EqualTo(1));
        }

        [Test]
        public async Task A_writer_waiting_for_the_lock_can_be_cancelled()
        {
            await using var workerA = Worker();
            await using var workerB = Worker();
            await workerA.MigrateAsync();
            var tenant = NewTenant();
            await using var held = await workerA.BeginAsync(tenant, SyncCollection.Classes);
            using var cancel = new System.Threading.CancellationTokenSource();

            var waiting = workerB.BeginAsync(tenant, SyncCollection.Classes, cancel.Token);
            await WaitUntilWaitingAsync(tenant, SyncCollection.Classes);
            await cancel.CancelAsync();

            Assert.That(async () => await waiting.WaitAsync(WaitLimit), Throws.InstanceOf<OperationCanceledException>());
        }

        [Test]
        public async Task Writers_of_other_tenants_or_other_collections_do_not_wait()
        {
            await using var workerA = Worker();
            await using var workerB = Worker();
            await workerA.MigrateAsync();
            var (tenant, other) = (NewTenant(), NewTenant());
            await using var held = await workerA.BeginAsync(tenant, SyncCollection.Users);
            await held.UpsertAsync(new[] { Record("u1") });

            await using (var otherTenant = await workerB.BeginAsync(other, SyncCollection.Users).WaitAsync(WaitLimit))
            {
                await otherTenant.UpsertAsync(new[] { Record("u1") });
                await otherTenant.CommitAsync(new SyncCheckpoint(DateTimeOffset.UnixEpoch, null, "run-b"));
            }
            await using (var otherCollection = await workerB.BeginAsync(tenant, SyncCollection.Enrollments).WaitAsync(WaitLimit))
            {
                await otherCollection.CommitAsync(new SyncCheckpoint(DateTimeOffset.UnixEpoch, null, "run-b"));
            }

            Assert.That(await workerB.CountAsync(other, SyncCollection.Users), Is.EqualTo(1));
            Assert.That(await workerB.CountAsync(tenant, SyncCollection.Users), Is.Zero, "the held transaction has not committed");
        }

        [Test]
        public async Task Workers_starting_one_tenant_at_once_agree_on_one_run()
        {
            var tenant = NewTenant();
            var workers = Enumerable.Range(0, 4).Select(_ => Worker()).ToArray();
            try
            {
                var runs = await Task.WhenAll(workers.Select(w => w.BeginRunAsync(tenant, DateTimeOffset.UnixEpoch)));

                Assert.That(runs.Select(r => r.Id).Distinct().Count(), Is.EqualTo(1));
                Assert.That(runs.Count(r => !r.Resumed), Is.EqualTo(1));
            }
            finally
            {
                foreach (var worker in workers)
                {
                    await worker.DisposeAsync();
                }
            }
        }

        private PostgresRosterStore Worker() => new(_schema!.ConnectionString, _schema.Name);

        private static string NewTenant() => "tenant-" + Guid.NewGuid().ToString("N")[..12];

        private static RosterRecord Record(string id) =>
            new(id, "active", DateTimeOffset.UnixEpoch, default, "{\"sourcedId\":\"" + id + "\"}", "hash-" + id);

        /// <summary>Returns once the server shows a session waiting for the tenant's and collection's advisory lock.</summary>
        private async Task WaitUntilWaitingAsync(string tenant, SyncCollection collection)
        {
            var key = PostgresLocks.Key(_schema!.Name, tenant, collection.Name);
            await using var query = _schema.DataSource.CreateCommand(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid::bigint = $1 AND objid::bigint = $2 AND objsubid = 1");
            query.Parameters.Add(new NpgsqlParameter<long> { TypedValue = (long)((ulong)key >> 32) });
            query.Parameters.Add(new NpgsqlParameter<long> { TypedValue = (long)((ulong)key & 0xFFFFFFFF) });
            var deadline = DateTime.UtcNow + WaitLimit;
            while (Convert.ToInt64(await query.ExecuteScalarAsync()) == 0)
            {
                if (DateTime.UtcNow > deadline)
                {
                    Assert.Fail("No session started waiting for the lock.");
                }
                await Task.Delay(10);
            }
        }
    }
}
