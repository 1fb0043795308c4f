using System;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Errors;
using OneRoster.Testing;

namespace OneRoster.Sync.Tests.Contract
{
    // Deletions: absences only from a complete pull, never from a failed or empty one, and never past the guard.
    public abstract partial class RosterStoreContractTests
    {
        [Test]
        public async Task A_full_reconcile_deletes_records_the_provider_hard_deleted()
        {
            await using var harness = await SyncHarness.StartAsync(FakeDistrict.Generate(users: 100, seed: 4));
            await using var store = await CreateStoreAsync();
            var tenant = NewTenant();
            var handler = new RecordingHandler();
            var sync = new RosterSync(harness.Client, store, new RosterSyncOptions { Tenant = tenant, Collections = UsersOnly, ChangeHandler = handler });
            await sync.RunAsync();
            var gone = Ids(harness.Data, FakeCollections.Users).Take(5).ToList();
            gone.ForEach(id => harness.Data.Remove(FakeCollections.Users, id));

            var delta = (await sync.RunAsync())[SyncCollection.Users];
            var stillThere = await store.CountAsync(tenant, SyncCollection.Users);
            var reconcile = (await sync.RunAsync(new SyncRunOptions { FullReconcile = true }))[SyncCollection.Users];

            Assert.That((delta.Mode, delta.Deleted, stillThere), Is.EqualTo((SyncMode.Delta, 0L, 100L)), "a delta cannot see hard deletes");
            Assert.That((reconcile.Mode, reconcile.Deleted, reconcile.DeletedAsAbsent, reconcile.Unchanged), Is.EqualTo((SyncMode.FullReconcile, 5L, 5L, 95L)));
            Assert.That(handler.Batches.SelectMany(b => b.Deletions), Is.EquivalentTo(gone));
            Assert.That(await harness.DifferenceAsync(store, tenant, UsersOnly), Is.Null);
        }

        [Test]
        public async Task A_pull_that_fails_midway_deletes_nothing_and_keeps_the_checkpoint()
        {
            await using var harness = await SyncHarness.StartAsync(FakeDistrict.Generate(users: 250, seed: 4), pageSize: 50, maxRetries: 0);
            await using var store = await CreateStoreAsync();
            var tenant = NewTenant();
            var sync = new RosterSync(harness.Client, store, new RosterSyncOptions { Tenant = tenant, Collections = UsersOnly });
            await sync.RunAsync();
            var before = await SyncHarness.StoredAsync(store, tenant, SyncCollection.Users);
            var checkpoint = await store.GetCheckpointAsync(tenant, SyncCollection.Users);
            Ids(harness.Data, FakeCollections.Users).Take(10).ToList().ForEach(id => harness.Data.Remove(FakeCollections.Users, id));
            harness.Data.Change(FakeCollections.Users, Ids(harness.Data, FakeCollections.Users)[0], "{\"givenName\":\"Partial\"}");
            var pages = 0;
            harness.Fake.RequestLog.Answered += r =>
            {
                if (r.OperationId == "getAllUsers" && ++pages == 2)
                {
                    harness.Fake.FailNextRequests(100);
                }
            };

            Assert.That(async () => await sync.RunAsync(new SyncRunOptions { FullReconcile = true }), Throws.InstanceOf<OneRosterServerException>());

            Assert.That(await SyncHarness.StoredAsync(store, tenant, SyncCollection.Users), Is.EqualTo(before));
            Assert.That(await store.GetCheckpointAsync(tenant, SyncCollection.Users), Is.EqualTo(checkpoint));
        }

