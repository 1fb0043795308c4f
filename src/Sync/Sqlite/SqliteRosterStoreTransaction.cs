using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace OneRoster.Sync
{
    /// <summary>
    /// One collection's writes on its own connection, inside <c>BEGIN IMMEDIATE</c> (the write lock is taken at the
    /// start, so two writers wait instead of failing at commit). Seen sourcedIds go to a temporary table of the
    /// connection, which the absence reconcile compares against. A table that holds no rows at all (any tenant) is
    /// loaded without its secondary indexes, which are built again before the commit, inside the same transaction:
    /// one sort per index instead of one b-tree insert per row and index; and every row of it is then seen by this
    /// transaction, so nothing is marked.
    /// </summary>
    internal sealed class SqliteRosterStoreTransaction : IRosterStoreTransaction
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteTransaction _transaction;
        private readonly string _tenant;
        private readonly SyncCollection _collection;
        private readonly SqliteRowStatement _insert;
        private readonly SqliteRowStatement _update;
        private readonly SqliteRowStatement _updateContent;
        private readonly SqliteRowStatement _delete;
        // The CREATE INDEX statements of the indexes dropped for the load of an empty table; null when none were.
        private readonly IReadOnlyList<string>? _deferredIndexes;
        private bool _done;

        private SqliteRosterStoreTransaction(
            SqliteConnection connection, SqliteTransaction transaction, string tenant, SyncCollection collection, IReadOnlyList<string>? deferredIndexes)
        {
            _connection = connection;
            _transaction = transaction;
            _tenant = tenant;
            _collection = collection;
            _deferredIndexes = deferredIndexes;
            var table = collection.TableName;
            // Numbered parameters, the same numbers in both writes (see Bind); the tenant is bound once.
            _insert = Row(
                $"INSERT INTO {table} (tenant, sourced_id, status, date_last_modified, org_id, school_id, class_id, user_id, course_id, academic_session_id, line_item_id, content_hash, json) " +
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
            _update = Row(
                $"UPDATE {table} SET status = ?3, date_last_modified = ?4, org_id = ?5, school_id = ?6, class_id = ?7, user_id = ?8, " +
                "course_id = ?9, academic_session_id = ?10, line_item_id = ?11, content_hash = ?12, json = ?13 WHERE tenant = ?1 AND sourced_id = ?2");
            // A record whose references did not change (the usual update) leaves the reference columns out of the SET:
            // SQLite rewrites an index whenever its column is assigned, changed or not, and every page it touches is
            // written to the WAL and checkpointed; on a delta of enrollments that halved the commit.
            _updateContent = Row(
                $"UPDATE {table} SET status = ?3, date_last_modified = ?4, content_hash = ?12, json = ?13 WHERE tenant = ?1 AND sourced_id = ?2");
            _delete = Row($"DELETE FROM {table} WHERE tenant = ?1 AND sourced_id = ?2");
        }

        public static async Task<SqliteRosterStoreTransaction> BeginAsync(SqliteConnection connection, string tenant, SyncCollection collection, CancellationToken cancellationToken)
        {
            using (var temp = SqliteRosterStore.Command(connection, null, "CREATE TEMP TABLE IF NOT EXISTS sync_seen (sourced_id TEXT NOT NULL PRIMARY KEY); DELETE FROM temp.sync_seen"))
            {
                await temp.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            var transaction = connection.BeginTransaction(deferred: false);
            try
            {
                var deferred = await DropIndexesIfEmptyAsync(connection, transaction, collection.TableName, cancellationToken).ConfigureAwait(false);
                return new SqliteRosterStoreTransaction(connection, transaction, tenant, collection, deferred);
            }
            catch
            {
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                await transaction.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        /// <summary>
        /// Drops the secondary indexes of <paramref name="table"/> when it holds no rows, returning their definitions as
        /// SQLite keeps them (so they come back exactly as the migrations made them); null when the table has rows.
        /// </summary>
        private static async Task<IReadOnlyList<string>?> DropIndexesIfEmptyAsync(SqliteConnection connection, SqliteTransaction transaction, string table, CancellationToken cancellationToken)
        {
            using (var any = SqliteRosterStore.Command(connection, transaction, $"SELECT EXISTS (SELECT 1 FROM {table})"))
            {
                if (Convert.ToInt64(await any.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false)) != 0)
                {
                    return null;
                }
            }
            var indexes = new List<(string Name, string Sql)>();
            // The primary key's own index has no SQL text and cannot be dropped; the sourcedId lookups need it anyway.
            using (var list = SqliteRosterStore.Command(connection, transaction, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = $table AND sql IS NOT NULL ORDER BY name"))
            {
                list.Parameters.AddWithValue("$table", table);
                await using var reader = await list.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    indexes.Add((reader.GetString(0), reader.GetString(1)));
                }
            }
            foreach (var (name, _) in indexes)
            {
                using var drop = SqliteRosterStore.Command(connection, transaction, $"DROP INDEX \"{name}\"");
                await drop.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            return indexes.ConvertAll(index => index.Sql);
        }

        public async Task<IReadOnlyList<RosterWriteOutcome>> UpsertAsync(IReadOnlyList<RosterRecord> records, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(records);
            ThrowIfDone();
            // One lookup and one "seen" insert per chunk instead of per record: the writes that remain are the real changes.
            var ids = new List<string>(records.Count);
            foreach (var record in records)
            {
                ids.Add(record.SourcedId);
            }
            if (!StartedEmpty)
            {
                await MarkSeenAsync(ids, cancellationToken).ConfigureAwait(false);
            }
            var stored = await StoredAsync(ids, cancellationToken).ConfigureAwait(false);
            var outcomes = new RosterWriteOutcome[records.Count];
            for (var i = 0; i < records.Count; i++)
            {
                var record = records[i];
                var known = stored.TryGetValue(record.SourcedId, out var before);
                if (known && before.Hash == record.ContentHash)
                {
                    outcomes[i] = RosterWriteOutcome.Unchanged;
                    continue;
                }
                var command = !known ? _insert : before.References == record.References ? _updateContent : _update;
                Bind(command, record);
                command.Execute();
                outcomes[i] = known ? RosterWriteOutcome.Updated : RosterWriteOutcome.Inserted;
                stored[record.SourcedId] = (record.ContentHash, record.References); // the same sourcedId later in the batch sees this write
            }
            return outcomes;
        }

        public async Task<IReadOnlyList<bool>> DeleteAsync(IReadOnlyList<string> sourcedIds, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(sourcedIds);
            ThrowIfDone();
            var existed = new bool[sourcedIds.Count];
            if (!StartedEmpty)
            {
                await MarkSeenAsync(sourcedIds, cancellationToken).ConfigureAwait(false);
            }
            for (var i = 0; i < sourcedIds.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                _delete.Text(2, sourcedIds[i]);
                existed[i] = _delete.Execute() > 0;
            }
            return existed;
        }

        public async Task<long> CountUnseenAsync(CancellationToken cancellationToken = default)
        {
            ThrowIfDone();
            if (StartedEmpty)
            {
                return 0; // the table was empty: every row in it was written by this transaction
            }
            using var count = Prepare($"SELECT COUNT(*) FROM {_collection.TableName} WHERE tenant = $t AND sourced_id NOT IN (SELECT sourced_id FROM temp.sync_seen)");
            return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
        }

        public async Task<IReadOnlyList<string>> DeleteUnseenAsync(CancellationToken cancellationToken = default)
        {
            ThrowIfDone();
            if (StartedEmpty)
            {
                return Array.Empty<string>();
            }
            using var delete = Prepare($"DELETE FROM {_collection.TableName} WHERE tenant = $t AND sourced_id NOT IN (SELECT sourced_id FROM temp.sync_seen) RETURNING sourced_id");
            var deleted = new List<string>();
            await using var reader = await delete.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                deleted.Add(reader.GetString(0));
            }
            deleted.Sort(StringComparer.Ordinal);
            return deleted;
        }

        public async Task CommitAsync(SyncCheckpoint checkpoint, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(checkpoint);
            ThrowIfDone();
            foreach (var index in _deferredIndexes ?? Array.Empty<string>())
            {
                using var create = SqliteRosterStore.Command(_connection, _transaction, index);
                await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            using (var write = Prepare(
                "INSERT INTO sync_checkpoints (tenant, collection, pulled_from, last_full_pull, run_id, committed_at) VALUES ($t, $c, $from, $full, $run, $at) " +
                "ON CONFLICT (tenant, collection) DO UPDATE SET pulled_from = excluded.pulled_from, last_full_pull = excluded.last_full_pull, run_id = excluded.run_id, committed_at = excluded.committed_at"))
            {
                write.Parameters.AddWithValue("$c", _collection.Name);
                write.Parameters.AddWithValue("$from", SqliteText.From(checkpoint.PulledFrom));
                write.Parameters.AddWithValue("$full", SqliteText.FromNullable(checkpoint.LastFullPull));
                write.Parameters.AddWithValue("$run", checkpoint.RunId);
                write.Parameters.AddWithValue("$at", SqliteText.From(DateTimeOffset.UtcNow));
                await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            await _transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            _done = true;
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var statement in new[] { _insert, _update, _updateContent, _delete })
            {
                statement.Dispose();
            }
            if (!_done)
            {
                // Rolling back must not be cancellable: the point is to leave the file as it was.
                await _transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            }
            await _transaction.DisposeAsync().ConfigureAwait(false);
            await _connection.DisposeAsync().ConfigureAwait(false);
        }

        private async Task MarkSeenAsync(IReadOnlyList<string> sourcedIds, CancellationToken cancellationToken)
        {
            using var insert = Prepare("INSERT OR IGNORE INTO temp.sync_seen (sourced_id) SELECT value FROM json_each($ids)");
            insert.Parameters.AddWithValue("$ids", JsonArray(sourcedIds));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        /// <summary>The content hash and references the store holds for each of these sourcedIds that it holds.</summary>
        private async Task<Dictionary<string, (string Hash, RosterReferences References)>> StoredAsync(IReadOnlyList<string> sourcedIds, CancellationToken cancellationToken)
        {
            var stored = new Dictionary<string, (string, RosterReferences)>(sourcedIds.Count, StringComparer.Ordinal);
            using var select = Prepare(
                "SELECT sourced_id, content_hash, org_id, school_id, class_id, user_id, course_id, academic_session_id, line_item_id " +
                $"FROM {_collection.TableName} WHERE tenant = $t AND sourced_id IN (SELECT value FROM json_each($ids))");
            select.Parameters.AddWithValue("$ids", JsonArray(sourcedIds));
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                stored[reader.GetString(0)] = (reader.GetString(1), SqliteText.References(reader, first: 2));
            }
            return stored;
        }

        /// <summary>
        /// The sourcedIds as one JSON array, read back by <c>json_each</c>: a batch is one parameter, not one per id
        /// (SQLite finds a named parameter by a linear search, so hundreds of them cost more than the lookup itself).
        /// </summary>
        private static string JsonArray(IReadOnlyList<string> values) => JsonSerializer.Serialize(values);

        private static void Bind(SqliteRowStatement statement, RosterRecord record)
        {
            var r = record.References;
            statement.Text(2, record.SourcedId);
            statement.Text(3, record.Status);
            statement.Text(4, record.DateLastModified is { } modified ? SqliteText.From(modified) : null);
            statement.Text(5, r.OrgId);
            statement.Text(6, r.SchoolId);
            statement.Text(7, r.ClassId);
            statement.Text(8, r.UserId);
            statement.Text(9, r.CourseId);
            statement.Text(10, r.AcademicSessionId);
            statement.Text(11, r.LineItemId);
            statement.Text(12, record.ContentHash);
            statement.Text(13, record.Json);
        }

        private SqliteRowStatement Row(string sql)
        {
            var statement = new SqliteRowStatement(_connection, sql);
            statement.Text(1, _tenant);
            return statement;
        }

        private SqliteCommand Prepare(string sql)
        {
            var command = SqliteRosterStore.Command(_connection, _transaction, sql);
            command.Parameters.AddWithValue("$t", _tenant);
            return command;
        }

        /// <summary>The table held no rows when the transaction began: every row in it now was written by this transaction.</summary>
        private bool StartedEmpty => _deferredIndexes is not null;

        private void ThrowIfDone() => ObjectDisposedException.ThrowIf(_done, this);
    }
}
