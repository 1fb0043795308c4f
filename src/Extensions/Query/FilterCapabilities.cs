using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Text;

namespace OneRoster.Query
{
    /// <summary>
    /// What a provider evaluates of a filter. The <see cref="QueryPlanner"/> sends only what fits and
    /// evaluates the rest on each record, so the records returned are exactly those the filter selects.
    /// Start from <see cref="Standard"/> or <see cref="Timeback"/> and adjust with <c>with</c>:
    /// <code>FilterCapabilities.Standard with { SupportedOperators = new HashSet&lt;FilterOperator&gt; { FilterOperator.Equal, FilterOperator.GreaterThan } }</code>
    /// </summary>
    public sealed record FilterCapabilities
    {
        // The 1.2 grammar's seven; the in-list operator (@) is a provider's extension, claimed only by the profiles that have it.
        private static readonly FilterOperatorSet AllOperators = FilterOperatorSet.Of(new[]
        {
            FilterOperator.Equal, FilterOperator.NotEqual, FilterOperator.GreaterThan, FilterOperator.GreaterThanOrEqual,
            FilterOperator.LessThan, FilterOperator.LessThanOrEqual, FilterOperator.Contains,
        });

        private readonly int? _maxPredicates;
        private readonly IReadOnlySet<FilterOperator> _supportedOperators = AllOperators;
        private readonly int _maxServerFilters = 16;
        private readonly int _maxInListValues = 100;
        private readonly IReadOnlySet<string> _nestedFields = FrozenSet<string>.Empty;
        private readonly IReadOnlySet<FilterOperator> _nestedFieldOperators = FilterOperatorSet.Of(new[] { FilterOperator.Equal });

        /// <summary>Everything the OneRoster 1.2 filter text can say: any number of predicates, AND mixed with OR, parentheses, its seven operators (not the in-list <c>@</c>), doubled quotes, nested fields.</summary>
        public static FilterCapabilities Standard { get; } = new();

        /// <summary>
        /// Timeback's OneRoster: at most two predicates, AND or OR but not both, doubled-quote
        /// escaping (as Timeback's own client sends it), the in-list operator <c>field@'a,b'</c> that apps built on
        /// Timeback use, and of the nested fields only <c>*.sourcedId</c> with <c>=</c> and <c>@</c>: its API
        /// documentation says "Filtering by nested relations is not supported", yet its own guide queries
        /// <c>enrollments?filter=user.sourcedId='…'</c> and apps filter on <c>course.sourcedId</c> and
        /// <c>parent.sourcedId</c>. The Timeback provider preset sends the in-list operator and the nested fields
        /// behind the adaptive check (<see cref="OneRosterProvider.AdaptiveFilterPushdown"/>).
        /// </summary>
        public static FilterCapabilities Timeback { get; } = new()
        {
            MaxPredicates = 2,
            SupportedOperators = AllOperators.With(FilterOperator.In),
            NestedFields = new HashSet<string>(StringComparer.Ordinal) { "*.sourcedId" },
            NestedFieldOperators = FilterOperatorSet.Of(new[] { FilterOperator.Equal, FilterOperator.In }),
            AllowsMixedAndOr = false,
            SupportsGrouping = false,
            SupportsNestedFields = false,
        };

        /// <summary>
        /// The Ed-Fi OneRoster API: only <c>=</c> and <c>&gt;</c>, and <c>''</c> inside a value is not read as one
        /// quote, so values holding a quote are evaluated client-side.
        /// </summary>
        public static FilterCapabilities EdFi { get; } = new()
        {
            SupportedOperators = FilterOperatorSet.Of(new[] { FilterOperator.Equal, FilterOperator.GreaterThan }),
            SupportsDoubledQuoteEscape = false,
        };

        /// <summary>The most predicates one filter may hold; null for no limit.</summary>
        /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
        public int? MaxPredicates
        {
            get => _maxPredicates;
            init => _maxPredicates = value is < 1 ? throw new ArgumentOutOfRangeException(nameof(MaxPredicates), value, "At least one predicate must be allowed; use null for no limit.") : value;
        }

        /// <summary>Whether the provider evaluates <c>OR</c>. Without it, ORs become separate requests merged by the client.</summary>
        public bool AllowsOr { get; init; } = true;

        /// <summary>Whether one filter may hold both <c>AND</c> and <c>OR</c>, read with AND binding tighter (<c>a AND b OR c</c> = <c>(a AND b) OR c</c>).</summary>
        public bool AllowsMixedAndOr { get; init; } = true;

        /// <summary>Whether the provider reads parentheses (<c>a AND (b OR c)</c>), which the 1.2 spec does not define.</summary>
        public bool SupportsGrouping { get; init; } = true;

