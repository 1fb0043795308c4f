using System.Collections.Generic;

namespace OneRoster.Sync
{
    /// <summary>A batch of real changes to one collection: records inserted or updated, sourcedIds deleted.</summary>
    /// <param name="Tenant">The tenant.</param>
    /// <param name="Collection">The collection.</param>
    /// <param name="Upserts">Records that were new or whose content changed (unchanged records are left out).</param>
    /// <param name="Deletions">SourcedIds deleted: tombstones the store held, or absences after a complete full pull.</param>
    public sealed record RosterChangeBatch(string Tenant, SyncCollection Collection, IReadOnlyList<RosterRecord> Upserts, IReadOnlyList<string> Deletions);
}
