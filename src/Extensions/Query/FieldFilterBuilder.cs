using System;
using System.Collections.Generic;

using OneRoster.Models;

namespace OneRoster.Query
{
    /// <summary>Builds predicates on one field: <c>Filter.Field("role").EqualTo(UserRole.Teacher)</c>.</summary>
    /// <remarks>Each call returns a new immutable <see cref="Filter"/>; the builder itself can be reused.</remarks>
    public sealed class FieldFilterBuilder
    {
        internal FieldFilterBuilder(string name)
        {
            Name = name;
        }

        /// <summary>The field the predicates compare.</summary>
        public string Name { get; }

        /// <summary><c>field='value'</c></summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is a null string.</exception>
        public Filter EqualTo(FilterValue value) => Compare(FilterOperator.Equal, value);

        /// <summary><c>field='value'</c> for a vocabulary value (<c>UserRole.Teacher</c>, <c>OrgType.School</c>).</summary>
        /// <exception cref="ArgumentException"><paramref name="value"/> is the default (empty) value.</exception>
        public Filter EqualTo<TVocabulary>(TVocabulary value)
            where TVocabulary : struct, IExtensibleEnum =>
            Compare(FilterOperator.Equal, Token(value, nameof(value)));

        /// <summary><c>field!='value'</c></summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is a null string.</exception>
        public Filter NotEqualTo(FilterValue value) => Compare(FilterOperator.NotEqual, value);

        /// <summary><c>field!='value'</c> for a vocabulary value.</summary>
        /// <exception cref="ArgumentException"><paramref name="value"/> is the default (empty) value.</exception>
        public Filter NotEqualTo<TVocabulary>(TVocabulary value)
            where TVocabulary : struct, IExtensibleEnum =>
            Compare(FilterOperator.NotEqual, Token(value, nameof(value)));

        /// <summary><c>field&gt;'value'</c></summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is a null string.</exception>
        public Filter GreaterThan(FilterValue value) => Compare(FilterOperator.GreaterThan, value);

        /// <summary><c>field&gt;='value'</c></summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is a null string.</exception>
        public Filter GreaterThanOrEqual(FilterValue value) => Compare(FilterOperator.GreaterThanOrEqual, value);

        /// <summary><c>field&lt;'value'</c></summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is a null string.</exception>
        public Filter LessThan(FilterValue value) => Compare(FilterOperator.LessThan, value);

        /// <summary><c>field&lt;='value'</c></summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is a null string.</exception>
        public Filter LessThanOrEqual(FilterValue value) => Compare(FilterOperator.LessThanOrEqual, value);

        /// <summary><c>field~'value'</c>: the field contains the value (case-insensitive when evaluated client-side).</summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is a null string.</exception>
        public Filter Contains(string value) => Compare(FilterOperator.Contains, value);

        /// <summary>The field equals one of <paramref name="values"/>: <c>field='a' OR field='b'</c> (duplicates dropped; one value is a plain <c>=</c>).</summary>
        /// <exception cref="ArgumentException">No values, or a null value.</exception>
        public Filter In(params FilterValue[] values) => Expand(FilterOperator.Equal, LogicalOperator.Or, values, nameof(values));

        /// <summary>The field equals one of <paramref name="values"/>.</summary>
        /// <exception cref="ArgumentException">No values, or a null value.</exception>
        public Filter In(IEnumerable<string> values) => Expand(FilterOperator.Equal, LogicalOperator.Or, Values(values, nameof(values)), nameof(values));

        /// <summary>The field equals one of the vocabulary <paramref name="values"/> (<c>In(UserRole.Teacher, UserRole.Aide)</c>).</summary>
        /// <exception cref="ArgumentException">No values, or a null value.</exception>
        public Filter In<TVocabulary>(params TVocabulary[] values)
            where TVocabulary : struct, IExtensibleEnum =>
            Expand(FilterOperator.Equal, LogicalOperator.Or, Tokens(values, nameof(values)), nameof(values));

