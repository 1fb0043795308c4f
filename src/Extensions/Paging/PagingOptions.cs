using System;

namespace OneRoster.Paging
{
    /// <summary>How <see cref="Paginator.StreamAsync{T}"/> reads a collection. Values are checked when set.</summary>
    /// <remarks>
    /// A stream copies the options when it is created; changing them afterwards does not affect it.
    /// </remarks>
    public sealed class PagingOptions
    {
        /// <summary>The page size used when none is set: the OneRoster standard's usual maximum.</summary>
        public const int DefaultPageSize = 100;

        /// <summary>The number of pages kept in flight when none is set.</summary>
        public const int DefaultMaxConcurrency = 4;

        private int _pageSize = DefaultPageSize;
        private int _maxConcurrency = DefaultMaxConcurrency;
        private long? _maxItems;
        private int _startOffset;

        /// <summary>
        /// The <c>limit</c> asked for on each request (default 100). Set it to the provider's maximum (Timeback
        /// serves 3000); a provider that caps it silently is detected and the stream follows the provider's size.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
        public int PageSize
        {
            get => _pageSize;
            set => _pageSize = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "PageSize must be at least 1.");
        }

        /// <summary>
        /// The most pages requested or buffered at once (default 4). Pages are fetched in parallel only when the
        /// provider reports a total; otherwise the next page is fetched while the caller reads the current one.
        /// 1 means strictly one request at a time.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
        public int MaxConcurrency
        {
            get => _maxConcurrency;
            set => _maxConcurrency = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxConcurrency must be at least 1.");
        }

        /// <summary>The most records the stream yields, or null for all of them. 0 yields nothing and sends no request.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
        public long? MaxItems
        {
            get => _maxItems;
            set => _maxItems = value is null or >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "MaxItems must be null or at least 0.");
        }

        /// <summary>
        /// Whether the prefetch window grows with the pages read (default true): one request ahead while the first page
        /// is read, then 2, 4, … up to <see cref="MaxConcurrency"/>, so a caller who stops after a page or two wastes at
        /// most one request. False requests up to <see cref="MaxConcurrency"/> pages as soon as a total allows.
        /// </summary>
        public bool RampUp { get; set; } = true;

        /// <summary>The <c>offset</c> of the first request (default 0): the stream skips that many records of the collection.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
        public int StartOffset
        {
            get => _startOffset;
            set => _startOffset = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "StartOffset must be at least 0.");
        }

        internal PagingOptions Snapshot() => new()
        {
            _pageSize = _pageSize,
            _maxConcurrency = _maxConcurrency,
            _maxItems = _maxItems,
            _startOffset = _startOffset,
            RampUp = RampUp,
        };
    }
}
