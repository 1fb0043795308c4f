using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using OneRoster.Sync;

namespace OneRoster.Bench
{
    /// <summary>
    /// What SQLite itself does with the sync's rows, for the sync scenario's <c>sqlite-floor</c> row: the same users and
    /// enrollments (the provider's JSON, the same sizes) into the store's own file — created by
    /// <see cref="SqliteRosterStore.MigrateAsync"/>, so its tables, indexes, page size and journal mode are the store's —
    /// with the store's connection settings, one transaction per collection, the secondary indexes dropped and built
    /// after the load as the store does for an empty table. No client, no network, no serializing, no hashing: one
    /// prepared INSERT per row. A store on SQLite cannot be faster than this, so it bounds what "× stream" can reach.
    /// </summary>
    internal static class SqliteFloor
    {
        // The payloads cycle through this many distinct records: their sizes are the catalog's, and no JSON is made
        // while the clock runs.
        private const int Distinct = 1000;

        // The store's settings for each connection (SqliteRosterStore opens its connections with these; they are not
        // kept in the file, unlike the page size and the journal mode).
        private const string ConnectionSettings = "PRAGMA synchronous=NORMAL; PRAGMA temp_store=FILE; PRAGMA cache_size=-16000; PRAGMA journal_size_limit=67108864";

        /// <summary>Loads the users and enrollments into a new file; returns the seconds from the first insert to the last commit.</summary>
        public static async Task<double> LoadAsync(int users, int enrollments)
        {
            var folder = Path.Combine(Path.GetTempPath(), "oneroster-bench-floor-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, "floor.db");
            try
            {
                using (var store = new SqliteRosterStore(path))
                {
                    await store.MigrateAsync().ConfigureAwait(false);
                }
                using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
                connection.Open();
                Execute(connection, null, ConnectionSettings);
                var modified = new DateTime(2025, 8, 1, 12, 30, 0, DateTimeKind.Utc);
                var userJson = Enumerable.Range(0, Distinct).Select(n => SyncCatalog.User(n, 0, modified)).ToArray();
                var enrollmentJson = Enumerable.Range(0, Distinct).Select(n => SyncCatalog.Enrollment(n, users, modified)).ToArray();
                var clock = Stopwatch.StartNew();
                // The reference columns each collection fills (docs/sync.md, "Schema"), with values of the catalog's shape.
                Load(connection, SyncCollection.Users.TableName, users, n => $"user-{n:D7}", userJson, ("org_id", n => $"school-{n % 40 + 1:D3}"));
                if (enrollments > 0)
                {
                    Load(connection, SyncCollection.Enrollments.TableName, enrollments, n => $"enrollment-{n:D8}", enrollmentJson,
                        ("user_id", n => $"user-{(int)(n / SyncCatalog.EnrollmentsPerUser):D7}"), ("class_id", n => $"class-{n % 5000:D5}"), ("school_id", n => $"school-{n % 40 + 1:D3}"));
                }
                return clock.Elapsed.TotalSeconds;
            }
            finally
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
            }
        }

        private static void Load(SqliteConnection connection, string table, int count, Func<int, string> id, string[] json, params (string Column, Func<int, string> Value)[] references)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var indexes = DropSecondaryIndexes(connection, transaction, table);
            using (var insert = connection.CreateCommand())
            {
                insert.Transaction = transaction;
                var columns = string.Concat(references.Select(r => ", " + r.Column));
                var values = string.Concat(references.Select((_, i) => $", $r{i}"));
                insert.CommandText = $"INSERT INTO {table} (tenant, sourced_id, status, date_last_modified, content_hash, json{columns}) VALUES ('bench', $id, 'active', $modified, $hash, $json{values})";
                var idParameter = insert.Parameters.Add("$id", SqliteType.Text);
                var modifiedParameter = insert.Parameters.Add("$modified", SqliteType.Text);
                var hashParameter = insert.Parameters.Add("$hash", SqliteType.Text);
                var jsonParameter = insert.Parameters.Add("$json", SqliteType.Text);
                var referenceParameters = references.Select((_, i) => insert.Parameters.Add($"$r{i}", SqliteType.Text)).ToArray();
                insert.Prepare();
                for (var n = 0; n < count; n++)
                {
                    idParameter.Value = id(n);
                    modifiedParameter.Value = "2025-08-01T12:30:00.000Z";
                    hashParameter.Value = ((ulong)n * 11400714819323198485UL).ToString("X16", CultureInfo.InvariantCulture) + ((ulong)n).ToString("X16", CultureInfo.InvariantCulture);
                    jsonParameter.Value = json[n % json.Length];
                    for (var r = 0; r < references.Length; r++)
                    {
                        referenceParameters[r].Value = references[r].Value(n);
                    }
                    insert.ExecuteNonQuery();
                }
            }
            foreach (var index in indexes)
            {
                Execute(connection, transaction, index);
            }
            transaction.Commit();
        }

        /// <summary>Drops the table's secondary indexes (as the store does before loading an empty table) and returns their definitions.</summary>
        private static List<string> DropSecondaryIndexes(SqliteConnection connection, SqliteTransaction transaction, string table)
        {
            var indexes = new List<(string Name, string Sql)>();
            using (var list = connection.CreateCommand())
            {
                list.Transaction = transaction;
                list.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = $table AND sql IS NOT NULL";
                list.Parameters.AddWithValue("$table", table);
                using var reader = list.ExecuteReader();
                while (reader.Read())
                {
                    indexes.Add((reader.GetString(0), reader.GetString(1)));
                }
            }
            foreach (var (name, _) in indexes)
            {
                Execute(connection, transaction, $"DROP INDEX \"{name}\"");
            }
            return indexes.ConvertAll(index => index.Sql);
        }

        private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }
}
