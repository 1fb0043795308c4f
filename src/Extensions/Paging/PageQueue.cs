using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

using OneRoster.Paging.Records;

namespace OneRoster.Paging
{
    /// <summary>
    /// The pages a stream has asked for and not yet read, in offset order. Requests start as soon as they are
    /// queued; pages are taken strictly in order however their answers arrive. Every request it starts is either
    /// taken or, when the stream ends or re-plans, cancelled and awaited — so no request outlives the stream and
    /// no failure goes unobserved.
    /// </summary>
    internal sealed class PageQueue<T> : IAsyncDisposable
    {
        private readonly PageFetcher<T> _fetch;
        private readonly CancellationToken _streamToken;
        private readonly Queue<PendingPage> _pages = new();
        private CancellationTokenSource _requests;

        public PageQueue(PageFetcher<T> fetch, long nextOffset, CancellationToken streamToken)
        {
            _fetch = fetch;
            _streamToken = streamToken;
            _requests = CancellationTokenSource.CreateLinkedTokenSource(streamToken);
            NextOffset = nextOffset;
        }

        /// <summary>Pages asked for and not yet taken: in flight, or answered and waiting to be read.</summary>
        public int Count => _pages.Count;

        /// <summary>The offset the next <see cref="Request"/> asks for.</summary>
        public long NextOffset { get; private set; }

        /// <summary>Where the page after the one last taken starts: the first queued page, else the next request.</summary>
        public long FollowingOffset => _pages.Count > 0 ? _pages.Peek().Request.Offset : NextOffset;

        /// <summary>Starts a request for <paramref name="limit"/> records at <see cref="NextOffset"/>.</summary>
        public void Request(int limit)
        {
            var request = new PageRequest(checked((int)NextOffset), limit);
            _pages.Enqueue(new PendingPage(request, Start(request, _requests.Token)));
            NextOffset += limit;
        }

        /// <summary>Waits for the first queued page and removes it from the queue.</summary>
        /// <param name="beforeReading">
        /// Runs once the page's successful answer has arrived and before the page is read, for pages whose fetcher handed
        /// the records back unparsed (the client's own): requests queued here travel while it is parsed. While the page is still in flight it keeps its
        /// place among the <see cref="PagingOptions.MaxConcurrency"/> requests; a failed page never gives it up.
        /// </param>
        /// <exception cref="OperationCanceledException">The stream was cancelled.</exception>
        public async Task<(PageRequest Request, PageResponse<T> Response)> TakeAsync(Action<PageQueue<T>>? beforeReading = null)
        {
            var page = _pages.Dequeue();
            PageResponse<T>? response;
            try
            {
                response = await page.Response.ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (_streamToken.IsCancellationRequested)
            {
                // The request ran under an internal linked token; report the caller's.
                throw new OperationCanceledException(ex.Message, ex, _streamToken);
            }
            // An answer that raced the cancellation must not be read after the caller asked to stop.
            if (_streamToken.IsCancellationRequested)
            {
                Release(response);
                _streamToken.ThrowIfCancellationRequested();
            }
            if (response is null)
            {
                throw new InvalidOperationException($"The page fetcher returned no response for offset {page.Request.Offset} (limit {page.Request.Limit}).");
            }
            if (response.Records is not null)
            {
                // The taken page is off the network and still unparsed: its place goes to the next request first. (A
                // fetcher that hands back a parsed list has done its parsing already; nothing is gained then.)
                beforeReading?.Invoke(this);
            }
            return (page.Request, response);
        }

        /// <summary>
        /// Drops every queued page (cancelling the requests still in flight) and continues at <paramref name="offset"/>.
        /// Used when an answer did not end where the next queued page starts, e.g. a provider capped the limit.
        /// </summary>
        public async Task RestartAtAsync(long offset)
        {
            if (_pages.Count > 0)
            {
                await CancelQueuedAsync().ConfigureAwait(false);
                _requests.Dispose();
                _requests = CancellationTokenSource.CreateLinkedTokenSource(_streamToken);
            }
            NextOffset = offset;
        }

        /// <summary>Cancels the requests still in flight and waits until they have finished.</summary>
        public async ValueTask DisposeAsync()
        {
            await CancelQueuedAsync().ConfigureAwait(false);
            _requests.Dispose();
        }

        private async Task CancelQueuedAsync()
        {
            _requests.Cancel();
            while (_pages.Count > 0)
            {
                var abandoned = _pages.Dequeue().Response;
                try
                {
                    Release(await abandoned.ConfigureAwait(false));
                }
                catch (Exception)
                {
                    // Nobody will read this page: its failure (usually the cancellation itself) only has to be observed.
                }
            }
        }

        /// <summary>A page answered but never read still holds its body (when its records were left in it).</summary>
        private static void Release(PageResponse<T>? unread) => unread?.Records?.Dispose();

        private Task<PageResponse<T>> Start(PageRequest request, CancellationToken cancellationToken)
        {
            try
            {
                return _fetch(request, cancellationToken)
                    ?? throw new InvalidOperationException($"The page fetcher returned no task for offset {request.Offset} (limit {request.Limit}).");
            }
            catch (Exception ex)
            {
                // A fetcher that throws before its first await fails that page, in page order, like any other failure.
                return Task.FromException<PageResponse<T>>(ex);
            }
        }

        private readonly record struct PendingPage(PageRequest Request, Task<PageResponse<T>> Response);
    }
}
