using System;
using System.Threading;
using System.Threading.Tasks;

namespace OneRoster.Paging
{
    /// <summary>
    /// Permission for one prefetched page to be deserialized. A stream keeps several requests in flight, but
    /// records deserialized long before the caller reaches them outlive a few garbage collections, get promoted
    /// and turn cheap young collections into full ones: with four pages parsed ahead, full collections took
    /// more time than the parsing itself. So answers arrive (and wait, as pooled bytes) as early as the
    /// concurrency allows, while only the page the caller reads next is turned into objects.
    /// </summary>
    /// <remarks>
    /// The turn flows with the page's fetch (AsyncLocal), so the stream needs no hook in the fetcher: the
    /// client's outermost handler (<see cref="OneRoster.Http.PageTurnHandler"/>) holds the answer until the turn
    /// is granted. Fetches that do not go through that handler are simply not held.
    /// </remarks>
    internal sealed class PageTurn
    {
        private static readonly AsyncLocal<PageTurn?> Ambient = new();

        private readonly TaskCompletionSource _granted = new();
        private volatile bool _hasAnswer;
        private Action? _onAnswer;

        /// <summary>The turn of the page whose fetch is running in this async flow; null outside a stream.</summary>
        public static PageTurn? Current => Ambient.Value;

        public bool IsGranted => _granted.Task.IsCompleted;

        /// <summary>Called by the handler when a successful answer for the page has arrived, before it is deserialized.</summary>
        public void MarkAnswered()
        {
            _hasAnswer = true;
            RunOnAnswer();
        }

        /// <summary>
        /// Runs <paramref name="action"/> once a successful answer has arrived: at once if it already has, else on its
        /// arrival, on the arriving thread, before the page is deserialized. Never for a failed page.
        /// </summary>
        /// <remarks>
        /// The stream registers this only for the page it is about to wait for, and does not touch its queue again
        /// until that page's fetch has completed — which is after the action ran — so the two never overlap.
        /// </remarks>
        public void WhenAnswered(Action action)
        {
            // Both sides exchange the action (full fences), so exactly one of them runs it.
            Interlocked.Exchange(ref _onAnswer, action);
            if (_hasAnswer)
            {
                RunOnAnswer();
            }
        }

        private void RunOnAnswer() => Interlocked.Exchange(ref _onAnswer, null)?.Invoke();

        /// <summary>
        /// Lets the page be deserialized. When its answer is already waiting, the deserialization runs right here,
        /// on the thread of the caller who is about to wait for it anyway (no thread hop, no idle spinning). The
        /// continuations are <c>ConfigureAwait(false)</c> ones, which the TPL never runs inline on a thread that has
        /// a synchronization context of its own (a UI thread): there they go to the thread pool.
        /// </summary>
        public void Grant() => _granted.TrySetResult();

        public Task WaitAsync(CancellationToken cancellationToken) => _granted.Task.WaitAsync(cancellationToken);

        /// <summary>Starts <paramref name="fetch"/> with this turn as the current one for everything it awaits.</summary>
        public Task<T> Start<T>(Func<Task<T>> fetch)
        {
            var previous = Ambient.Value;
            Ambient.Value = this;
            try
            {
                return fetch();
            }
            finally
            {
                Ambient.Value = previous;
            }
        }
    }
}
