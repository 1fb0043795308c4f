using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

using OneRoster.Errors;
using OneRoster.Paging.Records;

namespace OneRoster.Paging
{
    /// <summary>
    /// Reads a OneRoster collection page by page with <c>limit</c>/<c>offset</c>, as a stream of records that ends
    /// exactly when the collection ends — on providers that report a total, a <c>Link</c> header, or neither; that
    /// cap the page size silently; and whose collection changes while it is read. See <c>docs/pagination.md</c>.
    /// </summary>
    public static class Paginator
    {
        private const int RepeatedKeysShown = 3;

        /// <summary>
        /// Streams every record of a collection, in the provider's order, fetching pages ahead of the caller.
        /// </summary>
        /// <remarks>
        /// <para>Stop rules: an empty page ends the stream. Otherwise it goes on while the newest total says more
        /// records exist or a <c>Link</c> header names <c>next</c>; it ends when the records reach the total exactly
        /// or a Link header has no <c>next</c>; a page without either signal never ends it (a short page may be a
        /// silently capped one). Once the total shrinks during the stream, only a Link header or an empty page ends it.
        /// The next offset is always the previous offset plus the records actually received.</para>
        /// <para>Speed and memory: the next page is requested before the current one is handed out. When a total is
        /// known, more pages are requested or buffered at once — one more while the first page is read, then twice as
        /// many with each page taken, up to <see cref="PagingOptions.MaxConcurrency"/>; records still come strictly in
        /// order. <see cref="PagingOptions.MaxItems"/> caps both the limit asked for and the pages requested. Memory holds at most that many pages plus the one being read, and the keys of
        /// two pages.</para>
        /// <para>Records whose key was already yielded on the previous or the same page (rows inserted while paging)
        /// are dropped; records with a null key are always yielded.</para>
        /// <para>Failures surface in page order: the records of every earlier page are yielded first. Leaving the
        /// <c>await foreach</c>, or cancelling, cancels the requests in flight and waits for them to finish.</para>
        /// </remarks>
        /// <typeparam name="T">The record type, e.g. <c>User</c>.</typeparam>
        /// <param name="fetch">Fetches one page; called at most <see cref="PagingOptions.MaxConcurrency"/> times at once.</param>
        /// <param name="key">The record's identity for dropping repeats, normally its sourcedId; null for records that have none.</param>
        /// <param name="options">Page size, concurrency, start offset and item limit. Copied when the stream is created.</param>
        /// <param name="cancellationToken">Cancels the stream and its requests in flight.</param>
        /// <returns>The records. Nothing is requested until the stream is enumerated; each enumeration reads afresh.</returns>
        /// <exception cref="ArgumentNullException">An argument is null.</exception>
        /// <exception cref="OneRosterProtocolException">
        /// While enumerating: the provider ignores <c>offset</c> — a page held only records the previous page had already returned.
        /// </exception>
        public static IAsyncEnumerable<T> StreamAsync<T>(PageFetcher<T> fetch, Func<T, string?> key, PagingOptions options, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(fetch);
            ArgumentNullException.ThrowIfNull(key);
            ArgumentNullException.ThrowIfNull(options);
            return ReadAsync(fetch, key, options.Snapshot(), cancellationToken);
        }

        /// <summary>
        /// Turns a single answer into a <see cref="Page{T}"/>, deciding <see cref="Page{T}.HasMore"/> from the
        /// answer's signals: an empty page has no more; otherwise a total above the page's end, or a <c>Link</c>
        /// <c>next</c>, means more; a total reached exactly, or a Link header without <c>next</c>, means no more; with
        /// neither signal, a full page (as many records as the limit) means more and a short one means no more.
        /// </summary>
        /// <remarks>
        /// The last case is a guess: a provider that caps the limit silently and sends neither signal produces short
        /// pages that are not the last. A stream does not guess — it reads on until an empty page.
        /// </remarks>
        /// <typeparam name="T">The record type, e.g. <c>User</c>.</typeparam>
        /// <param name="request">The offset and limit the page was asked for with.</param>
        /// <param name="response">What the provider answered.</param>
        /// <param name="residualFilter">
        /// A filter the provider could not evaluate, applied to the records here; null for none. The paging facts
        /// (<see cref="Page{T}.HasMore"/>, <see cref="Page{T}.NextOffset"/>) still come from the unfiltered answer.
        /// </param>
        /// <returns>The page.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
        public static Page<T> ToPage<T>(PageRequest request, PageResponse<T> response, Func<T, bool>? residualFilter = null)
        {
            ArgumentNullException.ThrowIfNull(response);
            var received = response.Items.Count;
            var end = checked(request.Offset + received);
            var total = response.TotalCount is >= 0 ? response.TotalCount : null;
            var hasMore = received > 0
                && (StopRule.MoreAfter(end, total, totalCanEnd: true, response.HasLinkHeader, response.NextLink) ?? received >= request.Limit);
            var items = residualFilter is null ? response.Items : response.Items.Where(residualFilter).ToList();
            return new Page<T>(items, request.Offset, request.Limit, total, hasMore, residualFilter is not null, end);
        }

