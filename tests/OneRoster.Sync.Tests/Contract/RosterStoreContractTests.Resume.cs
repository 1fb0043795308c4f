using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Testing;

namespace OneRoster.Sync.Tests.Contract
{
    // Crash safety: a run cancelled at any request and run again ends where an uninterrupted run ends, without
    // reading again the collections it had committed.
    public abstract partial class RosterStoreContractTests
    {
        [Test]
        public async Task A_run_cancelled_at_any_of_its_requests_and_run_again_equals_an_uninterrupted_run()
        {
            await using var harness = await SyncHarness.StartAsync(FakeDistrict.Generate(users: 40, seed: 9), pageSize: 25);
            await using var store = await CreateStoreAsync();
            var reference = NewTenant();
            await new RosterSync(harness.Client, store, new RosterSyncOptions { Tenant = reference }).RunAsync();
            var requestsPerRun = harness.Fake.RequestLog.Count(r => r.OperationId != "token");
            Assert.That(requestsPerRun, Is.GreaterThanOrEqualTo(20), "cancellation points");
            var expected = new Dictionary<SyncCollection, SortedDictionary<string, string>>();
            foreach (var collection in SyncCollection.All)
            {
                expected[collection] = await SyncHarness.StoredAsync(store, reference, collection);
            }

            // 24 cancellation points spread from the first request to the last.
            var points = Enumerable.Range(0, 24).Select(i => 1 + (i * (requestsPerRun - 1) / 23)).Distinct().ToList();
            var resumedRuns = 0;
            foreach (var k in points)
            {
                var tenant = NewTenant();
                var sync = new RosterSync(harness.Client, store, new RosterSyncOptions { Tenant = tenant });
                using var cancel = new CancellationTokenSource();
                var seen = 0;
                void CancelAtK(FakeRequest r)
                {
                    if (r.OperationId != "token" && Interlocked.Increment(ref seen) == k)
                    {
                        cancel.Cancel();
                    }
                }
                harness.Fake.RequestLog.Answered += CancelAtK;
                bool cancelled;
                try
                {
                    await sync.RunAsync(cancellationToken: cancel.Token);
                    cancelled = false;
                }
                catch (OperationCanceledException)
                {
                    cancelled = true;
                }
                finally
                {
                    harness.Fake.RequestLog.Answered -= CancelAtK;
                }
                var committed = new List<SyncCollection>();
                foreach (var collection in SyncCollection.All)
                {
                    if (await store.GetCheckpointAsync(tenant, collection) is not null)
                    {
                        committed.Add(collection);
                    }
                }
                harness.Fake.RequestLog.Clear();

                var report = await sync.RunAsync();

                foreach (var collection in SyncCollection.All)
                {
                    Assert.That(await SyncHarness.StoredAsync(store, tenant, collection), Is.EqualTo(expected[collection]), $"cancelled at request {k}: {collection}");
                }
                if (cancelled)
                {
                    resumedRuns++;
                    Assert.That(report.Resumed, Is.True, $"cancelled at request {k}");
                    Assert.That(committed.Select(harness.ListRequests), Is.All.Zero, $"cancelled at request {k}: committed collections are not read again");
                    Assert.That(committed.Select(c => report[c].Mode), Is.All.EqualTo(SyncMode.AlreadyDone));
                }
            }
            Assert.That(resumedRuns, Is.GreaterThanOrEqualTo(20));
        }
    }
}
