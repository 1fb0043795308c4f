using System.Collections.Generic;

namespace OneRoster.Query
{
    /// <summary>
    /// Packs the terms of a <see cref="Disjunction"/> into as few server filters as the capabilities
    /// allow: one OR per filter where OR is allowed (plain ORs of single predicates when AND and OR
    /// may not mix), each term a request of its own where it is not.
    /// </summary>
    internal static class RequestPacking
    {
        /// <summary>The filters to send, one request stream each; a single null means "no filter".</summary>
        public static List<Filter?> Pack(Disjunction server, FilterCapabilities capabilities)
        {
            if (server.IsEverything)
            {
                return new List<Filter?> { null };
            }

            int capacity = capabilities.MaxPredicates ?? int.MaxValue;
            var bins = new List<List<Conjunction>>();
            foreach (Conjunction term in server.Terms)
            {
                List<Conjunction>? bin = capabilities.AllowsOr ? FindRoom(bins, term, capacity, capabilities.AllowsMixedAndOr) : null;
                if (bin is null)
                {
                    bins.Add(new List<Conjunction> { term });
                }
                else
                {
                    bin.Add(term);
                }
            }

            var filters = new List<Filter?>(bins.Count);
            foreach (List<Conjunction> bin in bins)
            {
                var operands = new List<Filter>(bin.Count);
                foreach (Conjunction term in bin)
                {
                    operands.Add(term.ToFilter()!);
                }

                // An OR of ANDs needs no parentheses: AND binds tighter.
                filters.Add(Filter.AnyOf(operands));
            }

            return filters;
        }

        private static List<Conjunction>? FindRoom(List<List<Conjunction>> bins, Conjunction term, int capacity, bool mixing)
        {
            // Without mixing, only single predicates share a request, as a plain OR.
            if (!mixing && term.Count > 1)
            {
                return null;
            }

            foreach (List<Conjunction> bin in bins)
            {
                int used = 0;
                bool singlesOnly = true;
                foreach (Conjunction member in bin)
                {
                    used += member.Count;
                    singlesOnly &= member.Count == 1;
                }

                if (used + term.Count <= capacity && (mixing || singlesOnly))
                {
                    return bin;
                }
            }

            return null;
        }
    }
}
