using System.Threading;
using System.Threading.Tasks;

namespace OneRoster.Sync
{
    /// <summary>
    /// Receives the real changes of a run, batch by batch, to write them to your own database or queue. A batch is
    /// handed over inside the collection's store transaction; the checkpoint is committed only after every batch of
    /// the collection returned, and an exception rolls the collection back. A crash between your write and the
    /// commit hands the batch over again on the next run, so apply batches idempotently (upsert by sourcedId).
    /// </summary>
    public interface IRosterChangeHandler
    {
        /// <summary>Applies one batch of inserted or updated records and deletions.</summary>
        Task HandleAsync(RosterChangeBatch batch, CancellationToken cancellationToken);
    }
}
