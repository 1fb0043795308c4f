using System.Collections.Generic;
using Newtonsoft.Json.Linq;
using OneRoster.Query;

namespace OneRoster.Tests.Query
{
    /// <summary>
    /// Runs a <see cref="QueryPlan"/> over in-memory records the way a stream will: each server
    /// filter selects its records (the provider's work, simulated with <see cref="Filter.Matches"/>),
    /// the residual keeps the ones it matches, and the streams merge by sourcedId.
    /// </summary>
    internal static class PlanRun
    {
        public static List<string> Execute(QueryPlan plan, IReadOnlyList<JObject> records)
        {
            var merged = new List<string>();
            var seen = new HashSet<string>();
            foreach (string? serverText in plan.ServerFilters)
            {
                Filter? server = serverText is null ? null : Filter.Parse(serverText);
                foreach (JObject record in records)
                {
                    if ((server is null || server.Matches(record)) && (plan.Residual is null || plan.Residual.Matches(record)))
                    {
                        string id = (string)record["sourcedId"]!;
                        if (seen.Add(id))
                        {
                            merged.Add(id);
                        }
                    }
                }
            }

            return merged;
        }

        public static List<string> Direct(Filter filter, IReadOnlyList<JObject> records)
        {
            var ids = new List<string>();
            foreach (JObject record in records)
            {
                if (filter.Matches(record))
                {
                    ids.Add((string)record["sourcedId"]!);
                }
            }

            return ids;
        }

        /// <summary>
        /// Why a provider limited as <paramref name="capabilities"/> would reject <paramref name="serverText"/>,
        /// judged from the parsed text alone (not with the planner's own check), or null when it would accept it.
        /// </summary>
        public static string? Violation(string? serverText, FilterCapabilities capabilities)
        {
            if (serverText is null)
            {
                return null;
            }

            Filter server = Filter.Parse(serverText);
            var ops = new HashSet<LogicalOperator>();
            var predicates = new List<PredicateFilter>();
            bool grouped = false;
            Walk(server, null, ops, predicates, ref grouped);
            if (predicates.Count > (capabilities.MaxPredicates ?? int.MaxValue))
            {
                return $"{predicates.Count} predicates";
            }

            if (!capabilities.AllowsOr && ops.Contains(LogicalOperator.Or))
            {
                return "OR";
            }

            if (!capabilities.AllowsMixedAndOr && ops.Count == 2)
            {
                return "AND mixed with OR";
            }

            if (!capabilities.SupportsGrouping && (grouped || serverText.Contains('(') && HasParenthesisOutsideValues(serverText)))
            {
                return "parentheses";
            }

            foreach (PredicateFilter predicate in predicates)
            {
                if (!capabilities.SupportedOperators.Contains(predicate.Operator) || (predicate.Operator == FilterOperator.Contains && !capabilities.SupportsContains))
                {
                    return $"operator {predicate.Operator}";
                }

                if (!capabilities.SupportsNestedFields && predicate.FieldName.Contains('.'))
                {
                    return $"nested field {predicate.FieldName}";
                }

                if (!capabilities.SupportsDoubledQuoteEscape && predicate.Value.Contains('\''))
                {
                    return $"quote in {predicate.Value}";
                }
            }

            return null;
        }

        private static void Walk(Filter filter, LogicalFilter? parent, HashSet<LogicalOperator> ops, List<PredicateFilter> predicates, ref bool grouped)
        {
            if (filter is PredicateFilter predicate)
            {
                predicates.Add(predicate);
                return;
            }

            var logical = (LogicalFilter)filter;
            ops.Add(logical.Operator);
            grouped |= parent?.Operator == LogicalOperator.And && logical.Operator == LogicalOperator.Or;
            foreach (Filter operand in logical.Operands)
            {
                Walk(operand, logical, ops, predicates, ref grouped);
            }
        }

        private static bool HasParenthesisOutsideValues(string text)
        {
            bool inValue = false;
            foreach (char c in text)
            {
                if (c == '\'')
                {
                    inValue = !inValue;
                }
                else if (!inValue && c is '(' or ')')
                {
                    return true;
                }
            }

            return false;
        }
    }
}