        /// <summary>The field equals none of <paramref name="values"/>: <c>field!='a' AND field!='b'</c>.</summary>
        /// <exception cref="ArgumentException">No values, or a null value.</exception>
        public Filter NotIn(params FilterValue[] values) => Expand(FilterOperator.NotEqual, LogicalOperator.And, values, nameof(values));

        /// <summary>The field equals none of <paramref name="values"/>.</summary>
        /// <exception cref="ArgumentException">No values, or a null value.</exception>
        public Filter NotIn(IEnumerable<string> values) => Expand(FilterOperator.NotEqual, LogicalOperator.And, Values(values, nameof(values)), nameof(values));

        /// <summary>The field equals none of the vocabulary <paramref name="values"/>.</summary>
        /// <exception cref="ArgumentException">No values, or a null value.</exception>
        public Filter NotIn<TVocabulary>(params TVocabulary[] values)
            where TVocabulary : struct, IExtensibleEnum =>
            Expand(FilterOperator.NotEqual, LogicalOperator.And, Tokens(values, nameof(values)), nameof(values));

        /// <summary>A predicate with any operator.</summary>
        /// <exception cref="ArgumentException"><paramref name="op"/> is not a defined operator, or the value is a null string.</exception>
        public Filter Compare(FilterOperator op, FilterValue value)
        {
            if (!FilterOperatorSymbols.IsDefined(op))
            {
                throw new ArgumentException($"Unknown filter operator {(int)op}; expected one of {FilterOperatorSymbols.Listing}.", nameof(op));
            }

            return new PredicateFilter(Name, op, value.Require(nameof(value)));
        }

        /// <summary>A predicate with an operator given in its OneRoster spelling (<c>"&gt;="</c>).</summary>
        /// <exception cref="ArgumentException"><paramref name="op"/> is not one of <c>= != &gt; &gt;= &lt; &lt;= ~</c>, or the value is a null string.</exception>
        public Filter Compare(string op, FilterValue value)
        {
            ArgumentNullException.ThrowIfNull(op);
            if (!FilterOperatorSymbols.TryParse(op, out FilterOperator parsed))
            {
                throw new ArgumentException($"Unknown filter operator '{op}'; expected one of {FilterOperatorSymbols.Listing}.", nameof(op));
            }

            return Compare(parsed, value);
        }

        private Filter Expand(FilterOperator op, LogicalOperator join, IReadOnlyList<FilterValue> values, string paramName)
        {
            if (values is null)
            {
                throw new ArgumentNullException(paramName);
            }

            if (values.Count == 0)
            {
                throw new ArgumentException($"In/NotIn on '{Name}' needs at least one value: an empty set would match nothing (or everything).", paramName);
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var predicates = new List<Filter>(values.Count);
            foreach (FilterValue value in values)
            {
                string text = value.Require(paramName);
                if (seen.Add(text))
                {
                    predicates.Add(new PredicateFilter(Name, op, text));
                }
            }

            return LogicalFilter.Combine(join, predicates, paramName);
        }

        private static FilterValue[] Values(IEnumerable<string> values, string paramName)
        {
            if (values is null)
            {
                throw new ArgumentNullException(paramName);
            }

            var list = new List<FilterValue>();
            foreach (string value in values)
            {
                list.Add(value);
            }

            return list.ToArray();
        }

        private static FilterValue[] Tokens<TVocabulary>(TVocabulary[] values, string paramName)
            where TVocabulary : struct, IExtensibleEnum
        {
            if (values is null)
            {
                throw new ArgumentNullException(paramName);
            }

            var tokens = new FilterValue[values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                tokens[i] = Token(values[i], paramName);
            }

            return tokens;
        }

        private static string Token<TVocabulary>(TVocabulary value, string paramName)
            where TVocabulary : struct, IExtensibleEnum =>
            value.Value.Length > 0 ? value.Value : throw new ArgumentException("A vocabulary value is required (not the default value).", paramName);
    }
}
