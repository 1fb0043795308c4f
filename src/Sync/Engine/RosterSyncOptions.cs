using System;
using System.Collections.Generic;
using System.Linq;

namespace OneRoster.Sync
{
    /// <summary>What <see cref="RosterSync"/> mirrors and how; validated when the sync is created.</summary>
    public sealed class RosterSyncOptions
    {
        /// <summary>The tenant key every stored record, checkpoint and run carries, so several districts share one store. Default <c>default</c>.</summary>
        public string Tenant { get; set; } = "default";

        /// <summary>The collections to mirror; pulled in dependency order whatever the order here. Default <see cref="SyncCollection.All"/>.</summary>
        public IReadOnlyList<SyncCollection> Collections { get; set; } = SyncCollection.All;

        /// <summary>How far before the last checkpoint a delta starts, for clock skew and writes in flight. Default 5 minutes.</summary>
        public TimeSpan Overlap { get; set; } = TimeSpan.FromMinutes(5);

        /// <summary>How often a collection gets a full reconcile (a complete pull that deletes absent records). Default 7 days.</summary>
        public TimeSpan FullReconcileInterval { get; set; } = TimeSpan.FromDays(7);

        /// <summary>The largest fraction of a collection a full reconcile may delete by absence before the guard trips (0–1). Default 0.1 (10%).</summary>
        public double MassDeletionGuard { get; set; } = 0.1;

        /// <summary>
        /// Whether the provider evaluates <c>dateLastModified&gt;'…'</c>. When false (or when the client's provider profile
        /// does not support <c>&gt;</c>), every run is a full pull compared by content hash. Default true.
        /// </summary>
        public bool DeltaQueries { get; set; } = true;

        /// <summary>Records written to the store (and handed to <see cref="ChangeHandler"/>) per batch. Default 500.</summary>
        public int BatchSize { get; set; } = 500;

        /// <summary>Receives every batch of real changes before the collection's checkpoint is committed; null for none.</summary>
        public IRosterChangeHandler? ChangeHandler { get; set; }

        /// <summary>The clock for checkpoints and reconcile intervals. Default <see cref="TimeProvider.System"/>.</summary>
        public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

        /// <summary>Every problem with these options, one sentence each; empty when they are usable.</summary>
        public IReadOnlyList<string> GetValidationErrors()
        {
            var errors = new List<string>();
            if (string.IsNullOrWhiteSpace(Tenant) || Tenant.Length > 200)
            {
                errors.Add("Tenant must be 1 to 200 characters, not blank.");
            }
            if (Collections is null || Collections.Count == 0 || Collections.Any(c => c is null))
            {
                errors.Add("Collections must name at least one collection and hold no null.");
            }
            else if (Collections.Distinct().Count() != Collections.Count)
            {
                errors.Add("Collections names a collection twice.");
            }
            if (Overlap < TimeSpan.Zero)
            {
                errors.Add($"Overlap is {Overlap}; it must not be negative.");
            }
            if (FullReconcileInterval <= TimeSpan.Zero)
            {
                errors.Add($"FullReconcileInterval is {FullReconcileInterval}; it must be positive.");
            }
            if (double.IsNaN(MassDeletionGuard) || MassDeletionGuard is < 0 or > 1)
            {
                errors.Add($"MassDeletionGuard is {MassDeletionGuard}; it must be between 0 and 1.");
            }
            if (BatchSize is < 1 or > 100_000)
            {
                errors.Add($"BatchSize is {BatchSize}; it must be 1 to 100000.");
            }
            if (TimeProvider is null)
            {
                errors.Add("TimeProvider must not be null.");
            }
            return errors;
        }

        internal RosterSyncOptions Clone()
        {
            var copy = (RosterSyncOptions)MemberwiseClone();
            copy.Collections = Collections.OrderBy(c => c.Order).ToArray();
            return copy;
        }
    }
}
