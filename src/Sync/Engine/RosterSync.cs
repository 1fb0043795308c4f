using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OneRoster.Query;

namespace OneRoster.Sync
{
    /// <summary>
    /// Mirrors a OneRoster provider into a store: the first run pulls everything, later runs pull what changed since
    /// the last checkpoint, tombstones and (periodically) complete pulls become deletions, and each collection's
    /// checkpoint commits with its data. See docs/sync.md.
    /// </summary>
    /// <example>
    /// <code>
    /// await using var store = new SqliteRosterStore("roster.db");
    /// var sync = new RosterSync(client, store);
    /// SyncReport report = await sync.RunAsync();
    /// </code>
    /// </example>
    public class RosterSync
    {
        private readonly OneRosterClient _client;
        private readonly IRosterStore _store;
        private readonly RosterSyncOptions _options;
        private readonly ILogger _logger;

        /// <summary>Creates a sync; nothing is sent or opened until <see cref="RunAsync"/>.</summary>
        /// <param name="client">The client to read the provider with.</param>
        /// <param name="store">The store to mirror into.</param>
        /// <param name="options">What to mirror and how; null for the defaults. A copy is taken.</param>
        /// <param name="logger">Receives one event per run and per collection; null for none.</param>
        /// <exception cref="ArgumentException">The options are not usable (the message lists every problem).</exception>
        public RosterSync(OneRosterClient client, IRosterStore store, RosterSyncOptions? options = null, ILogger<RosterSync>? logger = null)
        {
            ArgumentNullException.ThrowIfNull(client);
            ArgumentNullException.ThrowIfNull(store);
            options ??= new RosterSyncOptions();
            var errors = options.GetValidationErrors();
            if (errors.Count > 0)
            {
                throw new ArgumentException("The sync options are not usable: " + string.Join(" ", errors), nameof(options));
            }
            _client = client;
            _store = store;
            _options = options.Clone();
            _logger = (ILogger?)logger ?? NullLogger.Instance;
        }

        /// <summary>For mocking.</summary>
        protected RosterSync()
        {
            _client = null!;
            _store = null!;
            _options = new RosterSyncOptions();
            _logger = NullLogger.Instance;
        }

        /// <summary>The options in effect (a copy of those given).</summary>
        public virtual RosterSyncOptions Options => _options;

        /// <summary>
        /// Runs one sync of every configured collection, in dependency order. A run that was cancelled or failed is
        /// resumed by the next call: collections it had committed are not read again.
        /// </summary>
        /// <param name="run">Choices for this run (force a full reconcile, allow mass deletion); null for none.</param>
        /// <param name="progress">Receives progress after each batch and collection; null for none.</param>
        /// <param name="cancellationToken">Cancels the run; the store keeps every collection committed so far and nothing of the one in flight.</param>
        /// <returns>What the run did, per collection.</returns>
        /// <exception cref="RosterMassDeletionException">A reconcile would have deleted more than the guard allows; the rest of the run is committed.</exception>
        /// <exception cref="OneRoster.Errors.OneRosterException">The provider failed; collections committed before the failure stay, the run resumes next time.</exception>
        public virtual async Task<SyncReport> RunAsync(SyncRunOptions? run = null, IProgress<SyncProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            run ??= new SyncRunOptions();
            var clock = _options.TimeProvider;
            var started = clock.GetUtcNow();
            var startTicks = clock.GetTimestamp();
            await _store.MigrateAsync(cancellationToken).ConfigureAwait(false);
            var syncRun = await _store.BeginRunAsync(_options.Tenant, started, cancellationToken).ConfigureAwait(false);
            SyncLog.RunStarted(_logger, _options.Tenant, syncRun.Id, syncRun.Resumed, null);

            var deltaCapable = _options.DeltaQueries && _client.Provider.FilterCapabilities.Supports(FilterOperator.GreaterThan);
            var reports = new List<CollectionReport>(_options.Collections.Count);
            for (var i = 0; i < _options.Collections.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var collection = _options.Collections[i];
                var checkpoint = await _store.GetCheckpointAsync(_options.Tenant, collection, cancellationToken).ConfigureAwait(false);
                if (syncRun.Resumed && checkpoint?.RunId == syncRun.Id)
                {
                    SyncLog.CollectionAlreadyDone(_logger, collection.Name, syncRun.Id, null);
                    reports.Add(new CollectionReport { Collection = collection, Mode = SyncMode.AlreadyDone });
                    progress?.Report(new SyncProgress(collection, SyncMode.AlreadyDone, 0, 0, i, _options.Collections.Count, true));
                    continue;
                }
                var mode = ChooseMode(checkpoint, deltaCapable, run, clock.GetUtcNow());
                var pull = new CollectionPull(_client, _store, _options, _logger, collection, syncRun.Id, (i, _options.Collections.Count), progress);
                reports.Add(await pull.RunAsync(mode, checkpoint, run.AllowMassDeletion, cancellationToken).ConfigureAwait(false));
            }

            await _store.CompleteRunAsync(_options.Tenant, syncRun.Id, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            var report = new SyncReport
            {
                Tenant = _options.Tenant,
                RunId = syncRun.Id,
                Resumed = syncRun.Resumed,
                StartedAt = started,
                Duration = clock.GetElapsedTime(startTicks),
                Collections = reports,
            };
            SyncLog.RunFinished(_logger, _options.Tenant, syncRun.Id, report.Fetched, report.Changed, report.Duration.TotalMilliseconds, null);
            if (reports.Exists(r => r.MassDeletion is not null))
            {
                throw new RosterMassDeletionException(report);
            }
            return report;
        }

        private SyncMode ChooseMode(SyncCheckpoint? checkpoint, bool deltaCapable, SyncRunOptions run, DateTimeOffset now)
        {
            if (checkpoint is null)
            {
                return SyncMode.Initial;
            }
            if (!deltaCapable)
            {
                return SyncMode.FullCompare;
            }
            var reconcileDue = checkpoint.LastFullPull is not { } last || now - last >= _options.FullReconcileInterval;
            return run.FullReconcile || reconcileDue ? SyncMode.FullReconcile : SyncMode.Delta;
        }
    }
}
