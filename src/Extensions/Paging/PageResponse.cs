using System;
using System.Collections.Generic;

using OneRoster.Paging.Records;

namespace OneRoster.Paging
{
    /// <summary>
    /// What one list call answered: the records, in the provider's order, and the signals that tell whether
    /// more follow — a total (<c>X-Total-Count</c> header or a <c>totalCount</c> body field) and a
    /// <c>Link</c> header. Providers send any of these, all of them, or none.
    /// </summary>
    /// <typeparam name="T">The record type, e.g. <c>User</c>.</typeparam>
    public sealed class PageResponse<T>
    {
        /// <summary>Creates a response holding <paramref name="items"/>.</summary>
        /// <param name="items">
        /// The records exactly as the provider sent them (unfiltered, duplicates included). An envelope without
        /// the list (<c>{}</c>) is the caller's call to make: pass an empty list if that means "no records".
        /// </param>
        /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
        public PageResponse(IReadOnlyList<T> items)
        {
            Items = items ?? throw new ArgumentNullException(nameof(items));
        }

        /// <summary>The records of the page, in the provider's order.</summary>
        public IReadOnlyList<T> Items { get; }

        /// <summary>
        /// The size of the whole collection as the provider reported it with this answer (the <c>X-Total-Count</c>
        /// header, else the body's <c>totalCount</c>); null when it sent none. A negative value is read as "none".
        /// </summary>
        public long? TotalCount { get; init; }

        /// <summary>The target of a <c>Link</c> header with <c>rel="next"</c>, when the answer had one.</summary>
        public Uri? NextLink { get; init; }

        /// <summary>
        /// True when the answer carried a <c>Link</c> header at all. A provider that sends <c>Link</c> headers
        /// marks its last page by leaving out <c>rel="next"</c>, so a Link header without next means "no more".
        /// </summary>
        public bool HasLinkHeader { get; init; }

        /// <summary>
        /// Set by fetchers whose <see cref="Items"/> list nobody else holds: the stream empties it once the page
        /// has been read. The request's async machinery (tasks started long before the answer arrived, and
        /// promoted to old GC generations while waiting) keeps referring to the page; without this, those dead
        /// old objects keep every record alive until a full collection, and a fast stream spends its time in them.
        /// </summary>
        internal bool ReleaseItemsWhenRead { get; init; }

        /// <summary>
        /// Set by fetchers that leave the records in the body (then <see cref="Items"/> is empty): a stream reads them
        /// one at a time and disposes this once done with the page. <see cref="TotalCount"/> then holds only the
        /// header total; the body's own arrives with the last record.
        /// </summary>
        internal IPageRecords<T>? Records { get; init; }
    }
}
