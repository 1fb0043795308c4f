namespace OneRoster.Sync
{
    /// <summary>How far a run has come; reported after each batch and when each collection finishes.</summary>
    /// <param name="Collection">The collection being pulled.</param>
    /// <param name="Mode">How it is pulled.</param>
    /// <param name="Fetched">Records of the collection fetched so far.</param>
    /// <param name="Changed">Of those, records inserted, updated or deleted so far.</param>
    /// <param name="CollectionIndex">0-based position of the collection in this run.</param>
    /// <param name="CollectionCount">Collections in this run.</param>
    /// <param name="CollectionDone">True on the collection's last report (after its commit).</param>
    public sealed record SyncProgress(SyncCollection Collection, SyncMode Mode, long Fetched, long Changed, int CollectionIndex, int CollectionCount, bool CollectionDone);
}
