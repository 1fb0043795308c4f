using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using OneRoster.Testing;

namespace OneRoster.Sync.Tests.Contract
{
    // Modes: delta after the first run, full reconcile when due or asked, content-hash compare without delta support.
    public abstract partial class RosterStoreContractTests
    {
        private static readonly SyncCollection[] UsersOnly = { SyncCollection.Users };

        protected static IReadOnlyList<string> Ids(FakeDistrict district, string collection) =>
            district.Records(collection).Select(json => (string)Newtonsoft.Json.Linq.JObject.Parse(json)["sourcedId"]!).ToList();

        [Test]
        public async Task Delta_after_one_percent_of_users_changed_reads_about_one_percent()
        {
            await using var harness = await SyncHarness.StartAsync(FakeDistrict.Generate(users: 3000, seed: 11), pageSize: 100);
            await using var store = await CreateStoreAsync();
            var tenant = NewTenant();
            var sync = new RosterSync(harness.Client, store, new RosterSyncOptions { Tenant = tenant, Collections = UsersOnly });
            await sync.RunAsync();
            var fullRequests = harness.ListRequests(SyncCollection.Users);
            harness.Fake.RequestLog.Clear();

            var changed = Ids(harness.Data, FakeCollections.Users).Where((_, i) => i % 100 == 7).ToList();
            foreach (var id in changed)
            {
                harness.Data.Change(FakeCollections.Users, id, "{\"givenName\":\"Changed\"}");
            }
            var report = await sync.RunAsync();

            var users = report[SyncCollection.Users];
            Assert.That(changed, Has.Count.EqualTo(30));
            Assert.That(users.Mode, Is.EqualTo(SyncMode.Delta));
            Assert.That(users.Fetched, Is.EqualTo(30), "records read by the delta");
            Assert.That(users.Updated, Is.EqualTo(30));
            Assert.That(harness.ListRequests(SyncCollection.Users), Is.EqualTo(1), $"requests of the delta (the full pull took {fullRequests})");
            Assert.That(fullRequests, Is.EqualTo(30));
            var sent = harness.Fake.RequestLog.Single(r => r.OperationId == "getAllUsers").PathAndQuery;
            Assert.That(Uri.UnescapeDataString(sent), Does.Contain("filter=dateLastModified>'"));
            Assert.That(await harness.DifferenceAsync(store, tenant, UsersOnly), Is.Null);
        }

        [Test]
        public async Task Delta_asks_for_changes_since_the_last_pull_started_minus_the_overlap()
        {
            await using var harness = await SyncHarness.StartAsync(FakeDistrict.Generate(users: 30, seed: 3));
            await using var store = await CreateStoreAsync();
            var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
            var options = new RosterSyncOptions { Tenant = NewTenant(), Collections = UsersOnly, TimeProvider = clock, Overlap = TimeSpan.FromMinutes(7) };
            var sync = new RosterSync(harness.Client, store, options);
            await sync.RunAsync();
            clock.Advance(TimeSpan.FromDays(1));

            var report = await sync.RunAsync();

            Assert.That(report[SyncCollection.Users].ModifiedSince, Is.EqualTo(new DateTimeOffset(2026, 3, 2, 0, 53, 0, TimeSpan.Zero)));
            var sent = Uri.UnescapeDataString(harness.Fake.RequestLog.Last(r => r.OperationId == "getAllUsers").PathAndQuery);
            Assert.That(sent, Does.Contain("filter=dateLastModified>'2026-03-02T00:53:00.000Z'"));
        }

        [Test]
        public async Task A_full_reconcile_is_due_after_the_interval_and_can_be_asked_for()
        {
            await using var harness = await SyncHarness.StartAsync(FakeDistrict.Generate(users: 30, seed: 3));
            await using var store = await CreateStoreAsync();
            var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
            var options = new RosterSyncOptions { Tenant = NewTenant(), Collections = UsersOnly, TimeProvider = clock, FullReconcileInterval = TimeSpan.FromDays(3) };
            var sync = new RosterSync(harness.Client, store, options);
            var modes = new List<SyncMode>();
            for (var day = 0; day < 5; day++)
            {
                modes.Add((await sync.RunAsync()).Collections[0].Mode);
                clock.Advance(TimeSpan.FromDays(1));
            }
            modes.Add((await sync.RunAsync(new SyncRunOptions { FullReconcile = true })).Collections[0].Mode);

            Assert.That(modes, Is.EqualTo(new[] { SyncMode.Initial, SyncMode.Delta, SyncMode.Delta, SyncMode.FullReconcile, SyncMode.Delta, SyncMode.FullReconcile }));
        }

