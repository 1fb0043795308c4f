using System;
using System.Collections.Generic;
using System.Linq;

namespace OneRoster.Sync
{
    /// <summary>What one <see cref="RosterSync.RunAsync"/> did, per collection in the order pulled.</summary>
    public sealed record SyncReport
    {
        /// <summary>The tenant synced.</summary>
        public required string Tenant { get; init; }

        /// <summary>The run's id (the same across a cancelled run and its resumption).</summary>
        public required string RunId { get; init; }

        /// <summary>True when this call continued a run that had been cancelled or had crashed.</summary>
        public bool Resumed { get; init; }

        /// <summary>When this call started.</summary>
        public DateTimeOffset StartedAt { get; init; }

        /// <summary>How long this call took.</summary>
        public TimeSpan Duration { get; init; }

        /// <summary>One report per collection, in dependency order.</summary>
        public required IReadOnlyList<CollectionReport> Collections { get; init; }

        /// <summary>Records fetched over all collections.</summary>
        public long Fetched => Collections.Sum(c => c.Fetched);

        /// <summary>Records inserted, updated or deleted over all collections.</summary>
        public long Changed => Collections.Sum(c => c.Inserted + c.Updated + c.Deleted);

        /// <summary>The report of one collection.</summary>
        /// <exception cref="KeyNotFoundException">The run did not include the collection.</exception>
        public CollectionReport this[SyncCollection collection] =>
            Collections.FirstOrDefault(c => ReferenceEquals(c.Collection, collection))
            ?? throw new KeyNotFoundException($"The run did not include {collection}.");
    }
}
