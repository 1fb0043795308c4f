using System.Collections.Generic;

namespace OneRoster.Paging.Records
{
    /// <summary>The records of a page already deserialized into a list, read like a page read record by record.</summary>
    /// <typeparam name="T">The record type, e.g. <c>User</c>.</typeparam>
    internal sealed class ListRecords<T> : IPageRecords<T>
    {
        private readonly IReadOnlyList<T> _items;
        private readonly bool _release;
        private int _next;

        /// <param name="items">The page's records.</param>
        /// <param name="release">
        /// Empty the list when done (<see cref="PageResponse{T}.ReleaseItemsWhenRead"/>): old tasks of the page's request
        /// still point at it, and emptying it lets the records die young. Lists of other fetchers are never touched.
        /// </param>
        public ListRecords(IReadOnlyList<T> items, bool release)
        {
            _items = items;
            _release = release;
        }

        public long? BodyTotalCount => null;

        public bool TryRead(out T record)
        {
            if (_next < _items.Count)
            {
                record = _items[_next++];
                return true;
            }
            record = default!;
            return false;
        }

        public void Dispose()
        {
            if (_release && _items is List<T> list)
            {
                list.Clear();
            }
        }
    }
}
