using System;
using System.Collections.Generic;

namespace OneRoster.Paging
{
    /// <summary>
    /// One page of a OneRoster collection, as a single list call returned it: the records, where the page
    /// sits, and whether more records follow. <see cref="Paginator.ToPage{T}"/> builds one from a
    /// <see cref="PageResponse{T}"/>; to read a whole collection use a stream instead.
    /// </summary>
    /// <typeparam name="T">The record type, e.g. <c>User</c>.</typeparam>
    public sealed class Page<T>
    {
        /// <summary>Creates a page.</summary>
        /// <param name="items">The records of the page.</param>
        /// <param name="offset">The <c>offset</c> the page was asked for with.</param>
        /// <param name="limit">The <c>limit</c> the page was asked for with.</param>
        /// <param name="totalCount">The collection size the provider reported, or null.</param>
        /// <param name="hasMore">Whether more records follow this page.</param>
        /// <param name="isFilteredClientSide">True when some of the provider's records were left out by a client-side filter.</param>
        /// <param name="nextOffset">
        /// The <c>offset</c> of the page after this one; defaults to <paramref name="offset"/> plus the number of
        /// <paramref name="items"/>. Give it when the provider sent more records than <paramref name="items"/> holds.
        /// </param>
        /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">An offset or the limit is negative.</exception>
        public Page(IReadOnlyList<T> items, int offset, int limit, long? totalCount, bool hasMore, bool isFilteredClientSide = false, int? nextOffset = null)
        {
            Items = items ?? throw new ArgumentNullException(nameof(items));
            ArgumentOutOfRangeException.ThrowIfNegative(offset);
            ArgumentOutOfRangeException.ThrowIfNegative(limit);
            Offset = offset;
            Limit = limit;
            TotalCount = totalCount;
            HasMore = hasMore;
            IsFilteredClientSide = isFilteredClientSide;
            NextOffset = nextOffset ?? checked(offset + items.Count);
            ArgumentOutOfRangeException.ThrowIfLessThan(NextOffset, offset, nameof(nextOffset));
        }

        /// <summary>The records of the page, in the provider's order.</summary>
        public IReadOnlyList<T> Items { get; }

        /// <summary>The <c>offset</c> the page was asked for with.</summary>
        public int Offset { get; }

        /// <summary>The <c>limit</c> the page was asked for with (the provider may have sent fewer records).</summary>
        public int Limit { get; }

        /// <summary>The collection size the provider reported with this page, or null when it reported none.</summary>
        public long? TotalCount { get; }

        /// <summary>
        /// Whether more records follow this page. See <see cref="Paginator.ToPage{T}"/> for how it is decided from
        /// the total, the <c>Link</c> header and the page size.
        /// </summary>
        public bool HasMore { get; }

        /// <summary>
        /// True when a filter the provider cannot evaluate was applied to this page on the client: <see cref="Items"/>
        /// may then hold fewer records than the provider sent, even none while <see cref="HasMore"/> is true.
        /// </summary>
        public bool IsFilteredClientSide { get; }

        /// <summary>
        /// The <c>offset</c> to ask for the next page with: this page's offset plus the number of records the provider
        /// actually sent. Not <c>Offset + Limit</c>: providers cap the limit silently, and stepping by the limit would skip records.
        /// </summary>
        public int NextOffset { get; }
    }
}
