using System;

namespace OneRoster.Sync
{
    /// <summary>A run of <see cref="RosterSync"/> for one tenant, as a store records it.</summary>
    /// <param name="Id">The run's id.</param>
    /// <param name="StartedAt">When the run (first) started.</param>
    /// <param name="Resumed">True when the store held this run unfinished (cancelled or crashed) and it continues now.</param>
    public sealed record SyncRun(string Id, DateTimeOffset StartedAt, bool Resumed);
}
