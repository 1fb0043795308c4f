using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.Data.Sqlite;

namespace OneRoster.Bench
{
    /// <summary>
    /// What SQLite itself does with the sync's rows, for the sync scenario's <c>sqlite-floor</c> row: the same users and
    /// enrollments (the provider's JSON, the same sizes), into tables of the store's shape (tenant and sourcedId as the
    /// key, status, dateLastModified, the reference columns, a content hash, the JSON) with the store's settings (16 KiB
    /// pages, WAL, synchronous=NORMAL, the same cache), one transaction per collection, the secondary indexes built
    /// after the load as the store does for an empty table. No client, no network, no serializing, no hashing: one
    /// prepared INSERT per row. A store on SQLite cannot be faster than this, so it bounds what "× stream" can reach.
    /// </summary>
    internal static class SqliteFloor
    {
        // The payloads cycle through this many distinct records: their sizes are the catalog's, and nothing is
        // generated while the clock runs.
        private const int Distinct = 1000;

        /// <summary>Loads the users and enrollments into a new file; returns the seconds from the first insert to the last commit.</summary>
        public static double Load(int users, int enrollments)
        {
            var folder = Path.Combine(Path.GetTempPath(), "oneroster-bench-floor-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(folder);
            try
            {
                using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "floor.db"), Pooling = false }.ToString());
                connection.Open();
                Execute(connection, null, "PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA temp_store=FILE; PRAGMA cache_size=-16000");
                var modified = new DateTime(2025, 8, 1, 12, 30, 0, DateTimeKind.Utc);
                var userJson = Enumerable.Range(0, Distinct).Select(n => SyncCatalog.User(n, 0, modified)).ToArray();
                var enrollmentJson = Enumerable.Range(0, Distinct).Select(n => SyncCatalog.Enrollment(n, users, modified)).ToArray();
                var clock = Stopwatch.StartNew();
                LoadTable(connection, "users", users, n => $"user-{n:D7}", userJson, ("org_id", n => $"school-{n % 40 + 1:D3}"));
                if (enrollments > 0)
                {
                    LoadTable(connection, "enrollments", enrollments, n => $"enrollment-{n:D8}", enrollmentJson,
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

        private static void LoadTable(SqliteConnection connection, string table, int count, Func<int, string> id, string[] json, params (string Column, Func<int, string> Value)[] references)
        {
            Execute(connection, null,
                $"CREATE TABLE {table} (tenant TEXT NOT NULL, sourced_id TEXT NOT NULL, status TEXT, date_last_modified TEXT, org_id TEXT, school_id TEXT, class_id TEXT, " +
                "user_id TEXT, course_id TEXT, academic_session_id TEXT, line_item_id TEXT, content_hash TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (tenant, sourced_id))");
            using var transaction = connection.BeginTransaction(deferred: false);
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
            Execute(connection, transaction, $"CREATE INDEX ix_{table}_modified ON {table} (tenant, date_last_modified)");
            foreach (var (column, _) in references)
            {
                Execute(connection, transaction, $"CREATE INDEX ix_{table}_{column} ON {table} (tenant, {column})");
            }
            transaction.Commit();
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
