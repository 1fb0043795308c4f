using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace OneRoster.Paging
{
    /// <summary>
    /// The keys (sourcedIds) of the previous page and of the page being read, to drop records a provider sends
    /// twice. With offset paging a record comes back only when rows were inserted ahead of the read position
    /// between two requests: it is pushed from the end of one page to the start of the next. It can reach a page
    /// two pages further only if more than a whole page of rows was inserted between those requests, so two pages
    /// of keys catch every repeat short of that while memory stays flat however long the collection is.
    /// </summary>
    internal sealed class RecentKeys
    {
        private HashSet<string> _previousPage = new(StringComparer.Ordinal);
        private HashSet<string> _currentPage = new(StringComparer.Ordinal);

        /// <summary>Records <paramref name="key"/> for the current page; true when the previous or the current page already had it.</summary>
        // Called for every record: compiled optimised at once, like the readers' helpers (Utf8Records' remarks).
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool IsRepeat(string key)
        {
            var inPreviousPage = _previousPage.Contains(key);
            var newOnThisPage = _currentPage.Add(key);
            return inPreviousPage || !newOnThisPage;
        }

        /// <summary>The current page is done: it becomes the previous page, and the oldest keys are forgotten.</summary>
        public void EndPage()
        {
            (_previousPage, _currentPage) = (_currentPage, _previousPage);
            // Clear keeps the capacity, so a long stream allocates no more sets or buckets after the first pages.
            _currentPage.Clear();
        }
    }
}
