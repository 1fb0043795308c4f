namespace OneRoster.Sync
{
    /// <summary>Why the mass-deletion guard held back a collection's deletions.</summary>
    /// <param name="Absent">Records the store held that the complete pull did not bring.</param>
    /// <param name="Stored">Records the store held before the pull.</param>
    /// <param name="Limit">The most absences the guard allows (<see cref="RosterSyncOptions.MassDeletionGuard"/> × <paramref name="Stored"/>).</param>
    public sealed record MassDeletionGuardTrip(long Absent, long Stored, long Limit);
}