        private static async IAsyncEnumerable<T> ReadAsync<T>(
            PageFetcher<T> fetch, Func<T, string?> key, PagingOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (options.MaxItems == 0)
            {
                yield break;
            }
            var planner = new PagePlanner(options);
            var recentKeys = new RecentKeys();
            var pages = new PageQueue<T>(fetch, options.StartOffset, cancellationToken);
            try
            {
                PageRequest? previous = null;
                planner.Fill(pages);
                while (pages.Count > 0)
                {
                    planner.CountTaken();
                    var (request, response) = await pages.TakeAsync(planner.FillAhead).ConfigureAwait(false);
                    // Whether records follow: decided before the page is handed out when it is read whole, after it when
                    // it is read record by record (only then is its size known).
                    bool? more = null;
                    var records = response.Records;
                    if (records is not null && planner.FollowsFullPage(request, response))
                    {
                        // The signals say records follow a full page: the next requests travel while this one is read.
                        planner.Fill(pages);
                    }
                    else
                    {
                        if (records is not null)
                        {
                            // Where the next page starts depends on how many records this one holds: read it whole first.
                            response = ReadWhole(records, response);
                        }
                        if (response.Items.Count == 0)
                        {
                            yield break;
                        }
                        more = planner.Observe(request, response);
                        if (more == true)
                        {
                            // Request what follows before handing out this page, so the network works while the caller does.
                            await ContinueAtAsync(pages, planner, (long)request.Offset + response.Items.Count).ConfigureAwait(false);
                        }
                        records = new ListRecords<T>(response.Items, response.ReleaseItemsWhenRead);
                    }

                    var page = new PageReading();
                    using (records)
                    {
                        while (records.TryRead(out var record))
                        {
                            // A page already in memory is not handed out after the caller asked to stop.
                            cancellationToken.ThrowIfCancellationRequested();
                            var id = key(record);
                            page.Received(id);
                            if (id is not null && recentKeys.IsRepeat(id))
                            {
                                planner.CountRepeat();
                                continue;
                            }
                            page.Fresh++;
                            yield return record;
                            if (planner.CountYielded())
                            {
                                yield break;
                            }
                        }
                        if (page.Count == 0)
                        {
                            yield break;
                        }
                        more ??= planner.Observe(request, page.Count, response.TotalCount ?? records.BodyTotalCount, response.HasLinkHeader, response.NextLink);
                    }
                    if (page.Fresh == 0)
                    {
                        throw OffsetIgnored(request, previous, page.Count, page.FirstKeys);
                    }
                    recentKeys.EndPage();
                    previous = request;
                    if (more == false)
                    {
                        yield break;
                    }
                    // The page's end is known now; repeats on it may also mean MaxItems needs one more page than planned.
                    await ContinueAtAsync(pages, planner, (long)request.Offset + page.Count).ConfigureAwait(false);
                }
            }
            finally
            {
                await pages.DisposeAsync().ConfigureAwait(false);
            }
        }

        /// <summary>Queues what follows a page ending at <paramref name="end"/>, first re-planning the queue if it starts elsewhere.</summary>
        private static async Task ContinueAtAsync<T>(PageQueue<T> pages, PagePlanner planner, long end)
        {
            if (pages.FollowingOffset != end)
            {
                // The answer was shorter or longer than asked: pages queued behind it start at the wrong offset.
                await pages.RestartAtAsync(end).ConfigureAwait(false);
            }
            planner.Fill(pages);
        }

        private static PageResponse<T> ReadWhole<T>(IPageRecords<T> records, PageResponse<T> answer)
        {
            using (records)
            {
                var items = new List<T>();
                while (records.TryRead(out var record))
                {
                    items.Add(record);
                }
                return new PageResponse<T>(items)
                {
                    TotalCount = answer.TotalCount ?? records.BodyTotalCount,
                    NextLink = answer.NextLink,
                    HasLinkHeader = answer.HasLinkHeader,
                    ReleaseItemsWhenRead = true,
                };
            }
        }

        private static OneRosterProtocolException OffsetIgnored(PageRequest request, PageRequest? previous, int count, IEnumerable<string?> firstKeys)
        {
            var shown = firstKeys.Take(RepeatedKeysShown).Select(id => $"'{id}'");
            var more = count > RepeatedKeysShown ? ", …" : string.Empty;
            var where = previous is { } p ? $"the page at offset {p.Offset}" : "an earlier page";
            return new OneRosterProtocolException(
                $"The provider seems to ignore the offset parameter: asked for offset {request.Offset} (limit {request.Limit}), it sent " +
                $"{count} record(s) that {where} had already returned (sourcedIds {string.Join(", ", shown)}{more}). " +
                "Reading on would repeat the same records forever, so the stream stops. (More than a page of records inserted " +
                "ahead of the read position between two requests looks the same.)");
        }

        /// <summary>What a stream counts while it reads a page record by record.</summary>
        private sealed class PageReading
        {
            public int Count { get; private set; }

            public int Fresh { get; set; }

            /// <summary>The keys of the first records, for the message when a page only repeats the previous one.</summary>
            public List<string?> FirstKeys { get; } = new(RepeatedKeysShown);

            public void Received(string? key)
            {
                if (Count++ < RepeatedKeysShown)
                {
                    FirstKeys.Add(key);
                }
            }
        }
    }
}
