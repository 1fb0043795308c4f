using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using NpgsqlTypes;

namespace OneRoster.Sync
{
    /// <summary>
    /// The store for scale: a PostgreSQL schema holding a table per collection (typed key, status, dateLastModified and
    /// reference columns, the record as <c>jsonb</c>), the checkpoints and the runs, for any number of tenants written
    /// by any number of workers. Records arrive by binary COPY into a temporary table and one upsert per batch; each
    /// collection's transaction holds an advisory lock of its tenant and collection, so workers of the same tenant take
    /// turns and other tenants go on in parallel. See docs/sync.md, "PostgreSQL" and "Many tenants and workers".
    /// </summary>
    public sealed partial class PostgresRosterStore : IRosterStore
    {
        /// <summary>The schema the store uses when none is given.</summary>
        public const string DefaultSchema = "oneroster_sync";

        private readonly NpgsqlDataSource _dataSource;
        private readonly bool _ownsDataSource;
        private int _migrated;

        /// <summary>A store in <paramref name="schema"/> of the database <paramref name="connectionString"/> names (an Npgsql connection string).</summary>
        /// <exception cref="ArgumentException">The connection string is null, empty or not a connection string, or the schema is not a plain lower-case identifier.</exception>
        public PostgresRosterStore(string connectionString, string schema = DefaultSchema)
            : this(Create(connectionString), ownsDataSource: true, schema)
        {
        }

        /// <summary>A store in <paramref name="schema"/> of the database <paramref name="dataSource"/> connects to; the data source stays the caller's to dispose.</summary>
        /// <exception cref="ArgumentException">The schema is not a plain lower-case identifier.</exception>
        public PostgresRosterStore(NpgsqlDataSource dataSource, string schema = DefaultSchema)
            : this(dataSource ?? throw new ArgumentNullException(nameof(dataSource)), ownsDataSource: false, schema)
        {
        }

        private PostgresRosterStore(NpgsqlDataSource dataSource, bool ownsDataSource, string schema)
        {
            ArgumentNullException.ThrowIfNull(schema);
            if (!IdentifierPattern().IsMatch(schema))
            {
                if (ownsDataSource)
                {
                    dataSource.Dispose();
                }
                throw new ArgumentException($"'{schema}' is not a schema name the store accepts: 1 to 63 characters of a-z, 0-9 and _, starting with a letter or _.", nameof(schema));
            }
            _dataSource = dataSource;
            _ownsDataSource = ownsDataSource;
            Schema = schema;
        }

        /// <summary>The PostgreSQL schema holding the store's tables.</summary>
        public string Schema { get; }

        /// <summary>The schema version this library writes (the highest migration).</summary>
        public static int SchemaVersion => PostgresSchema.Latest;

