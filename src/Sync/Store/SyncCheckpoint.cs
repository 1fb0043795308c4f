using System;

namespace OneRoster.Sync
{
    /// <summary>
    /// Where a collection's last committed pull left off, stored in the same transaction as the data it covers.
    /// </summary>
    /// <param name="PulledFrom">When the last committed pull of the collection started (local clock); the next delta asks for <c>dateLastModified&gt;'PulledFrom − overlap'</c>.</param>
    /// <param name="LastFullPull">When the last complete full pull that reconciled absences started; a full reconcile is due when it is older than <see cref="RosterSyncOptions.FullReconcileInterval"/>, or null (never, or held back by the guard or an empty pull).</param>
    /// <param name="RunId">The run that committed it, so a resumed run skips collections it already finished.</param>
    public sealed record SyncCheckpoint(DateTimeOffset PulledFrom, DateTimeOffset? LastFullPull, string RunId);
}
