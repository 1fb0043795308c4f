using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace OneRoster.Sync
{
    /// <summary>
    /// One collection's writes on its own connection, inside <c>BEGIN IMMEDIATE</c> (the write lock is taken at the
    /// start, so two writers wait instead of failing at commit). Seen sourcedIds go to a temporary table of the
    /// connection, which the absence reconcile compares against.
    /// </summary>
    internal sealed class SqliteRosterStoreTransaction : IRosterStoreTransaction
    {
        // Parameters per lookup or "seen" statement; well under SQLite's limit of 32766.
        private const int Chunk = 500;

        private readonly SqliteConnection _connection;
        private readonly SqliteTransaction _transaction;
        private readonly string _tenant;
        private readonly SyncCollection _collection;
        private readonly SqliteCommand _insert;
        private readonly SqliteCommand _update;
        private readonly SqliteCommand _delete;
        private bool _done;

        private SqliteRosterStoreTransaction(SqliteConnection connection, SqliteTransaction transaction, string tenant, SyncCollection collection)
        {
            _connection = connection;
            _transaction = transaction;
            _tenant = tenant;
            _collection = collection;
            var table = collection.TableName;
            _insert = Prepare(
                $"INSERT INTO {table} (tenant, sourced_id, status, date_last_modified, org_id, school_id, class_id, user_id, course_id, academic_session_id, line_item_id, content_hash, json) " +
                "VALUES ($t, $id, $status, $modified, $org, $school, $class, $user, $course, $session, $lineItem, $hash, $json)",
                "$id", "$status", "$modified", "$org", "$school", "$class", "$user", "$course", "$session", "$lineItem", "$hash", "$json");
            _update = Prepare(
                $"UPDATE {table} SET status = $status, date_last_modified = $modified, org_id = $org, school_id = $school, class_id = $class, user_id = $user, " +
                "course_id = $course, academic_session_id = $session, line_item_id = $lineItem, content_hash = $hash, json = $json WHERE tenant = $t AND sourced_id = $id",
                "$id", "$status", "$modified", "$org", "$school", "$class", "$user", "$course", "$session", "$lineItem", "$hash", "$json");
            _delete = Prepare($"DELETE FROM {table} WHERE tenant = $t AND sourced_id = $id", "$id");
        }

        public static async Task<SqliteRosterStoreTransaction> BeginAsync(SqliteConnection connection, string tenant, SyncCollection collection, CancellationToken cancellationToken)
        {
            using (var temp = SqliteRosterStore.Command(connection, null, "CREATE TEMP TABLE IF NOT EXISTS sync_seen (sourced_id TEXT NOT NULL PRIMARY KEY); DELETE FROM temp.sync_seen"))
            {
                await temp.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            var transaction = connection.BeginTransaction(deferred: false);
            return new SqliteRosterStoreTransaction(connection, transaction, tenant, collection);
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
            await MarkSeenAsync(ids, cancellationToken).ConfigureAwait(false);
            var stored = await StoredHashesAsync(ids, cancellationToken).ConfigureAwait(false);
            var outcomes = new RosterWriteOutcome[records.Count];
            for (var i = 0; i < records.Count; i++)
            {
                var record = records[i];
                var known = stored.TryGetValue(record.SourcedId, out var hash);
                if (known && hash == record.ContentHash)
                {
                    outcomes[i] = RosterWriteOutcome.Unchanged;
                    continue;
                }
                var command = known ? _update : _insert;
                Bind(command, record);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                outcomes[i] = known ? RosterWriteOutcome.Updated : RosterWriteOutcome.Inserted;
                stored[record.SourcedId] = record.ContentHash; // the same sourcedId later in the batch sees this write
            }
            return outcomes;
        }

        public async Task<IReadOnlyList<bool>> DeleteAsync(IReadOnlyList<string> sourcedIds, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(sourcedIds);
            ThrowIfDone();
            var existed = new bool[sourcedIds.Count];
            await MarkSeenAsync(sourcedIds, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < sourcedIds.Count; i++)
            {
                _delete.Parameters["$id"].Value = sourcedIds[i];
                existed[i] = await _delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
            }
            return existed;
        }

        public async Task<long> CountUnseenAsync(CancellationToken cancellationToken = default)
        {
            ThrowIfDone();
            using var count = Prepare($"SELECT COUNT(*) FROM {_collection.TableName} WHERE tenant = $t AND sourced_id NOT IN (SELECT sourced_id FROM temp.sync_seen)");
            return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
        }

        public async Task<IReadOnlyList<string>> DeleteUnseenAsync(CancellationToken cancellationToken = default)
        {
            ThrowIfDone();
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
            foreach (var command in new[] { _insert, _update, _delete })
            {
                await command.DisposeAsync().ConfigureAwait(false);
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
            for (var start = 0; start < sourcedIds.Count; start += Chunk)
            {
                var count = Math.Min(Chunk, sourcedIds.Count - start);
                using var insert = Prepare("INSERT OR IGNORE INTO temp.sync_seen (sourced_id) VALUES " + string.Join(", ", Enumerable.Range(0, count).Select(i => $"($p{i})")));
                for (var i = 0; i < count; i++)
                {
                    insert.Parameters.AddWithValue($"$p{i}", sourcedIds[start + i]);
                }
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        private async Task<Dictionary<string, string>> StoredHashesAsync(IReadOnlyList<string> sourcedIds, CancellationToken cancellationToken)
        {
            var stored = new Dictionary<string, string>(sourcedIds.Count, StringComparer.Ordinal);
            for (var start = 0; start < sourcedIds.Count; start += Chunk)
            {
                var count = Math.Min(Chunk, sourcedIds.Count - start);
                using var select = Prepare(
                    $"SELECT sourced_id, content_hash FROM {_collection.TableName} WHERE tenant = $t AND sourced_id IN (" + string.Join(", ", Enumerable.Range(0, count).Select(i => $"$p{i}")) + ")");
                for (var i = 0; i < count; i++)
                {
                    select.Parameters.AddWithValue($"$p{i}", sourcedIds[start + i]);
                }
                await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    stored[reader.GetString(0)] = reader.GetString(1);
                }
            }
            return stored;
        }

        private void Bind(SqliteCommand command, RosterRecord record)
        {
            var p = command.Parameters;
            var r = record.References;
            p["$id"].Value = record.SourcedId;
            p["$status"].Value = SqliteText.Nullable(record.Status);
            p["$modified"].Value = SqliteText.FromNullable(record.DateLastModified);
            p["$org"].Value = SqliteText.Nullable(r.OrgId);
            p["$school"].Value = SqliteText.Nullable(r.SchoolId);
            p["$class"].Value = SqliteText.Nullable(r.ClassId);
            p["$user"].Value = SqliteText.Nullable(r.UserId);
            p["$course"].Value = SqliteText.Nullable(r.CourseId);
            p["$session"].Value = SqliteText.Nullable(r.AcademicSessionId);
            p["$lineItem"].Value = SqliteText.Nullable(r.LineItemId);
            p["$hash"].Value = record.ContentHash;
            p["$json"].Value = record.Json;
        }

        private SqliteCommand Prepare(string sql, params string[] parameters)
        {
            var command = SqliteRosterStore.Command(_connection, _transaction, sql);
            command.Parameters.AddWithValue("$t", _tenant);
            foreach (var name in parameters)
            {
                command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
            }
            return command;
        }

        private void ThrowIfDone() => ObjectDisposedException.ThrowIf(_done, this);
    }
}
