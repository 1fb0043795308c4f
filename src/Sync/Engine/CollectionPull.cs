using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using OneRoster.Query;

namespace OneRoster.Sync
{
    /// <summary>
    /// One collection of one run: stream the records, write them in batches inside one store transaction, reconcile
    /// absences after a complete full pull, then commit the checkpoint with the data.
    /// </summary>
    internal sealed class CollectionPull
    {
        private const string Tombstone = "tobedeleted";

        private readonly OneRosterClient _client;
        private readonly IRosterStore _store;
        private readonly RosterSyncOptions _options;
        private readonly ILogger _logger;
        private readonly SyncCollection _collection;
        private readonly string _runId;
        private readonly (int Index, int Count) _position;
        private readonly IProgress<SyncProgress>? _progress;

        private long _fetched;
        private long _inserted;
        private long _updated;
        private long _unchanged;
        private long _deleted;

        public CollectionPull(
            OneRosterClient client, IRosterStore store, RosterSyncOptions options, ILogger logger,
            SyncCollection collection, string runId, (int Index, int Count) position, IProgress<SyncProgress>? progress)
        {
            _client = client;
            _store = store;
            _options = options;
            _logger = logger;
            _collection = collection;
            _runId = runId;
            _position = position;
            _progress = progress;
        }

        public async Task<CollectionReport> RunAsync(SyncMode mode, SyncCheckpoint? checkpoint, bool allowMassDeletion, CancellationToken cancellationToken)
        {
            var clock = _options.TimeProvider;
            var startTicks = clock.GetTimestamp();
            // The checkpoint is the time the pull started, not the newest dateLastModified seen: a record written while
            // the pull runs may carry an older time than one already read, and the overlap covers clock skew.
            var pulledFrom = clock.GetUtcNow();
            DateTimeOffset? since = mode == SyncMode.Delta ? checkpoint!.PulledFrom - _options.Overlap : null;
            SyncLog.CollectionStarted(_logger, _collection.Name, mode, since, null);
            var storedBefore = mode == SyncMode.Delta ? 0 : await _store.CountAsync(_options.Tenant, _collection, cancellationToken).ConfigureAwait(false);

            try
            {
                await using var transaction = await _store.BeginAsync(_options.Tenant, _collection, cancellationToken).ConfigureAwait(false);
                var filter = since is { } from ? Filter.Field("dateLastModified").GreaterThan(Instant(from)) : null;
                await PullAsync(transaction, mode, filter, cancellationToken).ConfigureAwait(false);

                // Reaching here means the stream ended because the data ended: the client never ends a stream early.
                var complete = mode != SyncMode.Delta;
                MassDeletionGuardTrip? trip = null;
                var emptyIgnored = false;
                long absentDeleted = 0;
                var reconciled = false;
                if (complete)
                {
                    (trip, emptyIgnored, absentDeleted, reconciled) = await ReconcileAsync(transaction, storedBefore, allowMassDeletion, cancellationToken).ConfigureAwait(false);
                }

                // A reconcile held back (guard, empty pull) stays due: no last full pull, so the next run tries again.
                var lastFull = reconciled ? pulledFrom : complete ? null : checkpoint?.LastFullPull;
                cancellationToken.ThrowIfCancellationRequested();
                await transaction.CommitAsync(new SyncCheckpoint(pulledFrom, lastFull, _runId), cancellationToken).ConfigureAwait(false);

                var report = new CollectionReport
                {
                    Collection = _collection,
                    Mode = mode,
                    ModifiedSince = since,
                    Fetched = _fetched,
                    Inserted = _inserted,
                    Updated = _updated,
                    Unchanged = _unchanged,
                    Deleted = _deleted,
                    DeletedAsAbsent = absentDeleted,
                    Duration = clock.GetElapsedTime(startTicks),
                    MassDeletion = trip,
                    EmptyPullIgnored = emptyIgnored,
                };
                SyncLog.CollectionFinished(_logger, report);
                Report(mode, done: true);
                return report;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                SyncLog.CollectionFailed(_logger, _collection.Name, mode, e is OperationCanceledException ? null : e);
                throw;
            }
        }

        /// <summary>
        /// Streams the records and writes them in batches. The writes run on a second worker, one batch behind the
        /// stream, so reading and parsing the next records overlaps the store's work on the last ones; at most two
        /// batches wait, so memory stays flat. Batches are written strictly in order, and a failure on either side
        /// stops the other before the exception surfaces (the transaction is then rolled back by its disposal).
        /// </summary>
        private async Task PullAsync(IRosterStoreTransaction transaction, SyncMode mode, Filter? filter, CancellationToken cancellationToken)
        {
            var batches = Channel.CreateBounded<Batch>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var writer = Task.Run(() => WriteAllAsync(transaction, mode, batches.Reader, stop), CancellationToken.None);
            try
            {
                var batch = new Batch(_options.BatchSize);
                await foreach (var record in _collection.Source.StreamAsync(_client, filter, stop.Token).ConfigureAwait(false))
                {
                    Interlocked.Increment(ref _fetched);
                    if (string.Equals(record.Status, Tombstone, StringComparison.OrdinalIgnoreCase))
                    {
                        batch.Tombstones.Add(record.SourcedId);
                    }
                    else
                    {
                        batch.Upserts.Add(record);
                    }
                    if (batch.Count >= _options.BatchSize)
                    {
                        await batches.Writer.WriteAsync(batch, stop.Token).ConfigureAwait(false);
                        batch = new Batch(_options.BatchSize);
                    }
                }
                if (batch.Count > 0)
                {
                    await batches.Writer.WriteAsync(batch, stop.Token).ConfigureAwait(false);
                }
                batches.Writer.Complete();
            }
            catch (Exception e)
            {
                batches.Writer.TryComplete(e);
                stop.Cancel();
                var writeFailure = await FailureOfAsync(writer).ConfigureAwait(false);
                if (e is OperationCanceledException && !cancellationToken.IsCancellationRequested && writeFailure is { } failure and not OperationCanceledException)
                {
                    // The stream stopped only because the writes failed: that failure is the one to report.
                    ExceptionDispatchInfo.Throw(failure);
                }
                throw;
            }
            await writer.ConfigureAwait(false);
        }

