using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Testing;

namespace OneRoster.Sync.Tests.Contract
{
    // The writes run one batch behind the stream, on a second worker: in order, and a failed write stops the reading.
    public abstract partial class RosterStoreContractTests
    {
        [Test]
        public async Task Batches_reach_the_store_and_the_handler_in_the_order_the_provider_sent_them()
        {
            await using var harness = await SyncHarness.StartAsync(FakeDistrict.Generate(users: 430, seed: 11), pageSize: 40);
            await using var store = await CreateStoreAsync();
            var tenant = NewTenant();
            var handler = new RecordingHandler();
            var sync = new RosterSync(harness.Client, store, new RosterSyncOptions { Tenant = tenant, Collections = UsersOnly, ChangeHandler = handler, BatchSize = 25 });
            var sent = new List<string>();
            await foreach (var user in harness.Client.Users.StreamAsync())
            {
                sent.Add(user.SourcedId!);
            }

            var report = (await sync.RunAsync())[SyncCollection.Users];

            Assert.That(handler.Batches.Select(b => b.Upserts.Count), Is.EqualTo(Enumerable.Repeat(25, 17).Append(5)));
            Assert.That(handler.Batches.SelectMany(b => b.Upserts).Select(r => r.SourcedId), Is.EqualTo(sent));
            Assert.That((report.Fetched, report.Inserted), Is.EqualTo((430L, 430L)));
            Assert.That(await harness.DifferenceAsync(store, tenant, UsersOnly), Is.Null);
        }

        [Test]
        public async Task A_failed_write_stops_the_stream_and_is_the_error_reported()
        {
            await using var harness = await SyncHarness.StartAsync(FakeDistrict.Generate(users: 1000, seed: 12), pageSize: 50);
            await using var store = await CreateStoreAsync();
            var tenant = NewTenant();
            var usersBatches = 0;
            var handler = new RecordingHandler { FailWhen = b => b.Collection == SyncCollection.Users && ++usersBatches == 2 };
            var sync = new RosterSync(harness.Client, store, new RosterSyncOptions { Tenant = tenant, Collections = UsersOnly, ChangeHandler = handler, BatchSize = 50 });

            Assert.That(async () => await sync.RunAsync(), Throws.InvalidOperationException.With.Message.Contains("database is down"));

            // 20 pages hold the users; the stream stops a bounded distance past the failed batch: two batches waiting
            // for the writer and the pages requested ahead (the client's MaxConcurrency, 4).
            Assert.That(harness.ListRequests(SyncCollection.Users), Is.LessThanOrEqualTo(2 + 2 + 4 + 1));
            Assert.That(await store.CountAsync(tenant, SyncCollection.Users), Is.Zero);
            Assert.That(await store.GetCheckpointAsync(tenant, SyncCollection.Users), Is.Null);
        }
    }
}
