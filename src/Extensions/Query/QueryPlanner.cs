using System;
using System.Collections.Generic;

namespace OneRoster.Query
{
    /// <summary>
    /// Splits a filter into what a provider evaluates and what the client evaluates, so the records
    /// returned are exactly those the filter selects, whatever the provider supports.
    /// </summary>
    /// <remarks>
    /// <para>A filter the capabilities accept is sent as is. Otherwise the planner reads the filter as
    /// the AND of its top-level parts and sends the largest set of parts that fits, preferring exact
    /// parts, then those needing fewer requests, then equality over other comparisons; the parts not
    /// sent exactly form the <see cref="QueryPlan.Residual"/>.</para>
    /// <para>A part that cannot be sent whole may still be narrowed: an OR is sent as the OR of what
    /// can be sent of each branch, and an AND as its sendable subset, as long as every branch has
    /// something sendable. Such a part is sent and also kept in the residual. ORs that the provider
    /// cannot run in one request (no OR, no AND/OR mixing, too many predicates) become several
    /// requests whose results the client merges: that is how <c>In(...)</c> reaches a provider
    /// limited to two predicates.</para>
    /// <para>Nothing the capabilities forbid is ever sent: unsupported operators, nested fields where
    /// they are not supported, and values with a quote where doubled quotes are not read stay
    /// client-side, so a hostile value can never be read as filter syntax.</para>
    /// </remarks>
    public static class QueryPlanner
    {
        /// <summary>Bounds the distribution of ANDs over ORs; a part that would need more terms is evaluated client-side.</summary>
        private const int MaxTerms = 64;

        /// <summary>Plans <paramref name="filter"/> for a provider with <paramref name="capabilities"/>.</summary>
        /// <param name="filter">The full filter; null plans a single unfiltered request.</param>
        /// <param name="capabilities">What the provider evaluates.</param>
        /// <exception cref="ArgumentNullException"><paramref name="capabilities"/> is null.</exception>
        public static QueryPlan Plan(Filter? filter, FilterCapabilities capabilities)
        {
            ArgumentNullException.ThrowIfNull(capabilities);
            if (filter is null)
            {
                return new QueryPlan(new string?[] { null }, null);
            }

            if (capabilities.Supports(FilterOperator.In))
            {
                filter = InListCollapse.Collapse(filter, capabilities);
            }

            if (capabilities.CanSend(filter))
            {
                return new QueryPlan(new string?[] { filter.ToString() }, null);
            }

            IReadOnlyList<Filter> parts = filter is LogicalFilter { Operator: LogicalOperator.And } and ? and.Operands : new[] { filter };
            var approximations = new Approximation[parts.Count];
            for (int i = 0; i < parts.Count; i++)
            {
                approximations[i] = Approximate(parts[i], capabilities);
            }

            var sent = new List<int>();
            bool allExact = true;
            Disjunction? server = Disjunction.Everything();
            int maxTermSize = capabilities.MaxPredicates ?? int.MaxValue;
            foreach (int i in PreferenceOrder(parts, approximations))
            {
                Approximation part = approximations[i];

                // The part fits as its own text beside the parts already chosen, or in normal form
                // across requests, or, cut down to what fits, as a narrowing checked again client-side.
                bool fitsAsText = allExact && part.Exact && capabilities.CanSend(Filter.AllOf(Select(parts, sent, i)));
                bool narrowed = false;
                Disjunction? distributed = server is null ? null : Fit(server.And(part.Server!, maxTermSize, MaxTerms, narrow: false, out _), capabilities)
                    ?? Fit(server.And(part.Server!, maxTermSize, MaxTerms, narrow: true, out narrowed), capabilities);
                if (!fitsAsText && distributed is null)
                {
                    continue;
                }

                sent.Add(i);
                bool exact = part.Exact && (fitsAsText || !narrowed);
                approximations[i] = part with { Exact = exact };
                allExact &= exact;

                // A narrowed normal form no longer stands for an exactly sent part; from here on only the text can.
                server = narrowed && exact ? null : distributed;
            }

            return new QueryPlan(ServerTexts(parts, sent, allExact, server, capabilities), Residual(parts, sent, approximations));
        }

        /// <summary><paramref name="server"/> when its requests fit the capabilities' request budget, else null.</summary>
        private static Disjunction? Fit(Disjunction? server, FilterCapabilities capabilities) =>
            server is not null && RequestPacking.Pack(server, capabilities).Count <= capabilities.MaxServerFilters ? server : null;

        private static List<string?> ServerTexts(IReadOnlyList<Filter> parts, List<int> sent, bool allExact, Disjunction? server, FilterCapabilities capabilities)
        {
            if (sent.Count == 0)
            {
                return new List<string?> { null };
            }

            Filter asWritten = Filter.AllOf(Select(parts, sent, extra: null));
            if (allExact && capabilities.CanSend(asWritten))
            {
                // The user's own structure, when it fits, reads better than its normal form.
                return new List<string?> { asWritten.ToString() };
            }

            var texts = new List<string?>();
            foreach (Filter? request in RequestPacking.Pack(server!, capabilities))
            {
                texts.Add(request?.ToString());
            }

            return texts;
        }