        private static async Task<Exception?> FailureOfAsync(Task task)
        {
            try
            {
                await task.ConfigureAwait(false);
                return null;
            }
            catch (Exception e)
            {
                return e;
            }
        }

        private async Task WriteAllAsync(IRosterStoreTransaction transaction, SyncMode mode, ChannelReader<Batch> batches, CancellationTokenSource stop)
        {
            try
            {
                await foreach (var batch in batches.ReadAllAsync(stop.Token).ConfigureAwait(false))
                {
                    await FlushAsync(transaction, mode, batch.Upserts, batch.Tombstones, stop.Token).ConfigureAwait(false);
                }
            }
            catch
            {
                // Stop the stream: nothing more will be written.
                stop.Cancel();
                throw;
            }
        }

        /// <summary>The records of one store write: upserts first, then the tombstones' deletions.</summary>
        private sealed class Batch
        {
            public Batch(int capacity) => Upserts = new List<RosterRecord>(capacity);

            public List<RosterRecord> Upserts { get; }

            public List<string> Tombstones { get; } = new();

            public int Count => Upserts.Count + Tombstones.Count;
        }

        private async Task<(MassDeletionGuardTrip? Trip, bool EmptyIgnored, long Deleted, bool Reconciled)> ReconcileAsync(
            IRosterStoreTransaction transaction, long storedBefore, bool allowMassDeletion, CancellationToken cancellationToken)
        {
            var unseen = await transaction.CountUnseenAsync(cancellationToken).ConfigureAwait(false);
            if (unseen == 0)
            {
                return (null, false, 0, true);
            }
            if (_fetched == 0)
            {
                // An empty answer for a collection the store holds is far likelier a provider fault than a district
                // that emptied overnight; keep the last good data and leave the reconcile due.
                SyncLog.EmptyPullIgnored(_logger, _collection.Name, storedBefore, null);
                return (null, true, 0, false);
            }
            var limit = (long)Math.Floor(_options.MassDeletionGuard * storedBefore);
            if (unseen > limit && !allowMassDeletion)
            {
                SyncLog.MassDeletionGuardTripped(_logger, _collection.Name, unseen, storedBefore, limit, null);
                return (new MassDeletionGuardTrip(unseen, storedBefore, limit), false, 0, false);
            }
            var deleted = await transaction.DeleteUnseenAsync(cancellationToken).ConfigureAwait(false);
            _deleted += deleted.Count;
            if (deleted.Count > 0 && _options.ChangeHandler is { } handler)
            {
                await handler.HandleAsync(new RosterChangeBatch(_options.Tenant, _collection, Array.Empty<RosterRecord>(), deleted), cancellationToken).ConfigureAwait(false);
            }
            return (null, false, deleted.Count, true);
        }

        private async Task FlushAsync(IRosterStoreTransaction transaction, SyncMode mode, List<RosterRecord> upserts, List<string> tombstones, CancellationToken cancellationToken)
        {
            if (upserts.Count == 0 && tombstones.Count == 0)
            {
                return;
            }
            var changed = _options.ChangeHandler is null ? null : new List<RosterRecord>();
            var deletions = _options.ChangeHandler is null ? null : new List<string>();
            if (upserts.Count > 0)
            {
                var outcomes = await transaction.UpsertAsync(upserts.ToArray(), cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < outcomes.Count; i++)
                {
                    switch (outcomes[i])
                    {
                        case RosterWriteOutcome.Inserted:
                            _inserted++;
                            changed?.Add(upserts[i]);
                            break;
                        case RosterWriteOutcome.Updated:
                            _updated++;
                            changed?.Add(upserts[i]);
                            break;
                        default:
                            _unchanged++;
                            break;
                    }
                }
            }
            if (tombstones.Count > 0)
            {
                var existed = await transaction.DeleteAsync(tombstones.ToArray(), cancellationToken).ConfigureAwait(false);
                for (var i = 0; i < existed.Count; i++)
                {
                    if (existed[i])
                    {
                        _deleted++;
                        deletions?.Add(tombstones[i]);
                    }
                    else
                    {
                        _unchanged++;
                    }
                }
            }
            if (_options.ChangeHandler is { } handler && (changed!.Count > 0 || deletions!.Count > 0))
            {
                await handler.HandleAsync(new RosterChangeBatch(_options.Tenant, _collection, changed, deletions!), cancellationToken).ConfigureAwait(false);
            }
            Report(mode, done: false);
        }

        private void Report(SyncMode mode, bool done) =>
            _progress?.Report(new SyncProgress(_collection, mode, Interlocked.Read(ref _fetched), _inserted + _updated + _deleted, _position.Index, _position.Count, done));

        private static string Instant(DateTimeOffset value) =>
            value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }
}
