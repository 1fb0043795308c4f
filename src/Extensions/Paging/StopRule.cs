using System;

namespace OneRoster.Paging
{
    /// <summary>
    /// Reads a provider's paging signals — a total and a <c>Link</c> header — into "more records follow",
    /// "no more", or "no signal". Shared by streams and single pages so both read providers the same way.
    /// </summary>
    internal static class StopRule
    {
        /// <summary>What the signals say about records after <paramref name="end"/>, the offset just past the last record received.</summary>
        /// <param name="end">The offset just past the last record received.</param>
        /// <param name="total">The collection size reported, or null.</param>
        /// <param name="totalCanEnd">
        /// False once the total was seen to shrink while paging: from then on only the Link header or an empty page
        /// ends a stream, so records still coming are never cut off by a total that no longer matches them.
        /// </param>
        /// <param name="hasLinkHeader">Whether the answer carried a <c>Link</c> header.</param>
        /// <param name="nextLink">The <c>rel="next"</c> target, if any.</param>
        /// <returns>True when any signal says more records follow; false when none does and one says the collection ends here; null without signals.</returns>
        public static bool? MoreAfter(long end, long? total, bool totalCanEnd, bool hasLinkHeader, Uri? nextLink)
        {
            bool? byLink = nextLink is not null ? true : hasLinkHeader ? false : null;
            bool? byTotal = total switch
            {
                null or < 0 => null,
                long t when end < t => true,
                long t when end == t && totalCanEnd => false,
                // Records beyond the total: the total is stale (rows added since it was counted) and says nothing.
                _ => null,
            };
            // Never end early: one signal saying "more" outweighs another saying "done".
            if (byLink == true || byTotal == true)
            {
                return true;
            }
            if (byLink == false || byTotal == false)
            {
                return false;
            }
            return null;
        }
    }
}
