using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace OneRoster.Sync
{
    /// <summary>
    /// The writes of one collection pull for one tenant: upserts, deletions and, for a complete full pull, the
    /// deletion of what the pull did not bring; committed together with the checkpoint, or not at all. Records are
    /// "seen" by the transaction when they are upserted or deleted through it.
    /// </summary>
    public interface IRosterStoreTransaction : IAsyncDisposable
    {
        /// <summary>
        /// Inserts the records that are new, replaces those whose content hash differs, leaves the rest, and says which
        /// it did for each record (in the order given). A sourcedId given twice counts once as written, then unchanged.
        /// </summary>
        Task<IReadOnlyList<RosterWriteOutcome>> UpsertAsync(IReadOnlyList<RosterRecord> records, CancellationToken cancellationToken = default);

        /// <summary>Deletes the records with these sourcedIds; for each, true when the store held it.</summary>
        Task<IReadOnlyList<bool>> DeleteAsync(IReadOnlyList<string> sourcedIds, CancellationToken cancellationToken = default);

        /// <summary>Number of records the store holds for the collection that this transaction has not seen.</summary>
        Task<long> CountUnseenAsync(CancellationToken cancellationToken = default);

        /// <summary>Deletes every record this transaction has not seen, returning their sourcedIds (used only after a complete full pull).</summary>
        Task<IReadOnlyList<string>> DeleteUnseenAsync(CancellationToken cancellationToken = default);

        /// <summary>Writes the checkpoint and commits everything done through this transaction atomically.</summary>
        Task CommitAsync(SyncCheckpoint checkpoint, CancellationToken cancellationToken = default);
    }
}
