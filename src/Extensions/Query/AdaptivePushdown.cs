using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace OneRoster.Query
{
    /// <summary>
    /// What one client has learned about the filters its provider really evaluates. The profile's
    /// <see cref="FilterCapabilities"/> are a claim; when the provider answers 400 to a filter planned from them, the
    /// client plans more conservatively (no in-list operator, then no nested fields, then at most two predicates, then no filter at all) for the
    /// rest of its lifetime, so the 400 is paid once per client, not once per query. Thread-safe: streams of one client
    /// share it.
    /// </summary>
    internal sealed class AdaptivePushdown
    {
        private static readonly Action<ILogger, string, int, string, Exception?> Learned =
            LoggerMessage.Define<string, int, string>(
                LogLevel.Warning,
                new EventId(31, "OneRosterFilterPushdownReduced"),
                "OneRoster provider '{Provider}' answered {Status} to a filter its profile says it evaluates; for the rest of this client's lifetime " +
                "the client sends {Pushdown} and evaluates the rest on each record (the records returned are unchanged). " +
                "Adjust OneRosterProvider.FilterCapabilities to match the provider and avoid the rejected request");

        private readonly FilterCapabilities _claimed;
        private readonly string _providerName;
        private readonly ILogger _logger;
        private int _level;

        public AdaptivePushdown(OneRosterProvider provider, ILogger? logger)
        {
            _claimed = provider.FilterCapabilities;
            _providerName = provider.Name;
            Enabled = provider.AdaptiveFilterPushdown;
            _logger = logger ?? NullLogger.Instance;
        }

        /// <summary>Whether a 400 to a filter makes the client re-plan (<see cref="OneRosterProvider.AdaptiveFilterPushdown"/>).</summary>
        public bool Enabled { get; }

        /// <summary>The level plans are made at now; pass it back to <see cref="Reduce"/> so concurrent streams learn each step once.</summary>
        public PushdownLevel Level => (PushdownLevel)Volatile.Read(ref _level);

        /// <summary>Plans <paramref name="filter"/> at <paramref name="level"/>.</summary>
        public QueryPlan Plan(Filter? filter, PushdownLevel level) =>
            level == PushdownLevel.Nothing
                ? new QueryPlan(new string?[] { null }, filter)
                : QueryPlanner.Plan(filter, CapabilitiesAt(level));

        /// <summary>
        /// After a 400 to <paramref name="rejected"/> (planned at <paramref name="level"/>): the first more
        /// conservative level whose plan for <paramref name="filter"/> sends something else, remembered for the client;
        /// null when there is none (nothing was pushed down, so the 400 is not about what the provider evaluates).
        /// </summary>
        public PushdownLevel? Reduce(Filter? filter, PushdownLevel level, QueryPlan rejected, int status)
        {
            if (!Enabled || filter is null || !HasFilter(rejected))
            {
                return null;
            }

            for (var next = level + 1; next <= PushdownLevel.Nothing; next++)
            {
                if (SameRequests(Plan(filter, next), rejected))
                {
                    continue;
                }

                // Several streams may be rejected at once: each step is learned (and logged) by one of them.
                int seen = (int)level;
                while (seen < (int)next)
                {
                    int previous = Interlocked.CompareExchange(ref _level, (int)next, seen);
                    if (previous == seen)
                    {
                        Learned(_logger, _providerName, status, Describe(next), null);
                        break;
                    }

                    seen = previous;
                }

                return (PushdownLevel)Math.Max(seen, (int)next);
            }

            return null;
        }

        private FilterCapabilities CapabilitiesAt(PushdownLevel level) => level switch
        {
            PushdownLevel.AsClaimed => _claimed,
            PushdownLevel.NoInList => WithoutInList(_claimed),
            PushdownLevel.NoNestedFields => WithoutInList(_claimed) with { SupportsNestedFields = false, NestedFields = new HashSet<string>() },
            _ => WithoutInList(_claimed) with
            {
                SupportsNestedFields = false,
                NestedFields = new HashSet<string>(),
                MaxPredicates = Math.Min(_claimed.MaxPredicates ?? 2, 2),
                SupportsGrouping = false,
            },
        };

        private static FilterCapabilities WithoutInList(FilterCapabilities capabilities)
        {
            return capabilities with
            {
                SupportedOperators = FilterOperatorSet.Of(capabilities.SupportedOperators).Without(FilterOperator.In),
                NestedFieldOperators = FilterOperatorSet.Of(capabilities.NestedFieldOperators).Without(FilterOperator.In),
            };
        }

        private static string Describe(PushdownLevel level) => level switch
        {
            PushdownLevel.NoInList => "no in-list operator (@)",
            PushdownLevel.NoNestedFields => "no in-list operator and no predicates on nested fields",
            PushdownLevel.TwoPredicates => "at most two predicates, no in-list operator and no nested fields",
            _ => "no filter",
        };

        private static bool HasFilter(QueryPlan plan)
        {
            foreach (string? text in plan.ServerFilters)
            {
                if (text is not null)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool SameRequests(QueryPlan a, QueryPlan b)
        {
            if (a.ServerFilters.Count != b.ServerFilters.Count)
            {
                return false;
            }

            for (int i = 0; i < a.ServerFilters.Count; i++)
            {
                if (!string.Equals(a.ServerFilters[i], b.ServerFilters[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>How much of a filter a client still sends after its provider rejected more; each step keeps the last's limits.</summary>
    internal enum PushdownLevel
    {
        /// <summary>What the profile's capabilities claim.</summary>
        AsClaimed,

        /// <summary>No in-list operator: its lists go as ORs of equalities.</summary>
        NoInList,

        /// <summary>No dotted fields.</summary>
        NoNestedFields,

        /// <summary>At most two predicates, no parentheses.</summary>
        TwoPredicates,

        /// <summary>No filter: every record is checked by the client.</summary>
        Nothing,
    }
}
