using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Sync.Sources;
using OneRoster.Testing;

namespace OneRoster.Sync.Tests.Contract
{
    /// <summary>A fake provider, a client on it, and what a store should hold to equal the provider.</summary>
    internal sealed class SyncHarness : IAsyncDisposable
    {
        private SyncHarness(OneRosterFakeServer fake, int pageSize, int maxRetries)
        {
            Fake = fake;
            var options = fake.CreateClientOptions();
            options.Provider = OneRosterProvider.Standard with { MaxPageSize = pageSize };
            options.Retry.MaxRetries = maxRetries;
            options.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
            Client = new OneRosterClient(options);
        }

        public OneRosterFakeServer Fake { get; }

        public OneRosterClient Client { get; }

        public FakeDistrict Data => Fake.Data;

        public static async Task<SyncHarness> StartAsync(FakeDistrict district, int pageSize = 100, int maxRetries = 3, FakeServerOptions? options = null) =>
            new(await OneRosterFakeServer.StartAsync(district, options), pageSize, maxRetries);

        /// <summary>List requests answered for a collection's top-level list (<c>getAllUsers</c>).</summary>
        public int ListRequests(SyncCollection collection) =>
            Fake.RequestLog.Count(r => string.Equals(r.OperationId, ListOperation(collection), StringComparison.Ordinal));

        public static string ListOperation(SyncCollection collection) => collection.Name switch
        {
            "demographics" => "getAllDemographics",
            _ => "getAll" + char.ToUpperInvariant(collection.Name[0]) + collection.Name[1..],
        };

        /// <summary>What a complete pull of the collection gives now, tombstones left out: sourcedId → content hash.</summary>
        public async Task<SortedDictionary<string, string>> ProviderAsync(SyncCollection collection)
        {
            var expected = new SortedDictionary<string, string>(StringComparer.Ordinal);
            await foreach (var record in collection.Source.StreamAsync(Client, null, CancellationToken.None))
            {
                if (!string.Equals(record.Status, "tobedeleted", StringComparison.Ordinal))
                {
                    expected[record.SourcedId] = record.ContentHash;
                }
            }
            return expected;
        }

        public static async Task<SortedDictionary<string, string>> StoredAsync(IRosterStore store, string tenant, SyncCollection collection)
        {
            var stored = new SortedDictionary<string, string>(StringComparer.Ordinal);
            await foreach (var record in store.ReadAsync(tenant, collection))
            {
                stored.Add(record.SourcedId, record.ContentHash);
            }
            return stored;
        }

        /// <summary>The first difference between store and provider over the collections, or null when they are equal record by record.</summary>
        public async Task<string?> DifferenceAsync(IRosterStore store, string tenant, IEnumerable<SyncCollection> collections)
        {
            foreach (var collection in collections)
            {
                var expected = await ProviderAsync(collection);
                var stored = await StoredAsync(store, tenant, collection);
                var missing = expected.Keys.Except(stored.Keys).ToList();
                var extra = stored.Keys.Except(expected.Keys).ToList();
                var differing = expected.Where(e => stored.TryGetValue(e.Key, out var h) && h != e.Value).Select(e => e.Key).ToList();
                if (missing.Count + extra.Count + differing.Count > 0)
                {
                    return $"{collection}: missing [{string.Join(",", missing.Take(5))}] ({missing.Count}), extra [{string.Join(",", extra.Take(5))}] ({extra.Count}), differing [{string.Join(",", differing.Take(5))}] ({differing.Count})";
                }
            }
            return null;
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await Fake.DisposeAsync();
        }
    }
}
