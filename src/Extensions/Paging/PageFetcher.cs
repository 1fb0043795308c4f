using System.Threading;
using System.Threading.Tasks;

namespace OneRoster.Paging
{
    /// <summary>
    /// Fetches one page of a OneRoster collection: sends a list call with the request's <c>offset</c> and
    /// <c>limit</c> (and whatever filter, sort and fields the caller chose) and reports what came back.
    /// </summary>
    /// <remarks>
    /// <see cref="Paginator.StreamAsync{T}"/> may call a fetcher several times at once (up to
    /// <see cref="PagingOptions.MaxConcurrency"/>), so a fetcher must not share per-call state. The fetcher must
    /// pass <paramref name="cancellationToken"/> on: the stream cancels requests it no longer needs.
    /// A fetcher must return the records as the provider sent them — never filter them — because the stop
    /// rules read the number of records received.
    /// </remarks>
    /// <typeparam name="T">The record type, e.g. <c>User</c>.</typeparam>
    /// <param name="request">The offset and limit to ask for.</param>
    /// <param name="cancellationToken">Cancelled when the stream ends, is cancelled, or no longer needs this page.</param>
    /// <returns>The records of the page and the paging signals of the answer.</returns>
    public delegate Task<PageResponse<T>> PageFetcher<T>(PageRequest request, CancellationToken cancellationToken);
}
