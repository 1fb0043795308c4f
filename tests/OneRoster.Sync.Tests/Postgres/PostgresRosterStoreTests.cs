using System;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;

namespace OneRoster.Sync.Tests.Postgres
{
    /// <summary>What is PostgreSQL's own: schema name checks, migrations, column types, the record as queryable jsonb.</summary>
    [TestFixture]
    [Parallelizable(ParallelScope.Children)]
    public class PostgresRosterStoreTests
    {
        [TestCase("")]
        [TestCase("Upper")]
        [TestCase("1starts_with_digit")]
        [TestCase("has-dash")]
        [TestCase("x; DROP TABLE users")]
        [TestCase("a_name_that_is_longer_than_the_sixty_three_bytes_postgresql_allows")]
        public void A_schema_that_is_not_a_plain_identifier_is_refused_before_any_connection(string schema)
        {
            // Port 1 on loopback: nothing listens, so a connection attempt would fail differently.
            var e = Assert.Throws<ArgumentException>(() => new PostgresRosterStore("Host=127.0.0.1;Port=1;Username=nobody", schema));
            Assert.That(e!.ParamName, Is.EqualTo("schema"));
        }

        [Test]
        public void A_connection_string_that_is_not_one_is_refused_with_a_typed_error()
        {
            var e = Assert.Throws<ArgumentException>(() => new PostgresRosterStore("Hots=127.0.0.1;Password=hunter2"));
            Assert.That(e!.ParamName, Is.EqualTo("connectionString"));
            Assert.That(e.Message, Does.Not.Contain("hunter2"));
        }

        [Test]
        public async Task Migrations_are_applied_once_and_recorded_and_a_newer_schema_is_refused()
        {
            await using var schema = await PostgresTestServer.CreateSchemaAsync();
            var stores = Enumerable.Range(0, 3).Select(_ => new PostgresRosterStore(schema.ConnectionString, schema.Name)).ToArray();
            await Task.WhenAll(stores.Select(s => s.MigrateAsync()));
            foreach (var store in stores)
            {
                await store.DisposeAsync();
            }

            await using (var versions = schema.DataSource.CreateCommand($"SELECT array_agg(version ORDER BY version) FROM {schema.Name}.schema_version"))
            {
                Assert.That(await versions.ExecuteScalarAsync(), Is.EqualTo(Enumerable.Range(1, PostgresRosterStore.SchemaVersion).ToArray()));
            }
            await using (var newer = schema.DataSource.CreateCommand($"INSERT INTO {schema.Name}.schema_version VALUES ({PostgresRosterStore.SchemaVersion + 1}, now())"))
            {
                await newer.ExecuteNonQueryAsync();
            }
            await using var later = new PostgresRosterStore(schema.ConnectionString, schema.Name);
            var e = Assert.ThrowsAsync<RosterSyncException>(() => later.MigrateAsync());
            Assert.That(e!.Message, Does.Contain($"version {PostgresRosterStore.SchemaVersion + 1}").And.Contain("upgrade OneRoster.Sync"));
        }

        [Test]
        public async Task Every_table_has_the_tenant_key_typed_columns_and_the_record_as_jsonb()
        {
            await using var schema = await PostgresTestServer.CreateSchemaAsync();
            await using (var store = new PostgresRosterStore(schema.ConnectionString, schema.Name))
            {
                await store.MigrateAsync();
            }
            await using var columns = schema.DataSource.CreateCommand(
                "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = $1");
            columns.Parameters.AddWithValue(schema.Name);
            var found = new System.Collections.Generic.HashSet<(string, string, string)>();
            await using (var reader = await columns.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    found.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
                }
            }
            foreach (var table in SyncCollection.All.Select(c => c.TableName))
            {
                Assert.That(found, Does.Contain((table, "tenant", "text")));
                Assert.That(found, Does.Contain((table, "sourced_id", "text")));
                Assert.That(found, Does.Contain((table, "date_last_modified", "timestamp with time zone")));
                Assert.That(found, Does.Contain((table, "json", "jsonb")));
            }
            Assert.That(found, Does.Contain(("sync_checkpoints", "tenant", "text")));
            Assert.That(found, Does.Contain(("sync_runs", "tenant", "text")));
        }

        [Test]
        public async Task Stored_records_are_queryable_as_jsonb_and_by_their_reference_columns()
        {
            await using var schema = await PostgresTestServer.CreateSchemaAsync();
            await using var store = new PostgresRosterStore(schema.ConnectionString, schema.Name);
            await store.MigrateAsync();
            const string json = "{\"sourcedId\":\"e1\",\"role\":\"student\",\"user\":{\"sourcedId\":\"u1\"},\"metadata\":{\"ext:grade\":\"09\"}}";
            await using (var tx = await store.BeginAsync("district-1", SyncCollection.Enrollments))
            {
                await tx.UpsertAsync(new[] { new RosterRecord("e1", "active", DateTimeOffset.UnixEpoch, new RosterReferences(ClassId: "c1", UserId: "u1"), json, "h1") });
                await tx.CommitAsync(new SyncCheckpoint(DateTimeOffset.UnixEpoch, null, "r"));
            }

            await using var query = schema.DataSource.CreateCommand(
                $"SELECT json->>'role', json->'metadata'->>'ext:grade' FROM {schema.Name}.enrollments WHERE tenant = 'district-1' AND class_id = 'c1' AND user_id = 'u1' AND json @> '{{\"user\":{{\"sourcedId\":\"u1\"}}}}'");
            await using var reader = await query.ExecuteReaderAsync();
            Assert.That(await reader.ReadAsync(), Is.True);
            Assert.That((reader.GetString(0), reader.GetString(1)), Is.EqualTo(("student", "09")));
        }
    }
}
