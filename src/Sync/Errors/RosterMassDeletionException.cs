using System.Collections.Generic;
using System.Linq;

namespace OneRoster.Sync
{
    /// <summary>
    /// A full pull would have deleted more of a collection than <see cref="RosterSyncOptions.MassDeletionGuard"/>
    /// allows, so those deletions were not made. Everything else the run did is committed (upserts and tombstones of
    /// that collection included, and every other collection); the reconcile stays due, so the next run checks again.
    /// Allow it for one run with <see cref="SyncRunOptions.AllowMassDeletion"/> when the deletions are real.
    /// </summary>
    public sealed class RosterMassDeletionException : RosterSyncException
    {
        /// <summary>Creates the exception for a finished run.</summary>
        public RosterMassDeletionException(SyncReport report)
            : base(Describe(report))
        {
            Report = report;
        }

        /// <summary>What the run did, with <see cref="CollectionReport.MassDeletion"/> set on the collections the guard stopped.</summary>
        public SyncReport Report { get; }

        /// <summary>The collections whose deletions were held back.</summary>
        public IReadOnlyList<CollectionReport> Tripped => Report.Collections.Where(c => c.MassDeletion is not null).ToList();

        private static string Describe(SyncReport report) =>
            "The mass-deletion guard held back deletions: " + string.Join("; ", report.Collections
                .Where(c => c.MassDeletion is not null)
                .Select(c => $"{c.Collection.Name}: {c.MassDeletion!.Absent} of {c.MassDeletion.Stored} records were absent from a complete pull (limit {c.MassDeletion.Limit})"))
            + ". Nothing was deleted by absence; run with SyncRunOptions.AllowMassDeletion = true if the records are really gone.";
    }
}
