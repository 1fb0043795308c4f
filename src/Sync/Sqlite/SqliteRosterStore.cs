using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace OneRoster.Sync
{
    /// <summary>
    /// The embedded store: one SQLite file holding a table per collection (typed key, status, dateLastModified and
    /// reference columns, the record as JSON), the checkpoints and the runs, for any number of tenants. Opened in WAL
    /// mode, so readers see the last committed state while a sync writes. See docs/sync.md, "Schema".
    /// </summary>
    public sealed class SqliteRosterStore : IRosterStore, IDisposable
    {
        /// <summary>
        /// What the write-ahead log is cut back to once it has been folded into the file (docs/sync.md, "Schema"). A
        /// first load grows it to the size of the largest collection, and SQLite otherwise keeps that file at its largest
        /// for as long as any pooled connection is open: a worker that holds the store for months would hold gigabytes.
        /// </summary>
        internal const long DefaultWalSizeLimit = 64L * 1024 * 1024;

        private readonly string _connectionString;
        private readonly string _connectionPragmas;
        private int _migrated;

        /// <summary>A store in the SQLite file at <paramref name="path"/> (created with its schema on first use).</summary>
        /// <exception cref="ArgumentException">The path is null or empty.</exception>
        public SqliteRosterStore(string path)
            : this(path, DefaultWalSizeLimit)
        {
        }

        /// <param name="path">The SQLite file.</param>
        /// <param name="walSizeLimit">Bytes the log is cut back to after a complete checkpoint; negative keeps it at its largest.</param>
        internal SqliteRosterStore(string path, long walSizeLimit)
        {
            ArgumentException.ThrowIfNullOrEmpty(path);
            Path = path;
            // WAL with synchronous=NORMAL keeps every commit atomic and consistent; a power cut may lose the last commit,
            // which the next run pulls again. Temporary data (the "seen" set of a reconcile, the sorts of an index build
            // after a first load) goes to temporary files, not memory: in memory it grew with the collection (1,000,000
            // users: 211 MB peak against 139 MB at 100,000; with files 153 MB).
            _connectionPragmas = FormattableString.Invariant(
                $"PRAGMA synchronous=NORMAL; PRAGMA temp_store=FILE; PRAGMA cache_size=-16000; PRAGMA journal_size_limit={walSizeLimit}");
            _connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = true,
                DefaultTimeout = 60,
            }.ToString();
        }

        /// <summary>The SQLite file.</summary>
        public string Path { get; }

        /// <summary>The schema version this library writes (the highest migration).</summary>
        public static int SchemaVersion => SqliteSchema.Latest;

        /// <inheritdoc />
        public async Task MigrateAsync(CancellationToken cancellationToken = default)
        {
            if (Volatile.Read(ref _migrated) == 1)
            {
                return;
            }
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            // The page size takes effect only on a new, empty file (docs/sync.md, "Schema"); an existing file keeps its own.
            await ExecuteAsync(connection, null, "PRAGMA page_size=16384; PRAGMA journal_mode=WAL", cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL)", cancellationToken).ConfigureAwait(false);
            var current = Convert.ToInt32(await ScalarAsync(connection, null, "SELECT COALESCE(MAX(version), 0) FROM schema_version", cancellationToken).ConfigureAwait(false) ?? 0);
            if (current > SqliteSchema.Latest)
            {
                throw new RosterSyncException($"The store {Path} has schema version {current}, newer than this library's {SqliteSchema.Latest}; upgrade OneRoster.Sync.");
            }
            for (var version = current + 1; version <= SqliteSchema.Latest; version++)
            {
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                foreach (var statement in SqliteSchema.Migrations[version - 1])
                {
                    await ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
                }
                using var record = Command(connection, transaction, "INSERT INTO schema_version (version, applied_at) VALUES ($v, $at)");
                record.Parameters.AddWithValue("$v", version);
                record.Parameters.AddWithValue("$at", SqliteText.From(DateTimeOffset.UtcNow));
                await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            Volatile.Write(ref _migrated, 1);
        }

        /// <inheritdoc />
        public async Task<SyncRun> BeginRunAsync(string tenant, DateTimeOffset now, CancellationToken cancellationToken = default)
        {
            ArgumentException.ThrowIfNullOrEmpty(tenant);
            await MigrateAsync(cancellationToken).ConfigureAwait(false);
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            using (var open = Command(connection, null, "SELECT run_id, started_at FROM sync_runs WHERE tenant = $t AND completed_at IS NULL ORDER BY started_at DESC LIMIT 1"))
            {
                open.Parameters.AddWithValue("$t", tenant);
                await using var reader = await open.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    return new SyncRun(reader.GetString(0), SqliteText.To(reader.GetString(1)), Resumed: true);
                }
            }
            var id = Guid.NewGuid().ToString("N");
            using var insert = Command(connection, null, "INSERT INTO sync_runs (tenant, run_id, started_at) VALUES ($t, $id, $at)");
            insert.Parameters.AddWithValue("$t", tenant);
            insert.Parameters.AddWithValue("$id", id);
            insert.Parameters.AddWithValue("$at", SqliteText.From(now));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return new SyncRun(id, now, Resumed: false);
        }

        /// <inheritdoc />
        public async Task CompleteRunAsync(string tenant, string runId, DateTimeOffset now, CancellationToken cancellationToken = default)
        {
            ArgumentException.ThrowIfNullOrEmpty(tenant);
            await MigrateAsync(cancellationToken).ConfigureAwait(false);
            ArgumentException.ThrowIfNullOrEmpty(runId);
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            using var update = Command(connection, null, "UPDATE sync_runs SET completed_at = $at WHERE tenant = $t AND run_id = $id");
            update.Parameters.AddWithValue("$t", tenant);
            update.Parameters.AddWithValue("$id", runId);
            update.Parameters.AddWithValue("$at", SqliteText.From(now));
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        /// <inheritdoc />
        public async Task<SyncCheckpoint?> GetCheckpointAsync(string tenant, SyncCollection collection, CancellationToken cancellationToken = default)
        {
            ArgumentException.ThrowIfNullOrEmpty(tenant);
            ArgumentNullException.ThrowIfNull(collection);
            await MigrateAsync(cancellationToken).ConfigureAwait(false);
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            using var select = Command(connection, null, "SELECT pulled_from, last_full_pull, run_id FROM sync_checkpoints WHERE tenant = $t AND collection = $c");
            select.Parameters.AddWithValue("$t", tenant);
            select.Parameters.AddWithValue("$c", collection.Name);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }
            return new SyncCheckpoint(
                SqliteText.To(reader.GetString(0)),
                reader.IsDBNull(1) ? null : SqliteText.To(reader.GetString(1)),
                reader.GetString(2));
        }

        /// <inheritdoc />
        public async Task<IRosterStoreTransaction> BeginAsync(string tenant, SyncCollection collection, CancellationToken cancellationToken = default)
        {
            ArgumentException.ThrowIfNullOrEmpty(tenant);
            ArgumentNullException.ThrowIfNull(collection);
            await MigrateAsync(cancellationToken).ConfigureAwait(false);
            var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await SqliteRosterStoreTransaction.BeginAsync(connection, tenant, collection, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        /// <inheritdoc />
        public async Task<long> CountAsync(string tenant, SyncCollection collection, CancellationToken cancellationToken = default)
        {
            ArgumentException.ThrowIfNullOrEmpty(tenant);
            ArgumentNullException.ThrowIfNull(collection);
            await MigrateAsync(cancellationToken).ConfigureAwait(false);
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            using var count = Command(connection, null, $"SELECT COUNT(*) FROM {collection.TableName} WHERE tenant = $t");
            count.Parameters.AddWithValue("$t", tenant);
            return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
        }

        /// <inheritdoc />
        public async IAsyncEnumerable<RosterRecord> ReadAsync(string tenant, SyncCollection collection, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            ArgumentException.ThrowIfNullOrEmpty(tenant);
            ArgumentNullException.ThrowIfNull(collection);
            await MigrateAsync(cancellationToken).ConfigureAwait(false);
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            using var select = Command(connection, null,
                $"SELECT sourced_id, status, date_last_modified, org_id, school_id, class_id, user_id, course_id, academic_session_id, line_item_id, json, content_hash FROM {collection.TableName} WHERE tenant = $t ORDER BY sourced_id");
            select.Parameters.AddWithValue("$t", tenant);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return new RosterRecord(
                    reader.GetString(0),
                    SqliteText.Nullable(reader, 1),
                    SqliteText.Nullable(reader, 2) is { } modified ? SqliteText.To(modified) : null,
                    SqliteText.References(reader, first: 3),
                    reader.GetString(10),
                    reader.GetString(11));
            }
        }

        /// <summary>Releases the pooled connections to the file.</summary>
        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        /// <summary>Releases the pooled connections to the file (also for containers disposed synchronously).</summary>
        public void Dispose()
        {
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
        }

        internal static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = transaction;
            return command;
        }

        private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
        {
            using var command = Command(connection, transaction, sql);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
        {
            using var command = Command(connection, transaction, sql);
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }

        private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
        {
            var connection = new SqliteConnection(_connectionString);
            try
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, null, _connectionPragmas, cancellationToken).ConfigureAwait(false);
                return connection;
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
    }
}