        private static Filter? Residual(IReadOnlyList<Filter> parts, List<int> sent, Approximation[] approximations)
        {
            var left = new List<Filter>();
            for (int i = 0; i < parts.Count; i++)
            {
                if (!sent.Contains(i) || !approximations[i].Exact)
                {
                    left.Add(parts[i]);
                }
            }

            return left.Count == 0 ? null : Filter.AllOf(left);
        }

        /// <summary>The chosen parts (plus <paramref name="extra"/>) in the filter's own order.</summary>
        private static List<Filter> Select(IReadOnlyList<Filter> parts, List<int> chosen, int? extra)
        {
            var selected = new List<Filter>();
            for (int i = 0; i < parts.Count; i++)
            {
                if (i == extra || chosen.Contains(i))
                {
                    selected.Add(parts[i]);
                }
            }

            return selected;
        }

        /// <summary>Parts worth sending, best first: exact before narrowed, fewer terms first, then the more selective operator, then the filter's order.</summary>
        private static List<int> PreferenceOrder(IReadOnlyList<Filter> parts, Approximation[] approximations)
        {
            var order = new List<int>();
            for (int i = 0; i < parts.Count; i++)
            {
                if (approximations[i].Server is not null)
                {
                    order.Add(i);
                }
            }

            order.Sort((a, b) =>
            {
                int byExact = approximations[b].Exact.CompareTo(approximations[a].Exact);
                int byTerms = approximations[a].Server!.Terms.Count.CompareTo(approximations[b].Server!.Terms.Count);
                int bySelectivity = Selectivity(parts[a]).CompareTo(Selectivity(parts[b]));
                return byExact != 0 ? byExact : byTerms != 0 ? byTerms : bySelectivity != 0 ? bySelectivity : a.CompareTo(b);
            });
            return order;
        }

        /// <summary>Lower is narrower: = usually selects fewest records, != most.</summary>
        private static int Selectivity(Filter part) => part switch
        {
            PredicateFilter { Operator: FilterOperator.Equal } => 0,
            PredicateFilter { Operator: FilterOperator.Contains } => 1,
            PredicateFilter { Operator: FilterOperator.NotEqual } => 3,
            _ => 2,
        };

        /// <summary>
        /// The sendable superset of <paramref name="filter"/>: its DNF over sendable predicates, exact
        /// when nothing was left out; <see cref="Approximation.Server"/> is null when nothing of it can
        /// be sent (every record qualifies).
        /// </summary>
        private static Approximation Approximate(Filter filter, FilterCapabilities capabilities)
        {
            switch (filter)
            {
                case PredicateFilter predicate:
                    return capabilities.CanSend(predicate) ? new Approximation(Disjunction.Of(predicate), true) : Approximation.Nothing;

                case LogicalFilter { Operator: LogicalOperator.Or } or:
                {
                    Disjunction? union = null;
                    bool exact = true;
                    foreach (Filter operand in or.Operands)
                    {
                        Approximation branch = Approximate(operand, capabilities);
                        if (branch.Server is null)
                        {
                            // One branch that cannot be narrowed lets every record through the OR.
                            return Approximation.Nothing;
                        }

                        union = union is null ? branch.Server : union.Union(branch.Server);
                        exact &= branch.Exact;
                    }

                    return union!.Terms.Count > MaxTerms ? Approximation.Nothing : new Approximation(union, exact);
                }

                default:
                {
                    var and = (LogicalFilter)filter;
                    Disjunction product = Disjunction.Everything();
                    bool exact = true;
                    int maxTermSize = capabilities.MaxPredicates ?? int.MaxValue;
                    var operands = new Approximation[and.Operands.Count];
                    for (int i = 0; i < operands.Length; i++)
                    {
                        operands[i] = Approximate(and.Operands[i], capabilities);
                    }

                    foreach (int i in PreferenceOrder(and.Operands, operands))
                    {
                        Disjunction? next = product.And(operands[i].Server!, maxTermSize, MaxTerms, narrow: true, out bool narrowed);
                        if (next is null)
                        {
                            exact = false;
                            continue;
                        }

                        product = next;
                        exact &= operands[i].Exact && !narrowed;
                    }

                    exact &= Array.TrueForAll(operands, operand => operand.Server is not null);
                    return product.IsEverything ? Approximation.Nothing : new Approximation(product, exact);
                }
            }
        }

        private readonly record struct Approximation(Disjunction? Server, bool Exact)
        {
            public static Approximation Nothing => new(null, false);
        }
    }
}
