using System;
using System.Collections.Generic;

namespace OneRoster.Query
{
    /// <summary>
    /// Rewrites ORs of equalities on one field (<c>user.sourcedId='a' OR user.sourcedId='b'</c>, what
    /// <c>Field(…).In(…)</c> builds) as one in-list predicate (<c>user.sourcedId@'a,b'</c>) for providers that
    /// evaluate it, so a list of ids costs one predicate of the provider's budget instead of one per id. The rewrite
    /// keeps the filter's meaning; values an in-list cannot carry (empty, holding its comma or a quote) stay equalities.
    /// </summary>
    internal static class InListCollapse
    {
        public static Filter Collapse(Filter filter, FilterCapabilities capabilities)
        {
            if (filter is not LogicalFilter logical)
            {
                return filter;
            }

            var operands = new List<Filter>(logical.Operands.Count);
            foreach (Filter operand in logical.Operands)
            {
                operands.Add(Collapse(operand, capabilities));
            }

            if (logical.Operator == LogicalOperator.Or)
            {
                operands = CollapseEqualities(operands, capabilities);
                if (operands.Count == 1)
                {
                    return operands[0];
                }
            }

            return LogicalFilter.Combine(logical.Operator, operands, nameof(filter));
        }

        /// <summary>The alternatives with each field's listable equalities merged, in chunks of at most <see cref="FilterCapabilities.MaxInListValues"/>, where the first of them stood.</summary>
        private static List<Filter> CollapseEqualities(List<Filter> alternatives, FilterCapabilities capabilities)
        {
            var byField = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (Filter alternative in alternatives)
            {
                if (IsListable(alternative, capabilities, out PredicateFilter? equality))
                {
                    if (!byField.TryGetValue(equality.FieldName, out List<string>? values))
                    {
                        byField.Add(equality.FieldName, values = new List<string>());
                    }

                    if (!values.Contains(equality.Value))
                    {
                        values.Add(equality.Value);
                    }
                }
            }

            var result = new List<Filter>(alternatives.Count);
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (Filter alternative in alternatives)
            {
                if (!IsListable(alternative, capabilities, out PredicateFilter? equality) || byField[equality.FieldName].Count < 2)
                {
                    result.Add(alternative);
                    continue;
                }

                if (!written.Add(equality.FieldName))
                {
                    continue;
                }

                List<string> values = byField[equality.FieldName];
                for (int start = 0; start < values.Count; start += capabilities.MaxInListValues)
                {
                    int count = Math.Min(capabilities.MaxInListValues, values.Count - start);
                    result.Add(count == 1
                        ? new PredicateFilter(equality.FieldName, FilterOperator.Equal, values[start])
                        : new PredicateFilter(equality.FieldName, FilterOperator.In, string.Join(FilterOperatorSymbols.InListSeparator, values.GetRange(start, count))));
                }
            }

            return result;
        }

        private static bool IsListable(Filter filter, FilterCapabilities capabilities, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PredicateFilter? equality)
        {
            equality = filter as PredicateFilter;
            // A quote stays out of in-lists: how a provider unescapes one inside a list is not documented anywhere.
            return equality is { Operator: FilterOperator.Equal }
                && equality.Value.Length > 0
                && !equality.Value.Contains(FilterOperatorSymbols.InListSeparator)
                && !equality.Value.Contains('\'')
                && capabilities.CanSend(new PredicateFilter(equality.FieldName, FilterOperator.In, equality.Value));
        }
    }
}