        [Test]
        public async Task Without_delta_support_every_run_pulls_all_and_writes_only_real_changes()
        {
            await using var harness = await SyncHarness.StartAsync(FakeDistrict.Generate(users: 200, seed: 5));
            await using var store = await CreateStoreAsync();
            var handler = new RecordingHandler();
            var tenant = NewTenant();
            var sync = new RosterSync(harness.Client, store, new RosterSyncOptions { Tenant = tenant, Collections = UsersOnly, DeltaQueries = false, ChangeHandler = handler });
            await sync.RunAsync();
            handler.Batches.Clear();
            var ids = Ids(harness.Data, FakeCollections.Users);
            harness.Data.Change(FakeCollections.Users, ids[5], "{\"familyName\":\"Hopper\"}");
            harness.Data.Touch(FakeCollections.Users, ids[9]);

            var users = (await sync.RunAsync())[SyncCollection.Users];

            Assert.That((users.Mode, users.Fetched, users.Updated, users.Unchanged, users.Inserted, users.Deleted), Is.EqualTo((SyncMode.FullCompare, 200L, 2L, 198L, 0L, 0L)));
            Assert.That(handler.Batches.SelectMany(b => b.Upserts).Select(r => r.SourcedId), Is.EquivalentTo(new[] { ids[5], ids[9] }));
            Assert.That(harness.Fake.RequestLog.Where(r => r.OperationId == "getAllUsers").Select(r => Uri.UnescapeDataString(r.PathAndQuery)), Has.None.Contains("filter="));
            Assert.That(await harness.DifferenceAsync(store, tenant, UsersOnly), Is.Null);
        }

        [Test]
        public async Task A_provider_profile_without_greater_than_gets_full_compares()
        {
            await using var harness = await SyncHarness.StartAsync(FakeDistrict.Generate(users: 20, seed: 5));
            var options = harness.Fake.CreateClientOptions();
            options.Provider = OneRosterProvider.Standard with
            {
                FilterCapabilities = Query.FilterCapabilities.Standard with { SupportedOperators = new HashSet<Query.FilterOperator> { Query.FilterOperator.Equal } },
            };
            using var client = new OneRosterClient(options);
            await using var store = await CreateStoreAsync();
            var sync = new RosterSync(client, store, new RosterSyncOptions { Tenant = NewTenant(), Collections = UsersOnly });
            await sync.RunAsync();

            Assert.That((await sync.RunAsync())[SyncCollection.Users].Mode, Is.EqualTo(SyncMode.FullCompare));
        }

        [Test]
        public async Task Records_added_changed_and_tombstoned_between_runs_arrive_with_the_delta()
        {
            await using var harness = await SyncHarness.StartAsync(FakeDistrict.Generate(users: 50, seed: 8));
            await using var store = await CreateStoreAsync();
            var tenant = NewTenant();
            var sync = new RosterSync(harness.Client, store, new RosterSyncOptions { Tenant = tenant, Collections = SyncCollection.Rostering });
            await sync.RunAsync();
            var enrollment = Ids(harness.Data, FakeCollections.Enrollments)[0];
            var ids = Ids(harness.Data, FakeCollections.Users);
            harness.Data.AddNew(FakeCollections.Users, "{\"sourcedId\":\"user-new-1\",\"givenName\":\"Grace\",\"familyName\":\"Hopper\",\"enabledUser\":\"true\",\"roles\":[]}");
            harness.Data.Change(FakeCollections.Users, ids[3], "{\"email\":\"changed@example.org\"}");
            harness.Data.Tombstone(FakeCollections.Users, ids[4]);
            harness.Data.Tombstone(FakeCollections.Enrollments, enrollment);

            var report = await sync.RunAsync();

            var users = report[SyncCollection.Users];
            Assert.That((users.Fetched, users.Inserted, users.Updated, users.Deleted), Is.EqualTo((3L, 1L, 1L, 1L)));
            Assert.That(report[SyncCollection.Enrollments].Deleted, Is.EqualTo(1));
            Assert.That(report.Collections.Where(c => c.Collection != SyncCollection.Users && c.Collection != SyncCollection.Enrollments).Select(c => c.Fetched), Is.All.Zero);
            Assert.That(await harness.DifferenceAsync(store, tenant, SyncCollection.Rostering), Is.Null);
        }
    }
}
