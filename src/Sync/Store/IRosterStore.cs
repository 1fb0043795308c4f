using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace OneRoster.Sync
{
    /// <summary>
    /// Where <see cref="RosterSync"/> mirrors records to: a table per collection, a checkpoint per collection and a
    /// record of runs, all keyed by tenant. <see cref="SqliteRosterStore"/> is the embedded default. Every write of a
    /// collection goes through one <see cref="IRosterStoreTransaction"/>, which commits the records together with the
    /// collection's checkpoint, or nothing.
    /// </summary>
    /// <remarks>
    /// The behaviour every store must have is pinned by the store-contract tests (<c>RosterStoreContractTests</c> in
    /// the repository); a new store passes them by subclassing the fixture with a factory.
    /// </remarks>
    public interface IRosterStore : IAsyncDisposable
    {
        /// <summary>Creates the schema, or upgrades it to the version this library uses; safe to call on every start.</summary>
        Task MigrateAsync(CancellationToken cancellationToken = default);

        /// <summary>
        /// The tenant's unfinished run if there is one (then <see cref="SyncRun.Resumed"/> is true), otherwise a new run
        /// started at <paramref name="now"/>.
        /// </summary>
        Task<SyncRun> BeginRunAsync(string tenant, DateTimeOffset now, CancellationToken cancellationToken = default);

        /// <summary>Marks the run finished, so the next <see cref="BeginRunAsync"/> starts a new one.</summary>
        Task CompleteRunAsync(string tenant, string runId, DateTimeOffset now, CancellationToken cancellationToken = default);

        /// <summary>The collection's last committed checkpoint for the tenant, or null before its first committed pull.</summary>
        Task<SyncCheckpoint?> GetCheckpointAsync(string tenant, SyncCollection collection, CancellationToken cancellationToken = default);

        /// <summary>
        /// Opens the transaction that writes the collection's records and, at commit, its checkpoint. Disposing it
        /// without <see cref="IRosterStoreTransaction.CommitAsync"/> rolls everything back.
        /// </summary>
        Task<IRosterStoreTransaction> BeginAsync(string tenant, SyncCollection collection, CancellationToken cancellationToken = default);

        /// <summary>Number of records the store holds for the tenant and collection.</summary>
        Task<long> CountAsync(string tenant, SyncCollection collection, CancellationToken cancellationToken = default);

        /// <summary>The records the store holds for the tenant and collection, ordered by sourcedId (ordinal).</summary>
        IAsyncEnumerable<RosterRecord> ReadAsync(string tenant, SyncCollection collection, CancellationToken cancellationToken = default);
    }
}
