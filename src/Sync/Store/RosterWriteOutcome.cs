namespace OneRoster.Sync
{
    /// <summary>What an upsert did to one record.</summary>
    public enum RosterWriteOutcome
    {
        /// <summary>The store held the record with the same content hash; nothing was written.</summary>
        Unchanged = 0,

        /// <summary>The record was new.</summary>
        Inserted = 1,

        /// <summary>The record replaced one with a different content hash.</summary>
        Updated = 2,
    }
}
