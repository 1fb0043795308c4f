using System;

namespace OneRoster.Sync
{
    /// <summary>What a run did to one collection.</summary>
    public sealed record CollectionReport
    {
        /// <summary>The collection.</summary>
        public required SyncCollection Collection { get; init; }

        /// <summary>How it was pulled.</summary>
        public required SyncMode Mode { get; init; }

        /// <summary>For <see cref="SyncMode.Delta"/>: the instant sent as <c>dateLastModified&gt;'…'</c>; null otherwise.</summary>
        public DateTimeOffset? ModifiedSince { get; init; }

        /// <summary>Records the provider sent (tombstones included).</summary>
        public long Fetched { get; init; }

        /// <summary>Records new to the store.</summary>
        public long Inserted { get; init; }

        /// <summary>Records whose content changed.</summary>
        public long Updated { get; init; }

        /// <summary>Records sent again with the same content (the delta overlap, full pulls).</summary>
        public long Unchanged { get; init; }

        /// <summary>Records deleted: tombstones (<c>status = tobedeleted</c>) the store held, and absences after a complete full pull.</summary>
        public long Deleted { get; init; }

        /// <summary>Of <see cref="Deleted"/>, those deleted because a complete full pull did not bring them.</summary>
        public long DeletedAsAbsent { get; init; }

        /// <summary>How long the collection took.</summary>
        public TimeSpan Duration { get; init; }

        /// <summary>Set when the mass-deletion guard held back deletions by absence; null otherwise.</summary>
        public MassDeletionGuardTrip? MassDeletion { get; init; }

        /// <summary>True when a full pull came back empty while the store held records: nothing was deleted by absence, and the reconcile stays due.</summary>
        public bool EmptyPullIgnored { get; init; }
    }
}