        [Test]
        public async Task An_empty_full_pull_deletes_nothing_and_says_so()
        {
            await using var harness = await SyncHarness.StartAsync(FakeDistrict.Generate(users: 40, seed: 4));
            await using var store = await CreateStoreAsync();
            var tenant = NewTenant();
            var sync = new RosterSync(harness.Client, store, new RosterSyncOptions { Tenant = tenant, Collections = UsersOnly });
            await sync.RunAsync();
            var checkpoint = await store.GetCheckpointAsync(tenant, SyncCollection.Users);
            Ids(harness.Data, FakeCollections.Users).ToList().ForEach(id => harness.Data.Remove(FakeCollections.Users, id));

            var users = (await sync.RunAsync(new SyncRunOptions { FullReconcile = true, AllowMassDeletion = true }))[SyncCollection.Users];

            Assert.That((users.Fetched, users.Deleted, users.EmptyPullIgnored), Is.EqualTo((0L, 0L, true)));
            Assert.That(await store.CountAsync(tenant, SyncCollection.Users), Is.EqualTo(40));
            Assert.That(checkpoint!.LastFullPull, Is.Not.Null);
            Assert.That((await store.GetCheckpointAsync(tenant, SyncCollection.Users))!.LastFullPull, Is.Null, "the reconcile stays due");
        }

        [Test]
        public async Task The_mass_deletion_guard_holds_back_deletions_and_says_which_until_allowed()
        {
            await using var harness = await SyncHarness.StartAsync(FakeDistrict.Generate(users: 100, seed: 4));
            await using var store = await CreateStoreAsync();
            var tenant = NewTenant();
            var sync = new RosterSync(harness.Client, store, new RosterSyncOptions { Tenant = tenant, Collections = new[] { SyncCollection.Orgs, SyncCollection.Users } });
            await sync.RunAsync();
            var ids = Ids(harness.Data, FakeCollections.Users);
            ids.Take(11).ToList().ForEach(id => harness.Data.Remove(FakeCollections.Users, id));
            harness.Data.Tombstone(FakeCollections.Users, ids[50]);

            var tripped = Assert.ThrowsAsync<RosterMassDeletionException>(async () => await sync.RunAsync(new SyncRunOptions { FullReconcile = true }))!;
            var countAfterTrip = await store.CountAsync(tenant, SyncCollection.Users);
            var next = Assert.ThrowsAsync<RosterMassDeletionException>(async () => await sync.RunAsync())!.Report[SyncCollection.Users];
            var allowed = (await sync.RunAsync(new SyncRunOptions { AllowMassDeletion = true }))[SyncCollection.Users];

            Assert.That(tripped.Tripped.Select(c => (c.Collection, c.MassDeletion)), Is.EqualTo(new[] { (SyncCollection.Users, (MassDeletionGuardTrip?)new MassDeletionGuardTrip(11, 100, 10)) }));
            Assert.That(tripped.Message, Does.Contain("users: 11 of 100").And.Contain("AllowMassDeletion"));
            Assert.That(tripped.Report[SyncCollection.Users].Deleted, Is.EqualTo(1), "the tombstone still applies");
            Assert.That(countAfterTrip, Is.EqualTo(99));
            Assert.That(next.Mode, Is.EqualTo(SyncMode.FullReconcile), "the reconcile stays due after a trip");
            Assert.That(allowed.DeletedAsAbsent, Is.EqualTo(11));
            Assert.That(await harness.DifferenceAsync(store, tenant, UsersOnly), Is.Null);
        }

        [Test]
        public async Task A_failing_change_handler_rolls_the_collection_back()
        {
            await using var harness = await SyncHarness.StartAsync(FakeDistrict.Generate(users: 120, seed: 4));
            await using var store = await CreateStoreAsync();
            var tenant = NewTenant();
            var handler = new RecordingHandler { FailWhen = b => b.Collection == SyncCollection.Users && b.Upserts.Count > 0 && b.Upserts[0].SourcedId != Ids(harness.Data, FakeCollections.Users)[0] };
            var sync = new RosterSync(harness.Client, store, new RosterSyncOptions { Tenant = tenant, Collections = new[] { SyncCollection.Orgs, SyncCollection.Users }, ChangeHandler = handler, BatchSize = 50 });

            Assert.That(async () => await sync.RunAsync(), Throws.InvalidOperationException);

            Assert.That(handler.Batches.Count(b => b.Collection == SyncCollection.Users), Is.EqualTo(1), "the first batch was handed over");
            Assert.That(await store.CountAsync(tenant, SyncCollection.Users), Is.Zero);
            Assert.That(await store.GetCheckpointAsync(tenant, SyncCollection.Users), Is.Null);
            Assert.That(await store.GetCheckpointAsync(tenant, SyncCollection.Orgs), Is.Not.Null);
        }
    }
}
