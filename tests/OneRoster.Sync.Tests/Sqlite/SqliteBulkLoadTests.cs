using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using NUnit.Framework;
using OneRoster.Sync.Tests.Contract;

namespace OneRoster.Sync.Tests.Sqlite
{
    /// <summary>
    /// The first load of an empty table (its secondary indexes dropped and rebuilt inside the transaction), the
    /// position-bound row writes, and the page size of new files: what the SQLite file holds afterwards.
    /// </summary>
    [TestFixture]
    [Parallelizable(ParallelScope.Children)]
    public class SqliteBulkLoadTests
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "oneroster-sync-bulk-" + Guid.NewGuid().ToString("N")[..8]);

        [OneTimeSetUp]
        public void CreateFolder() => Directory.CreateDirectory(_folder);

        [OneTimeTearDown]
        public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

        [Test]
        public async Task A_first_load_into_an_empty_table_leaves_its_indexes_as_the_migrations_made_them()
        {
            await using var store = NewStore(out var path);
            await store.MigrateAsync();
            var before = Indexes(path, "enrollments");

            await using (var load = await store.BeginAsync("t", SyncCollection.Enrollments))
            {
                await load.UpsertAsync(Enumerable.Range(0, 300).Select(i => Record($"e{i:D3}", new RosterReferences(SchoolId: "s1", ClassId: $"c{i % 7}", UserId: $"u{i}"))).ToList());
                await load.CommitAsync(new SyncCheckpoint(DateTimeOffset.UnixEpoch, null, "run"));
            }

            Assert.That(before.Select(i => i.Name), Is.EquivalentTo(new[] { "ix_enrollments_modified", "ix_enrollments_school_id", "ix_enrollments_class_id", "ix_enrollments_user_id" }));
            Assert.That(Indexes(path, "enrollments"), Is.EqualTo(before));
            Assert.That(Scalar(path, "SELECT COUNT(*) FROM enrollments INDEXED BY ix_enrollments_class_id WHERE tenant = 't' AND class_id = 'c3'"), Is.EqualTo(43L), "the rebuilt index holds every row");
            Assert.That(Scalar(path, "PRAGMA integrity_check"), Is.EqualTo("ok"));
        }

        [Test]
        public async Task A_first_load_given_up_keeps_the_indexes_and_no_rows()
        {
            await using var store = NewStore(out var path);
            await store.MigrateAsync();
            var before = Indexes(path, "users");

            await using (var abandoned = await store.BeginAsync("t", SyncCollection.Users))
            {
                await abandoned.UpsertAsync(new[] { Record("u1"), Record("u2") });
                Assert.That(Indexes(path, "users"), Is.EqualTo(before), "a reader sees the committed schema while the load runs");
            }

            Assert.That(Indexes(path, "users"), Is.EqualTo(before));
            Assert.That(Scalar(path, "SELECT COUNT(*) FROM users"), Is.Zero);
        }

        [Test]
        public async Task A_first_load_counts_a_sourcedId_seen_again_in_a_later_batch_once()
        {
            await using var store = NewStore(out _);
            await store.MigrateAsync();

            await using var load = await store.BeginAsync("t", SyncCollection.Users);
            var first = await load.UpsertAsync(new[] { Record("u1", "{\"v\":1}"), Record("u2") });
            var again = await load.UpsertAsync(new[] { Record("u1", "{\"v\":1}"), Record("u2", "{\"v\":2}"), Record("u3") });
            var tombstoned = await load.DeleteAsync(new[] { "u3", "u9" });

            Assert.That(first, Is.EqualTo(new[] { RosterWriteOutcome.Inserted, RosterWriteOutcome.Inserted }));
            Assert.That(again, Is.EqualTo(new[] { RosterWriteOutcome.Unchanged, RosterWriteOutcome.Updated, RosterWriteOutcome.Inserted }));
            Assert.That(tombstoned, Is.EqualTo(new[] { true, false }));
            Assert.That(await load.CountUnseenAsync(), Is.Zero);
            Assert.That(await load.DeleteUnseenAsync(), Is.Empty);
        }

        [Test]
        public async Task A_load_into_a_table_holding_another_tenant_keeps_its_indexes_and_counts_the_unseen()
        {
            await using var store = NewStore(out var path);
            await store.MigrateAsync();
            await using (var other = await store.BeginAsync("other", SyncCollection.Users))
            {
                await other.UpsertAsync(new[] { Record("o1") });
                await other.CommitAsync(new SyncCheckpoint(DateTimeOffset.UnixEpoch, null, "run"));
            }
            await using (var mine = await store.BeginAsync("mine", SyncCollection.Users))
            {
                await mine.UpsertAsync(new[] { Record("m1"), Record("m2") });
                await mine.CommitAsync(new SyncCheckpoint(DateTimeOffset.UnixEpoch, null, "run"));
            }
            var indexes = Indexes(path, "users");

            await using var again = await store.BeginAsync("mine", SyncCollection.Users);
            await again.UpsertAsync(new[] { Record("m1") });

            Assert.That(Indexes(path, "users"), Is.EqualTo(indexes));
            Assert.That(await again.CountUnseenAsync(), Is.EqualTo(1));
            Assert.That(await again.DeleteUnseenAsync(), Is.EqualTo(new[] { "m2" }));
        }

        [Test]
        public async Task Text_is_written_as_given_empty_text_not_null_and_characters_outside_the_basic_plane_intact()
        {
            await using var store = NewStore(out var path);
            await store.MigrateAsync();
            var json = "{\"givenName\":\"Zoë 🦊 \\\"quoted\\\"\"}";

            await using (var load = await store.BeginAsync("t", SyncCollection.Users))
            {
                await load.UpsertAsync(new[] { new RosterRecord("u🦊", "", null, new RosterReferences(OrgId: "ö"), json, Sources.RecordJson.Hash(json)) });
                await load.CommitAsync(new SyncCheckpoint(DateTimeOffset.UnixEpoch, null, "run"));
            }

            var read = (await store.ReadAsync("t", SyncCollection.Users).ToListAsync()).Single();
            Assert.That((read.SourcedId, read.Status, read.DateLastModified, read.References.OrgId, read.Json), Is.EqualTo(("u🦊", "", (DateTimeOffset?)null, "ö", json)));
            Assert.That(Scalar(path, "SELECT typeof(status) FROM users"), Is.EqualTo("text"));
        }

        [Test]
        public async Task A_new_file_uses_16_KiB_pages()
        {
            await using var store = NewStore(out var path);
            await store.MigrateAsync();

            Assert.That(Scalar(path, "PRAGMA page_size"), Is.EqualTo(16384L));
            Assert.That(Scalar(path, "PRAGMA journal_mode"), Is.EqualTo("wal"));
        }

        private SqliteRosterStore NewStore(out string path)
        {
            path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db");
            return new SqliteRosterStore(path);
        }

        private static RosterRecord Record(string id, string json = "{}") => Record(id, default, json);

        private static RosterRecord Record(string id, RosterReferences references, string json = "{}") =>
            new(id, "active", new DateTimeOffset(2025, 9, 1, 8, 0, 0, TimeSpan.Zero), references, json, Sources.RecordJson.Hash(json));

        /// <summary>The table's secondary indexes as SQLite keeps them, read on a connection of its own (a reader's view).</summary>
        private static List<(string Name, string Sql)> Indexes(string path, string table)
        {
            using var connection = Open(path);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = $table AND sql IS NOT NULL ORDER BY name";
            command.Parameters.AddWithValue("$table", table);
            using var reader = command.ExecuteReader();
            var indexes = new List<(string, string)>();
            while (reader.Read())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
            return indexes;
        }

        private static object? Scalar(string path, string sql)
        {
            using var connection = Open(path);
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return command.ExecuteScalar();
        }

        private static SqliteConnection Open(string path)
        {
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            return connection;
        }
    }
}
