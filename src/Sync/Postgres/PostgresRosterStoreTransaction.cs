using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using NpgsqlTypes;

namespace OneRoster.Sync
{
    /// <summary>
    /// One collection pull into PostgreSQL: a transaction on one connection that first takes the tenant's and
    /// collection's advisory lock. Each batch of upserts is sent by binary COPY into a temporary table, then one
    /// statement reads the stored hashes, writes only the records that are new or changed and marks every record seen;
    /// the seen set is a temporary table too, so a complete full pull can delete what it did not bring in one statement.
    /// Both temporary tables are dropped at commit or rollback.
    /// </summary>
    internal sealed class PostgresRosterStoreTransaction : IRosterStoreTransaction
    {
        private const string IncomingColumns =
            "ord, sourced_id, status, date_last_modified, org_id, school_id, class_id, user_id, course_id, academic_session_id, line_item_id, content_hash, json";

        private readonly NpgsqlConnection _connection;
        private readonly NpgsqlTransaction _transaction;
        private readonly string _schema;
        private readonly string _tenant;
        private readonly SyncCollection _collection;
        private readonly string _table;
        private bool _done;

        private PostgresRosterStoreTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction, string schema, string tenant, SyncCollection collection)
        {
            _connection = connection;
            _transaction = transaction;
            _schema = schema;
            _tenant = tenant;
            _collection = collection;
            _table = $"{schema}.{collection.TableName}";
        }

