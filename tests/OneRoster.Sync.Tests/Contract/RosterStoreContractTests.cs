using System;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Testing;

namespace OneRoster.Sync.Tests.Contract
{
    /// <summary>
    /// What every <see cref="IRosterStore"/> must do, run against a real store: a subclass supplies the factory
    /// (<see cref="CreateStoreAsync"/>). Each test uses its own tenant, so a subclass may hand out one shared
    /// database.
    /// </summary>
    public abstract partial class RosterStoreContractTests
    {
        /// <summary>A store ready to use (it may hold other tenants' data).</summary>
        protected abstract Task<IRosterStore> CreateStoreAsync();

        protected static string NewTenant() => "tenant-" + Guid.NewGuid().ToString("N")[..12];

        protected static RosterRecord Record(string id, string json = "{}", string? status = "active", RosterReferences references = default) =>
            new(id, status, new DateTimeOffset(2025, 9, 1, 8, 0, 0, TimeSpan.Zero), references, json, Sources.RecordJson.Hash(json));

        [Test]
        public async Task First_run_mirrors_every_collection_record_by_record()
        {
            await using var harness = await SyncHarness.StartAsync(FakeDistrict.Generate(users: 120, seed: 7));
            await using var store = await CreateStoreAsync();
            var tenant = NewTenant();
            var sync = new RosterSync(harness.Client, store, new RosterSyncOptions { Tenant = tenant });

            var report = await sync.RunAsync();

            Assert.That(await harness.DifferenceAsync(store, tenant, SyncCollection.All), Is.Null);
            Assert.That(report.Collections.Select(c => c.Mode), Is.All.EqualTo(SyncMode.Initial));
            var users = report[SyncCollection.Users];
            Assert.That(users.Fetched, Is.EqualTo(120));
            Assert.That(users.Inserted, Is.EqualTo(120));
            Assert.That(await store.CountAsync(tenant, SyncCollection.Users), Is.EqualTo(120));
        }

        [Test]
        public async Task Upsert_says_inserted_updated_or_unchanged_per_record()
        {
            await using var store = await CreateStoreAsync();
            await store.MigrateAsync();
            var tenant = NewTenant();
            await using (var first = await store.BeginAsync(tenant, SyncCollection.Users))
            {
                var outcomes = await first.UpsertAsync(new[] { Record("u1", "{\"a\":1}"), Record("u2", "{\"a\":2}") });
                Assert.That(outcomes, Is.EqualTo(new[] { RosterWriteOutcome.Inserted, RosterWriteOutcome.Inserted }));
                await first.CommitAsync(new SyncCheckpoint(DateTimeOffset.UnixEpoch, null, "run-1"));
            }
            await using (var second = await store.BeginAsync(tenant, SyncCollection.Users))
            {
                var outcomes = await second.UpsertAsync(new[] { Record("u1", "{\"a\":1}"), Record("u2", "{\"a\":3}"), Record("u3"), Record("u3") });
                Assert.That(outcomes, Is.EqualTo(new[] { RosterWriteOutcome.Unchanged, RosterWriteOutcome.Updated, RosterWriteOutcome.Inserted, RosterWriteOutcome.Unchanged }));
                await second.CommitAsync(new SyncCheckpoint(DateTimeOffset.UnixEpoch, null, "run-1"));
            }
            var stored = await store.ReadAsync(tenant, SyncCollection.Users).ToListAsync();
            Assert.That(stored.Select(r => r.SourcedId), Is.EqualTo(new[] { "u1", "u2", "u3" }));
            Assert.That(StoredJson.Canonical(stored[1].Json), Is.EqualTo("{\"a\":3}"));
        }

