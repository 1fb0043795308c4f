using System;

namespace OneRoster.Paging
{
    /// <summary>
    /// Decides, page by page and in order, whether a stream goes on and which requests to send next: it follows
    /// the newest total, learns the page size a provider really serves, and keeps the stream within
    /// <see cref="PagingOptions.MaxConcurrency"/> and <see cref="PagingOptions.MaxItems"/>. One per enumeration.
    /// </summary>
    internal sealed class PagePlanner
    {
        private readonly PagingOptions _options;
        private int _pageSize;
        private int _largestPage;
        private long? _total;
        private bool _totalShrank;
        private long _yielded;
        private long _repeats;
        private int _taken;

        public PagePlanner(PagingOptions options)
        {
            _options = options;
            _pageSize = options.PageSize;
        }

        /// <summary>Reads the signals of a non-empty page; returns whether records may follow it.</summary>
        public bool Observe<T>(PageRequest request, PageResponse<T> response) =>
            Observe(request, response.Items.Count, response.TotalCount, response.HasLinkHeader, response.NextLink);

        /// <summary>Reads the signals of a non-empty page of <paramref name="received"/> records; returns whether records may follow it.</summary>
        public bool Observe(PageRequest request, int received, long? total, bool hasLinkHeader, Uri? nextLink)
        {
            NoteTotal(total);
            _largestPage = Math.Max(_largestPage, received);
            var more = StopRule.MoreAfter((long)request.Offset + received, _total, !_totalShrank, hasLinkHeader, nextLink)
                // No total, no Link: a short page may be a silently capped one, so only an empty page ends the stream.
                ?? true;
            if (more && received < request.Limit)
            {
                // The provider caps the limit. Its cap is the largest page it has served: a provider that sometimes
                // sends fewer records must not shrink the pages to its smallest answer.
                _pageSize = Math.Min(_pageSize, _largestPage);
            }
            else if (more && received > request.Limit)
            {
                // The provider ignores the limit and serves its own page size; asking for that keeps pages contiguous.
                _pageSize = received;
            }
            return more;
        }

        /// <summary>
        /// For a page whose records can be read one at a time (their number is known only at its end): whether the
        /// signals known before reading it — its headers and the totals of earlier pages — say that records follow
        /// it if it is full. Then the next requests can travel while it is read; a page that turns out shorter or
        /// longer re-plans (<see cref="PageQueue{T}.RestartAtAsync"/>), as with any total. Otherwise the next offset
        /// depends on what the page holds, and it is read whole first.
        /// </summary>
        public bool FollowsFullPage<T>(PageRequest request, PageResponse<T> response)
        {
            NoteTotal(response.TotalCount);
            return StopRule.MoreAfter((long)request.Offset + request.Limit, _total, !_totalShrank, response.HasLinkHeader, response.NextLink) == true;
        }

        private void NoteTotal(long? total)
        {
            if (total is >= 0 and long known)
            {
                _totalShrank |= known < _total;
                _total = known;
            }
        }

        /// <summary>
        /// Queues requests: always one when the queue is empty (the stream goes on); more in parallel, up to the
        /// prefetch window (growing to <see cref="PagingOptions.MaxConcurrency"/>), only while a total says the records exist. Never past what
        /// <see cref="PagingOptions.MaxItems"/> still needs.
        /// </summary>
        public void Fill<T>(PageQueue<T> pages) => Fill(pages, oneWithoutTotal: true);

        /// <summary>
        /// Queues the parallel requests a known total already justifies, before the page just taken has been read:
        /// the taken page no longer counts against <see cref="PagingOptions.MaxConcurrency"/>, so the next request
        /// can travel while it is deserialized. Without a total nothing is requested here — the next offset depends
        /// on what the page holds.
        /// </summary>
        public void FillAhead<T>(PageQueue<T> pages) => Fill(pages, oneWithoutTotal: false);

        /// <summary>Counts a page the stream takes from the queue to read; the prefetch window grows with it.</summary>
        public void CountTaken() => _taken++;

        /// <summary>
        /// How many requests may be queued now (with <see cref="PagingOptions.RampUp"/>): one until the first page is taken, then 1, 2, 4, … up to
        /// <see cref="PagingOptions.MaxConcurrency"/> as pages are taken. A caller who stops after the first page has
        /// cost at most one request more than it read; a long stream reaches full concurrency after a few pages.
        /// </summary>
        private int Window => !_options.RampUp ? _options.MaxConcurrency
            : _taken <= 1 ? 1 : (int)Math.Min(_options.MaxConcurrency, 1L << Math.Min(_taken - 1, 30));

        private void Fill<T>(PageQueue<T> pages, bool oneWithoutTotal)
        {
            var needed = OffsetNeeded();
            while (pages.Count < Window
                && pages.NextOffset < needed
                && ((oneWithoutTotal && pages.Count == 0) || pages.NextOffset < _total))
            {
                pages.Request((int)Math.Min(_pageSize, needed - pages.NextOffset));
            }
        }

        /// <summary>Counts a record handed to the caller; true when <see cref="PagingOptions.MaxItems"/> is reached.</summary>
        public bool CountYielded() => ++_yielded >= _options.MaxItems;

        /// <summary>Counts a record dropped as a repeat: it took a place in the collection but yields nothing.</summary>
        public void CountRepeat() => _repeats++;

        // Every record received is either yielded or a repeat, so MaxItems records end at offset
        // StartOffset + MaxItems + repeats (saturating: MaxItems may be as large as long allows).
        private long OffsetNeeded()
        {
            if (_options.MaxItems is not long max)
            {
                return long.MaxValue;
            }
            var needed = _options.StartOffset + _repeats;
            return max > long.MaxValue - needed ? long.MaxValue : needed + max;
        }
    }
}