        public static async Task<PostgresRosterStoreTransaction> BeginAsync(NpgsqlConnection connection, string schema, string tenant, SyncCollection collection, CancellationToken cancellationToken)
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await PostgresLocks.TakeAsync(connection, transaction, PostgresLocks.Key(schema, tenant, collection.Name), cancellationToken).ConfigureAwait(false);
                await using var temp = new NpgsqlCommand(
                    "CREATE TEMP TABLE sync_seen (sourced_id text COLLATE \"C\" NOT NULL PRIMARY KEY) ON COMMIT DROP; " +
                    "CREATE TEMP TABLE sync_incoming (ord integer NOT NULL, sourced_id text COLLATE \"C\" NOT NULL, status text, date_last_modified timestamptz, " +
                    "org_id text, school_id text, class_id text, user_id text, course_id text, academic_session_id text, line_item_id text, " +
                    "content_hash text NOT NULL, json text NOT NULL) ON COMMIT DROP",
                    connection, transaction);
                await temp.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                return new PostgresRosterStoreTransaction(connection, transaction, schema, tenant, collection);
            }
            catch
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        public async Task<IReadOnlyList<RosterWriteOutcome>> UpsertAsync(IReadOnlyList<RosterRecord> records, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(records);
            ThrowIfDone();
            var outcomes = new RosterWriteOutcome[records.Count];
            // One statement cannot write a row twice: a batch that repeats a sourcedId goes in runs without repeats,
            // in order, so the second copy meets the first as the stored record (as a record-by-record store would).
            var start = 0;
            var ids = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i <= records.Count; i++)
            {
                if (i == records.Count || !ids.Add(records[i].SourcedId))
                {
                    await UpsertRunAsync(records, start, i, outcomes, cancellationToken).ConfigureAwait(false);
                    start = i;
                    ids.Clear();
                    if (i < records.Count)
                    {
                        ids.Add(records[i].SourcedId);
                    }
                }
            }
            return outcomes;
        }

        public async Task<IReadOnlyList<bool>> DeleteAsync(IReadOnlyList<string> sourcedIds, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(sourcedIds);
            ThrowIfDone();
            var existed = new bool[sourcedIds.Count];
            if (sourcedIds.Count == 0)
            {
                return existed;
            }
            var ids = new string[sourcedIds.Count];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = sourcedIds[i] ?? throw new ArgumentException("A sourcedId to delete is null.", nameof(sourcedIds));
            }
            await using var delete = new NpgsqlCommand(
                "WITH seen AS (INSERT INTO pg_temp.sync_seen (sourced_id) SELECT DISTINCT unnest($2::text[]) ON CONFLICT DO NOTHING) " +
                $"DELETE FROM {_table} WHERE tenant = $1 AND sourced_id = ANY($2) RETURNING sourced_id",
                _connection, _transaction);
            delete.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _tenant, NpgsqlDbType = NpgsqlDbType.Text });
            delete.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            var deleted = new HashSet<string>(StringComparer.Ordinal);
            await using (var reader = await delete.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    deleted.Add(reader.GetString(0));
                }
            }
            // A sourcedId given twice was deleted by its first mention; the second found nothing.
            for (var i = 0; i < ids.Length; i++)
            {
                existed[i] = deleted.Remove(ids[i]);
            }
            return existed;
        }

        public async Task<long> CountUnseenAsync(CancellationToken cancellationToken = default)
        {
            ThrowIfDone();
            await using var count = PostgresRosterStore.Command(_connection, _transaction,
                $"SELECT COUNT(*) FROM {_table} t WHERE t.tenant = $1 AND NOT EXISTS (SELECT 1 FROM pg_temp.sync_seen s WHERE s.sourced_id = t.sourced_id)", _tenant);
            return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
        }

        public async Task<IReadOnlyList<string>> DeleteUnseenAsync(CancellationToken cancellationToken = default)
        {
            ThrowIfDone();
            await using var delete = PostgresRosterStore.Command(_connection, _transaction,
                $"DELETE FROM {_table} t WHERE t.tenant = $1 AND NOT EXISTS (SELECT 1 FROM pg_temp.sync_seen s WHERE s.sourced_id = t.sourced_id) RETURNING t.sourced_id", _tenant);
            var deleted = new List<string>();
            await using (var reader = await delete.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    deleted.Add(reader.GetString(0));
                }
            }
            deleted.Sort(StringComparer.Ordinal);
            return deleted;
        }

        public async Task CommitAsync(SyncCheckpoint checkpoint, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(checkpoint);
            ThrowIfDone();
            await using (var write = PostgresRosterStore.Command(_connection, _transaction,
                $"INSERT INTO {_schema}.sync_checkpoints (tenant, collection, run_id, pulled_from, last_full_pull, committed_at) VALUES ($1, $2, $3, $4, $5, now()) " +
                "ON CONFLICT (tenant, collection) DO UPDATE SET pulled_from = excluded.pulled_from, last_full_pull = excluded.last_full_pull, run_id = excluded.run_id, committed_at = excluded.committed_at",
                _tenant, _collection.Name, checkpoint.RunId))
            {
                write.Parameters.Add(PostgresRosterStore.Instant(checkpoint.PulledFrom));
                write.Parameters.Add(PostgresRosterStore.Instant(checkpoint.LastFullPull));
                await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await _transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            _done = true;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_done)
            {
                // Rolling back must not be cancellable: the point is to leave the database as it was. A connection
                // broken by cancellation rolls back on the server by itself.
                try
                {
                    await _transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                }
                catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
                {
                }
            }
            await _transaction.DisposeAsync().ConfigureAwait(false);
            await _connection.DisposeAsync().ConfigureAwait(false);
        }

        /// <summary>Writes records[start..end), whose sourcedIds are distinct, and fills their outcomes.</summary>
        private async Task UpsertRunAsync(IReadOnlyList<RosterRecord> records, int start, int end, RosterWriteOutcome[] outcomes, CancellationToken cancellationToken)
        {
            if (start == end)
            {
                return;
            }
            await using (var truncate = new NpgsqlCommand("TRUNCATE pg_temp.sync_incoming", _connection, _transaction))
            {
                await truncate.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await using (var copy = await _connection.BeginBinaryImportAsync($"COPY pg_temp.sync_incoming ({IncomingColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
            {
                for (var i = start; i < end; i++)
                {
                    var record = records[i] ?? throw new ArgumentException("A record to upsert is null.", nameof(records));
                    var r = record.References;
                    await copy.StartRowAsync(cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(record.SourcedId, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await WriteTextAsync(copy, record.Status, cancellationToken).ConfigureAwait(false);
                    if (record.DateLastModified is { } modified)
                    {
                        await copy.WriteAsync(modified.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await copy.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                    }
                    await WriteTextAsync(copy, r.OrgId, cancellationToken).ConfigureAwait(false);
                    await WriteTextAsync(copy, r.SchoolId, cancellationToken).ConfigureAwait(false);
                    await WriteTextAsync(copy, r.ClassId, cancellationToken).ConfigureAwait(false);
                    await WriteTextAsync(copy, r.UserId, cancellationToken).ConfigureAwait(false);
                    await WriteTextAsync(copy, r.CourseId, cancellationToken).ConfigureAwait(false);
                    await WriteTextAsync(copy, r.AcademicSessionId, cancellationToken).ConfigureAwait(false);
                    await WriteTextAsync(copy, r.LineItemId, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(record.ContentHash, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                    await copy.WriteAsync(record.Json, NpgsqlDbType.Text, cancellationToken).ConfigureAwait(false);
                }
                await copy.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }

            // The stored hashes are read before the write (a data-modifying CTE sees the state before the statement),
            // one primary-key lookup per record whatever the table's statistics say (a first sync fills the table in the
            // same transaction, before any ANALYZE); only new and changed records are parsed into jsonb and written.
            await using var upsert = PostgresRosterStore.Command(_connection, _transaction,
                "WITH stored AS (" +
                $"  SELECT i.*, (SELECT t.content_hash FROM {_table} t WHERE t.tenant = $1 AND t.sourced_id = i.sourced_id) AS old_hash FROM pg_temp.sync_incoming i), " +
                "seen AS (INSERT INTO pg_temp.sync_seen (sourced_id) SELECT sourced_id FROM pg_temp.sync_incoming ON CONFLICT DO NOTHING), " +
                "written AS (" +
                $"  INSERT INTO {_table} (tenant, sourced_id, status, date_last_modified, org_id, school_id, class_id, user_id, course_id, academic_session_id, line_item_id, content_hash, json) " +
                "  SELECT $1, s.sourced_id, s.status, s.date_last_modified, s.org_id, s.school_id, s.class_id, s.user_id, s.course_id, s.academic_session_id, s.line_item_id, s.content_hash, s.json::jsonb " +
                "  FROM stored s WHERE s.old_hash IS DISTINCT FROM s.content_hash " +
                "  ON CONFLICT (tenant, sourced_id) DO UPDATE SET status = excluded.status, date_last_modified = excluded.date_last_modified, org_id = excluded.org_id, " +
                "  school_id = excluded.school_id, class_id = excluded.class_id, user_id = excluded.user_id, course_id = excluded.course_id, " +
                "  academic_session_id = excluded.academic_session_id, line_item_id = excluded.line_item_id, content_hash = excluded.content_hash, json = excluded.json) " +
                "SELECT ord, old_hash IS NULL FROM stored WHERE old_hash IS DISTINCT FROM content_hash",
                _tenant);
            await using var reader = await upsert.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                outcomes[reader.GetInt32(0)] = reader.GetBoolean(1) ? RosterWriteOutcome.Inserted : RosterWriteOutcome.Updated;
            }
        }

        private static Task WriteTextAsync(NpgsqlBinaryImporter copy, string? value, CancellationToken cancellationToken) =>
            value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);

        private void ThrowIfDone() => ObjectDisposedException.ThrowIf(_done, this);
    }
}