        /// <summary>
        /// The operators the provider evaluates; predicates with others are evaluated client-side. With
        /// <see cref="FilterOperator.In"/> (only <see cref="Timeback"/> has it) ORs of equalities on one field are sent as
        /// one in-list predicate.
        /// </summary>
        /// <exception cref="ArgumentNullException">Set to null.</exception>
        public IReadOnlySet<FilterOperator> SupportedOperators
        {
            get => _supportedOperators;
            init => _supportedOperators = FilterOperatorSet.Of(value ?? throw new ArgumentNullException(nameof(SupportedOperators)));
        }

        /// <summary>Whether the provider evaluates <c>~</c>; <c>~</c> is sent only when this is true and <see cref="SupportedOperators"/> has it.</summary>
        public bool SupportsContains { get; init; } = true;

        /// <summary>Whether the provider reads <c>''</c> inside a value as one quote. Without it, values holding a quote are evaluated client-side, never sent.</summary>
        public bool SupportsDoubledQuoteEscape { get; init; } = true;

        /// <summary>Whether the provider filters on dotted fields (<c>org.sourcedId</c>, <c>roles.role</c>).</summary>
        public bool SupportsNestedFields { get; init; } = true;

        /// <summary>
        /// The dotted fields the provider filters on even when <see cref="SupportsNestedFields"/> is false, with the
        /// operators in <see cref="NestedFieldOperators"/>: exact names (<c>user.sourcedId</c>) or patterns where
        /// <c>*</c> stands for one whole part (<c>*.sourcedId</c> matches <c>course.sourcedId</c>, not
        /// <c>roles.org.sourcedId</c>). Empty by default.
        /// </summary>
        /// <exception cref="ArgumentNullException">Set to null.</exception>
        public IReadOnlySet<string> NestedFields
        {
            get => _nestedFields;
            init => _nestedFields = (value ?? throw new ArgumentNullException(nameof(NestedFields))).ToFrozenSet(StringComparer.Ordinal);
        }

        /// <summary>The operators sent on the <see cref="NestedFields"/> (also limited by <see cref="SupportedOperators"/>); <c>=</c> by default.</summary>
        /// <exception cref="ArgumentNullException">Set to null.</exception>
        public IReadOnlySet<FilterOperator> NestedFieldOperators
        {
            get => _nestedFieldOperators;
            init => _nestedFieldOperators = FilterOperatorSet.Of(value ?? throw new ArgumentNullException(nameof(NestedFieldOperators)));
        }

        /// <summary>
        /// The most server filters (request streams, merged by the client) one plan may use; beyond it
        /// the planner sends less and evaluates more client-side. A client policy, not a provider limit.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
        public int MaxServerFilters
        {
            get => _maxServerFilters;
            init => _maxServerFilters = value < 1 ? throw new ArgumentOutOfRangeException(nameof(MaxServerFilters), value, "A plan needs at least one request.") : value;
        }

        /// <summary>
        /// The most values one in-list predicate (<see cref="FilterOperator.In"/>) carries, so a long id list does not make
        /// an over-long URL: longer lists are sent as several in-lists joined by OR. Default 100.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">Set to less than 2.</exception>
        public int MaxInListValues
        {
            get => _maxInListValues;
            init => _maxInListValues = value < 2 ? throw new ArgumentOutOfRangeException(nameof(MaxInListValues), value, "An in-list holds at least two values.") : value;
        }

        /// <summary>Whether the provider evaluates <paramref name="op"/>.</summary>
        public bool Supports(FilterOperator op) =>
            SupportedOperators.Contains(op) && (op != FilterOperator.Contains || SupportsContains);

        /// <summary>Whether <paramref name="predicate"/> may be sent: its operator is supported, its field is reachable and its value can be written without changing the filter's meaning.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is null.</exception>
        public bool CanSend(PredicateFilter predicate)
        {
            ArgumentNullException.ThrowIfNull(predicate);
            return Supports(predicate.Operator)
                && (SupportsNestedFields || !predicate.IsNested || IsListedNestedField(predicate))
                && (SupportsDoubledQuoteEscape || !predicate.Value.Contains('\''));
        }