        /// <inheritdoc />
        public async Task MigrateAsync(CancellationToken cancellationToken = default)
        {
            if (Volatile.Read(ref _migrated) == 1)
            {
                return;
            }
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            // Workers starting together migrate one at a time; the others then find the schema current.
            await PostgresLocks.TakeAsync(connection, transaction, PostgresLocks.Key(Schema, "", "migrate"), cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, $"CREATE SCHEMA IF NOT EXISTS {Schema}", cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, $"SET LOCAL search_path TO {Schema}", cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL PRIMARY KEY, applied_at timestamptz NOT NULL)", cancellationToken).ConfigureAwait(false);
            await using (var select = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version", connection, transaction))
            {
                var current = Convert.ToInt32(await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
                if (current > PostgresSchema.Latest)
                {
                    throw new RosterSyncException($"The store's schema {Schema} has version {current}, newer than this library's {PostgresSchema.Latest}; upgrade OneRoster.Sync.");
                }
                for (var version = current + 1; version <= PostgresSchema.Latest; version++)
                {
                    foreach (var statement in PostgresSchema.Migrations[version - 1])
                    {
                        await ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
                    }
                    await using var record = new NpgsqlCommand("INSERT INTO schema_version (version, applied_at) VALUES ($1, now())", connection, transaction);
                    record.Parameters.Add(new NpgsqlParameter<int> { TypedValue = version });
                    await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _migrated, 1);
        }

        /// <inheritdoc />
        public async Task<SyncRun> BeginRunAsync(string tenant, DateTimeOffset now, CancellationToken cancellationToken = default)
        {
            ArgumentException.ThrowIfNullOrEmpty(tenant);
            await MigrateAsync(cancellationToken).ConfigureAwait(false);
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            // Two workers starting the same tenant at once must agree on one run, not open two.
            await PostgresLocks.TakeAsync(connection, transaction, PostgresLocks.Key(Schema, tenant, "runs"), cancellationToken).ConfigureAwait(false);
            SyncRun run;
            await using (var open = Command(connection, transaction, $"SELECT run_id, started_at FROM {Schema}.sync_runs WHERE tenant = $1 AND completed_at IS NULL ORDER BY started_at DESC LIMIT 1", tenant))
            await using (var reader = await open.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                run = await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                    ? new SyncRun(reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1), Resumed: true)
                    : new SyncRun(Guid.NewGuid().ToString("N"), now, Resumed: false);
            }
            if (!run.Resumed)
            {
                await using var insert = Command(connection, transaction, $"INSERT INTO {Schema}.sync_runs (tenant, run_id, started_at) VALUES ($1, $2, $3)", tenant, run.Id);
                insert.Parameters.Add(Instant(now));
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return run;
        }

        /// <inheritdoc />
        public async Task CompleteRunAsync(string tenant, string runId, DateTimeOffset now, CancellationToken cancellationToken = default)
        {
            ArgumentException.ThrowIfNullOrEmpty(tenant);
            ArgumentException.ThrowIfNullOrEmpty(runId);
            await MigrateAsync(cancellationToken).ConfigureAwait(false);
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var update = Command(connection, null, $"UPDATE {Schema}.sync_runs SET completed_at = $3 WHERE tenant = $1 AND run_id = $2", tenant, runId);
            update.Parameters.Add(Instant(now));
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        /// <inheritdoc />
        public async Task<SyncCheckpoint?> GetCheckpointAsync(string tenant, SyncCollection collection, CancellationToken cancellationToken = default)
        {
            ArgumentException.ThrowIfNullOrEmpty(tenant);
            ArgumentNullException.ThrowIfNull(collection);
            await MigrateAsync(cancellationToken).ConfigureAwait(false);
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var select = Command(connection, null, $"SELECT pulled_from, last_full_pull, run_id FROM {Schema}.sync_checkpoints WHERE tenant = $1 AND collection = $2", tenant, collection.Name);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }
            return new SyncCheckpoint(
                reader.GetFieldValue<DateTimeOffset>(0),
                reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1),
                reader.GetString(2));
        }

        /// <inheritdoc />
        /// <remarks>Waits while another worker holds the tenant's and collection's transaction (an advisory lock).</remarks>
        public async Task<IRosterStoreTransaction> BeginAsync(string tenant, SyncCollection collection, CancellationToken cancellationToken = default)
        {
            ArgumentException.ThrowIfNullOrEmpty(tenant);
            ArgumentNullException.ThrowIfNull(collection);
            await MigrateAsync(cancellationToken).ConfigureAwait(false);
            var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await PostgresRosterStoreTransaction.BeginAsync(connection, Schema, tenant, collection, cancellationToken).ConfigureAwait(false);
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
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var count = Command(connection, null, $"SELECT COUNT(*) FROM {Schema}.{collection.TableName} WHERE tenant = $1", tenant);
            return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
        }

        /// <inheritdoc />
        /// <remarks><see cref="RosterRecord.Json"/> is the record as <c>jsonb</c> gives it back: the same JSON value, with keys in jsonb's order.</remarks>
        public async IAsyncEnumerable<RosterRecord> ReadAsync(string tenant, SyncCollection collection, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            ArgumentException.ThrowIfNullOrEmpty(tenant);
            ArgumentNullException.ThrowIfNull(collection);
            await MigrateAsync(cancellationToken).ConfigureAwait(false);
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var select = Command(connection, null,
                $"SELECT sourced_id, status, date_last_modified, org_id, school_id, class_id, user_id, course_id, academic_session_id, line_item_id, json::text, content_hash " +
                $"FROM {Schema}.{collection.TableName} WHERE tenant = $1 ORDER BY sourced_id",
                tenant);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
                yield return new RosterRecord(
                    reader.GetString(0),
                    Text(1),
                    reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2),
                    new RosterReferences(Text(3), Text(4), Text(5), Text(6), Text(7), Text(8), Text(9)),
                    reader.GetString(10),
                    reader.GetString(11));
            }
        }

        /// <summary>Disposes the data source the store created from a connection string (not one the caller passed in).</summary>
        public async ValueTask DisposeAsync()
        {
            if (_ownsDataSource)
            {
                await _dataSource.DisposeAsync().ConfigureAwait(false);
            }
        }

        internal static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params string[] texts)
        {
            var command = new NpgsqlCommand(sql, connection, transaction);
            foreach (var text in texts)
            {
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = text, NpgsqlDbType = NpgsqlDbType.Text });
            }
            return command;
        }

        /// <summary>An instant for a <c>timestamptz</c> column (Npgsql writes only UTC offsets there).</summary>
        internal static NpgsqlParameter Instant(DateTimeOffset value) =>
            new NpgsqlParameter<DateTimeOffset> { TypedValue = value.ToUniversalTime(), NpgsqlDbType = NpgsqlDbType.TimestampTz };

        internal static NpgsqlParameter Instant(DateTimeOffset? value) => value is { } v
            ? Instant(v)
            : new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz };

        private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        private static NpgsqlDataSource Create(string connectionString)
        {
            ArgumentException.ThrowIfNullOrEmpty(connectionString);
            try
            {
                return NpgsqlDataSource.Create(connectionString);
            }
            catch (ArgumentException e)
            {
                // Npgsql's message quotes the offending keyword, never the password.
                throw new ArgumentException("The PostgreSQL connection string is not valid: " + e.Message, nameof(connectionString), e);
            }
        }

        [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
        private static partial Regex IdentifierPattern();
    }
}
