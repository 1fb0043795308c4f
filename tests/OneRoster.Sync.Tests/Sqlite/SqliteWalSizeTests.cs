using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;

namespace OneRoster.Sync.Tests.Sqlite
{
    /// <summary>
    /// The write-ahead log after a load far larger than the limit: cut back once it has been folded into the file,
    /// not kept at its largest while the store's pooled connections stay open.
    /// </summary>
    [TestFixture]
    [Parallelizable(ParallelScope.Children)]
    public class SqliteWalSizeTests
    {
        // 20,000 rows of 1 KB: a log of about 20 MB, past SQLite's automatic checkpoint (1,000 pages of 16 KiB).
        private const int Rows = 20_000;
        private const long Limit = 1024 * 1024;

        private readonly string _folder = Path.Combine(Path.GetTempPath(), "oneroster-sync-wal-" + Guid.NewGuid().ToString("N")[..8]);

        [OneTimeSetUp]
        public void CreateFolder() => Directory.CreateDirectory(_folder);

        [OneTimeTearDown]
        public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

        [Test]
        public async Task The_log_of_a_large_load_is_cut_back_to_the_limit_by_the_next_write()
        {
            var (during, after) = await LoadAsync(Limit);

            Assert.That(during, Is.GreaterThan(16L * 1024 * 1024), "the load itself needed a large log");
            Assert.That(after, Is.LessThanOrEqualTo(Limit));
        }

        [Test]
        public async Task Without_a_limit_SQLite_keeps_the_log_at_its_largest()
        {
            var (during, after) = await LoadAsync(walSizeLimit: -1);

            Assert.That(after, Is.EqualTo(during), "what the limit is there for: the file stays as large as the load made it");
        }

        [Test]
        public void The_default_limit_is_the_documented_64_MiB() =>
            Assert.That(SqliteRosterStore.DefaultWalSizeLimit, Is.EqualTo(64L * 1024 * 1024));

        /// <summary>The log's size after a first load has committed, and after the run that made it is completed (a write).</summary>
        private async Task<(long During, long After)> LoadAsync(long walSizeLimit)
        {
            var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");
            await using var store = new SqliteRosterStore(path, walSizeLimit);
            var run = await store.BeginRunAsync("t", DateTimeOffset.UnixEpoch);
            var json = "{\"padding\":\"" + new string('x', 1000) + "\"}";
            await using (var load = await store.BeginAsync("t", SyncCollection.Users))
            {
                foreach (var chunk in Enumerable.Range(0, Rows).Chunk(1000))
                {
                    await load.UpsertAsync(chunk.Select(i => new RosterRecord($"u{i:D5}", "active", null, default, json, Sources.RecordJson.Hash(json))).ToList());
                }
                await load.CommitAsync(new SyncCheckpoint(DateTimeOffset.UnixEpoch, null, run.Id));
            }
            var during = new FileInfo(path + "-wal").Length;
            await store.CompleteRunAsync("t", run.Id, DateTimeOffset.UnixEpoch);
            return (during, new FileInfo(path + "-wal").Length);
        }
    }
}