        /// <summary>Whether <paramref name="field"/> is one of the <see cref="NestedFields"/>, by name or by pattern.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
        public bool IsNestedFieldListed(string field)
        {
            ArgumentNullException.ThrowIfNull(field);
            if (_nestedFields.Contains(field))
            {
                return true;
            }

            foreach (string pattern in _nestedFields)
            {
                if (PatternMatches(pattern, field))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsListedNestedField(PredicateFilter predicate) =>
            NestedFieldOperators.Contains(predicate.Operator) && IsNestedFieldListed(predicate.FieldName);

        /// <summary>Part by part: <c>*</c> matches any one part, anything else itself.</summary>
        private static bool PatternMatches(string pattern, string field)
        {
            string[] want = pattern.Split('.');
            string[] have = field.Split('.');
            if (want.Length != have.Length)
            {
                return false;
            }

            for (int i = 0; i < want.Length; i++)
            {
                if (want[i] != "*" && !string.Equals(want[i], have[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether <paramref name="filter"/> may be sent exactly as its text.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="filter"/> is null.</exception>
        public bool CanSend(Filter filter)
        {
            ArgumentNullException.ThrowIfNull(filter);
            if (filter.PredicateCount > (MaxPredicates ?? int.MaxValue))
            {
                return false;
            }

            var shape = default(Shape);
            return Inspect(filter, parent: null, ref shape)
                && (AllowsOr || !shape.HasOr)
                && (AllowsMixedAndOr || !(shape.HasOr && shape.HasAnd))
                && (SupportsGrouping || !shape.NeedsGrouping);
        }

        /// <inheritdoc />
        public bool Equals(FilterCapabilities? other) =>
            other is not null
            && MaxPredicates == other.MaxPredicates
            && AllowsOr == other.AllowsOr
            && AllowsMixedAndOr == other.AllowsMixedAndOr
            && SupportsGrouping == other.SupportsGrouping
            && SupportsContains == other.SupportsContains
            && SupportsDoubledQuoteEscape == other.SupportsDoubledQuoteEscape
            && SupportsNestedFields == other.SupportsNestedFields
            && MaxServerFilters == other.MaxServerFilters
            && MaxInListValues == other.MaxInListValues
            && SupportedOperators.SetEquals(other.SupportedOperators)
            && NestedFields.SetEquals(other.NestedFields)
            && NestedFieldOperators.SetEquals(other.NestedFieldOperators);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            int operators = 0;
            foreach (FilterOperator op in SupportedOperators)
            {
                operators |= 1 << (int)op;
            }

            return HashCode.Combine(
                MaxPredicates,
                HashCode.Combine(AllowsOr, AllowsMixedAndOr, SupportsGrouping, SupportsContains, SupportsDoubledQuoteEscape, SupportsNestedFields),
                HashCode.Combine(MaxServerFilters, MaxInListValues),
                operators,
                NestedFields.Count,
                NestedFieldOperators.Count);
        }

        /// <summary>Lists the settings, operators by their symbols, for logs and test names.</summary>
        private bool PrintMembers(StringBuilder builder)
        {
            List<string> symbols = Symbols(SupportedOperators);
            builder.Append("MaxPredicates = ").Append(MaxPredicates?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unlimited")
                .Append(", AllowsOr = ").Append(AllowsOr)
                .Append(", AllowsMixedAndOr = ").Append(AllowsMixedAndOr)
                .Append(", SupportsGrouping = ").Append(SupportsGrouping)
                .Append(", SupportedOperators = [").Append(string.Join(" ", symbols)).Append(']')
                .Append(", SupportsContains = ").Append(SupportsContains)
                .Append(", SupportsDoubledQuoteEscape = ").Append(SupportsDoubledQuoteEscape)
                .Append(", SupportsNestedFields = ").Append(SupportsNestedFields)
                .Append(", NestedFields = [").Append(string.Join(" ", Sorted(NestedFields))).Append(']')
                .Append(", NestedFieldOperators = [").Append(string.Join(" ", Symbols(NestedFieldOperators))).Append(']')
                .Append(", MaxServerFilters = ").Append(MaxServerFilters)
                .Append(", MaxInListValues = ").Append(MaxInListValues);
            return true;
        }

        private static List<string> Symbols(IReadOnlySet<FilterOperator> operators)
        {
            var symbols = new List<string>();
            foreach (FilterOperator op in Enum.GetValues<FilterOperator>())
            {
                if (operators.Contains(op))
                {
                    symbols.Add(FilterOperatorSymbols.ToSymbol(op));
                }
            }

            return symbols;
        }

        private static List<string> Sorted(IReadOnlySet<string> fields)
        {
            var sorted = new List<string>(fields);
            sorted.Sort(StringComparer.Ordinal);
            return sorted;
        }

        /// <summary>Walks <paramref name="filter"/>, noting which logic it uses; false as soon as a predicate cannot be sent.</summary>
        private bool Inspect(Filter filter, LogicalFilter? parent, ref Shape shape)
        {
            if (filter is PredicateFilter predicate)
            {
                return CanSend(predicate);
            }

            var logical = (LogicalFilter)filter;
            shape.HasAnd |= logical.Operator == LogicalOperator.And;
            shape.HasOr |= logical.Operator == LogicalOperator.Or;
            shape.NeedsGrouping |= parent is { Operator: LogicalOperator.And } && logical.Operator == LogicalOperator.Or;
            foreach (Filter operand in logical.Operands)
            {
                if (!Inspect(operand, logical, ref shape))
                {
                    return false;
                }
            }

            return true;
        }

        private struct Shape
        {
            public bool HasAnd;
            public bool HasOr;
            public bool NeedsGrouping;
        }
    }
}
