namespace OneRoster.Sync
{
    /// <summary>How a run pulled one collection.</summary>
    public enum SyncMode
    {
        /// <summary>The first pull: everything, no checkpoint yet.</summary>
        Initial,

        /// <summary>Only what changed: <c>dateLastModified&gt;'checkpoint − overlap'</c>; tombstones become deletions.</summary>
        Delta,

        /// <summary>Everything, then records absent from the complete pull are deleted (within the guard); due every <see cref="RosterSyncOptions.FullReconcileInterval"/> or on demand.</summary>
        FullReconcile,

        /// <summary>Everything, compared by content hash, because the provider cannot evaluate <c>dateLastModified&gt;</c>; absences are reconciled as in <see cref="FullReconcile"/>.</summary>
        FullCompare,

        /// <summary>Not pulled: a resumed run had already committed this collection.</summary>
        AlreadyDone,
    }
}