        [Test]
        public async Task Disposing_without_commit_leaves_records_and_checkpoint_as_they_were()
        {
            await using var store = await CreateStoreAsync();
            await store.MigrateAsync();
            var tenant = NewTenant();
            await using (var first = await store.BeginAsync(tenant, SyncCollection.Classes))
            {
                await first.UpsertAsync(new[] { Record("c1", "{\"v\":1}") });
                await first.CommitAsync(new SyncCheckpoint(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), null, "run-1"));
            }
            await using (var abandoned = await store.BeginAsync(tenant, SyncCollection.Classes))
            {
                await abandoned.UpsertAsync(new[] { Record("c1", "{\"v\":2}"), Record("c2") });
                await abandoned.DeleteAsync(new[] { "c1" });
            }

            var stored = await store.ReadAsync(tenant, SyncCollection.Classes).ToListAsync();
            Assert.That(stored.Select(r => (r.SourcedId, StoredJson.Canonical(r.Json))), Is.EqualTo(new[] { ("c1", "{\"v\":1}") }));
            var checkpoint = await store.GetCheckpointAsync(tenant, SyncCollection.Classes);
            Assert.That(checkpoint, Is.EqualTo(new SyncCheckpoint(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), null, "run-1")));
        }

        [Test]
        public async Task Unseen_records_are_those_neither_upserted_nor_deleted_in_the_transaction()
        {
            await using var store = await CreateStoreAsync();
            await store.MigrateAsync();
            var tenant = NewTenant();
            await using (var first = await store.BeginAsync(tenant, SyncCollection.Orgs))
            {
                await first.UpsertAsync(new[] { Record("o1"), Record("o2"), Record("o3"), Record("o4") });
                await first.CommitAsync(new SyncCheckpoint(DateTimeOffset.UnixEpoch, null, "r"));
            }
            await using (var second = await store.BeginAsync(tenant, SyncCollection.Orgs))
            {
                await second.UpsertAsync(new[] { Record("o1") });
                Assert.That(await second.DeleteAsync(new[] { "o2", "o9" }), Is.EqualTo(new[] { true, false }));
                Assert.That(await second.CountUnseenAsync(), Is.EqualTo(2));
                Assert.That(await second.DeleteUnseenAsync(), Is.EqualTo(new[] { "o3", "o4" }));
                await second.CommitAsync(new SyncCheckpoint(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, "r"));
            }
            Assert.That((await store.ReadAsync(tenant, SyncCollection.Orgs).ToListAsync()).Select(r => r.SourcedId), Is.EqualTo(new[] { "o1" }));
        }

        [Test]
        public async Task Tenants_do_not_see_each_others_records_checkpoints_or_runs()
        {
            await using var store = await CreateStoreAsync();
            await store.MigrateAsync();
            var (a, b) = (NewTenant(), NewTenant());
            await using (var tx = await store.BeginAsync(a, SyncCollection.Users))
            {
                await tx.UpsertAsync(new[] { Record("u1"), Record("u2") });
                await tx.CommitAsync(new SyncCheckpoint(DateTimeOffset.UnixEpoch, null, "run-a"));
            }
            await using (var tx = await store.BeginAsync(b, SyncCollection.Users))
            {
                await tx.UpsertAsync(new[] { Record("u1", "{\"b\":true}") });
                Assert.That(await tx.CountUnseenAsync(), Is.Zero);
                await tx.CommitAsync(new SyncCheckpoint(DateTimeOffset.UnixEpoch, null, "run-b"));
            }
            var runA = await store.BeginRunAsync(a, DateTimeOffset.UnixEpoch);
            var runB = await store.BeginRunAsync(b, DateTimeOffset.UnixEpoch);

            Assert.That(await store.CountAsync(a, SyncCollection.Users), Is.EqualTo(2));
            Assert.That(StoredJson.Canonical((await store.ReadAsync(b, SyncCollection.Users).ToListAsync()).Single().Json), Is.EqualTo("{\"b\":true}"));
            Assert.That((await store.GetCheckpointAsync(b, SyncCollection.Users))!.RunId, Is.EqualTo("run-b"));
            Assert.That(runA.Id, Is.Not.EqualTo(runB.Id));
            Assert.That(runA.Resumed || runB.Resumed, Is.False);
        }

        [Test]
        public async Task An_unfinished_run_is_resumed_and_a_completed_one_is_not()
        {
            await using var store = await CreateStoreAsync();
            await store.MigrateAsync();
            var tenant = NewTenant();
            var started = new DateTimeOffset(2025, 9, 1, 2, 0, 0, TimeSpan.Zero);
            var first = await store.BeginRunAsync(tenant, started);
            var again = await store.BeginRunAsync(tenant, started.AddHours(1));
            await store.CompleteRunAsync(tenant, first.Id, started.AddHours(2));
            var next = await store.BeginRunAsync(tenant, started.AddHours(3));

            Assert.That(first.Resumed, Is.False);
            Assert.That(again, Is.EqualTo(new SyncRun(first.Id, started, Resumed: true)));
            Assert.That(next.Id, Is.Not.EqualTo(first.Id));
            Assert.That(next.Resumed, Is.False);
        }

        [Test]
        public async Task An_update_writes_the_new_content_and_references_whether_or_not_the_references_changed()
        {
            await using var store = await CreateStoreAsync();
            await store.MigrateAsync();
            var tenant = NewTenant();
            var (kept, moved) = (new RosterReferences(SchoolId: "s1", ClassId: "c1", UserId: "u1"), new RosterReferences(SchoolId: "s1", ClassId: "c2", UserId: "u1"));
            await using (var first = await store.BeginAsync(tenant, SyncCollection.Enrollments))
            {
                await first.UpsertAsync(new[] { Record("e1", "{\"v\":1}", references: kept), Record("e2", "{\"v\":1}", references: kept) });
                await first.CommitAsync(new SyncCheckpoint(DateTimeOffset.UnixEpoch, null, "r"));
            }
            await using (var second = await store.BeginAsync(tenant, SyncCollection.Enrollments))
            {
                var outcomes = await second.UpsertAsync(new[] { Record("e1", "{\"v\":2}", status: "inactive", references: kept), Record("e2", "{\"v\":2}", references: moved) });
                Assert.That(outcomes, Is.EqualTo(new[] { RosterWriteOutcome.Updated, RosterWriteOutcome.Updated }));
                await second.CommitAsync(new SyncCheckpoint(DateTimeOffset.UnixEpoch, null, "r"));
            }

            var stored = await store.ReadAsync(tenant, SyncCollection.Enrollments).ToListAsync();
            Assert.That(stored.Select(r => (r.SourcedId, r.Status, r.References, StoredJson.Canonical(r.Json), r.ContentHash)), Is.EqualTo(new[]
            {
                ("e1", (string?)"inactive", kept, "{\"v\":2}", Sources.RecordJson.Hash("{\"v\":2}")),
                ("e2", (string?)"active", moved, "{\"v\":2}", Sources.RecordJson.Hash("{\"v\":2}")),
            }));
        }

        [Test]
        public async Task Reference_columns_and_fields_read_back_as_written()
        {
            await using var store = await CreateStoreAsync();
            await store.MigrateAsync();
            var tenant = NewTenant();
            var references = new RosterReferences("org", "school", "class", "user", "course", "session", "line-item");
            var written = new RosterRecord("r1", "active", new DateTimeOffset(2025, 9, 1, 8, 30, 15, 123, TimeSpan.FromHours(2)), references, "{\"x\":\"é\"}", "abc123");
            await using (var tx = await store.BeginAsync(tenant, SyncCollection.Results))
            {
                await tx.UpsertAsync(new[] { written });
                await tx.CommitAsync(new SyncCheckpoint(DateTimeOffset.UnixEpoch, null, "r"));
            }
            var read = (await store.ReadAsync(tenant, SyncCollection.Results).ToListAsync()).Single();
            Assert.That(
                (read.SourcedId, read.Status, read.DateLastModified, read.References, StoredJson.Canonical(read.Json), read.ContentHash),
                Is.EqualTo((written.SourcedId, written.Status, written.DateLastModified, written.References, written.Json, written.ContentHash)));
        }
    }
}
