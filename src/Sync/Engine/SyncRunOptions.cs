namespace OneRoster.Sync
{
    /// <summary>Choices for one run of <see cref="RosterSync.RunAsync"/>.</summary>
    public sealed class SyncRunOptions
    {
        /// <summary>Pull every collection completely and delete absent records now, whether or not a reconcile is due.</summary>
        public bool FullReconcile { get; set; }

        /// <summary>Let this run's reconciles delete more than <see cref="RosterSyncOptions.MassDeletionGuard"/> of a collection (never after an empty pull).</summary>
        public bool AllowMassDeletion { get; set; }
    }
}
