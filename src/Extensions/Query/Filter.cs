using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using Newtonsoft.Json.Linq;

namespace OneRoster.Query
{
    /// <summary>
    /// A OneRoster filter: an immutable tree of predicates (<c>field&lt;op&gt;'value'</c>) joined by
    /// <c>AND</c> and <c>OR</c>. <see cref="ToString"/> is the exact text of the <c>filter</c> query
    /// parameter; <see cref="Parse"/> reads that text back into an equal tree.
    /// </summary>
    /// <remarks>
    /// <para><c>AND</c> binds tighter than <c>OR</c>: <c>a AND b OR c</c> means <c>(a AND b) OR c</c>.
    /// The text has parentheses only where that precedence needs them
    /// (<c>a AND (b OR c)</c>); the 1.2 spec has none, so a provider may reject those, which the
    /// <see cref="QueryPlanner"/> takes care of.</para>
    /// <para>Filters compare structurally: same predicates, same operators, same order. Chains of
    /// the same operator are flattened, so <c>a.And(b).And(c)</c> equals <c>a.And(b.And(c))</c> and
    /// the parsed <c>a AND b AND c</c>.</para>
    /// </remarks>
    public abstract class Filter : IEquatable<Filter>
    {
        private string? _text;

        private protected Filter()
        {
        }

        /// <summary>The number of predicates (leaves) in the tree.</summary>
        public abstract int PredicateCount { get; }

        /// <summary>Starts a predicate on <paramref name="name"/>; dotted names reach nested fields (<c>org.sourcedId</c>, <c>roles.role</c>).</summary>
        /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty, or not a field name (see <c>docs/filtering.md</c>).</exception>
        public static FieldFilterBuilder Field(string name) => new(FieldNameSyntax.Validate(name, nameof(name)));

        /// <summary>Reads OneRoster filter text (anything <see cref="ToString"/> writes, plus lower-case <c>and</c>/<c>or</c> and unquoted numbers or words such as <c>score&gt;=90</c>).</summary>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        /// <exception cref="FilterParseException">The text is not a filter; <see cref="FilterParseException.Position"/> says where.</exception>
        public static Filter Parse(string text) => FilterParser.Parse(text);

        /// <summary>Reads filter text, answering false instead of throwing when it is not a filter.</summary>
        public static bool TryParse(string? text, [NotNullWhen(true)] out Filter? filter)
        {
            filter = null;
            if (text is null)
            {
                return false;
            }

            try
            {
                filter = FilterParser.Parse(text);
                return true;
            }
            catch (FilterParseException)
            {
                return false;
            }
        }

        /// <summary>All of <paramref name="filters"/> (one filter is returned as is).</summary>
        /// <exception cref="ArgumentException">No filters, or a null among them.</exception>
        public static Filter AllOf(params Filter[] filters) => LogicalFilter.Combine(LogicalOperator.And, filters, nameof(filters));

        /// <summary>All of <paramref name="filters"/> (one filter is returned as is).</summary>
        /// <exception cref="ArgumentException">No filters, or a null among them.</exception>
        public static Filter AllOf(IEnumerable<Filter> filters) => LogicalFilter.Combine(LogicalOperator.And, filters, nameof(filters));

        /// <summary>Any of <paramref name="filters"/> (one filter is returned as is).</summary>
        /// <exception cref="ArgumentException">No filters, or a null among them.</exception>
        public static Filter AnyOf(params Filter[] filters) => LogicalFilter.Combine(LogicalOperator.Or, filters, nameof(filters));

        /// <summary>Any of <paramref name="filters"/> (one filter is returned as is).</summary>
        /// <exception cref="ArgumentException">No filters, or a null among them.</exception>
        public static Filter AnyOf(IEnumerable<Filter> filters) => LogicalFilter.Combine(LogicalOperator.Or, filters, nameof(filters));

        /// <summary>This filter and <paramref name="other"/>; an <c>OR</c> operand is parenthesized in the text.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
        public Filter And(Filter other) => LogicalFilter.Combine(LogicalOperator.And, new[] { this, other ?? throw new ArgumentNullException(nameof(other)) }, nameof(other));

        /// <summary>This filter or <paramref name="other"/>.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
        public Filter Or(Filter other) => LogicalFilter.Combine(LogicalOperator.Or, new[] { this, other ?? throw new ArgumentNullException(nameof(other)) }, nameof(other));

        /// <summary>
        /// Evaluates the filter on a record (a generated DTO such as <c>User</c>), as the client does for what a
        /// provider cannot evaluate: the fields are those of the record's OneRoster JSON. Dotted fields walk nested
        /// objects; an array anywhere on the path matches when any element does (for <c>!=</c>: when no element
        /// equals); a missing or null field makes the predicate false, whatever the operator. See
        /// <c>docs/filtering.md</c> for the full rules.
        /// </summary>
        /// <typeparam name="T">The record type.</typeparam>
        /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
        public bool Matches<T>(T record) where T : class
        {
            ArgumentNullException.ThrowIfNull(record);
            return record is JToken token ? Evaluate(token) : EvaluateRecord(record);
        }

        /// <summary>Evaluates the filter on a record's JSON (what the client and its tests hold).</summary>
        internal bool Matches(JToken record)
        {
            ArgumentNullException.ThrowIfNull(record);
            return Evaluate(record);
        }

        /// <summary>The OneRoster filter text, quotes in values doubled (<c>familyName='O''Brien'</c>).</summary>
        public sealed override string ToString()
        {
            if (_text is null)
            {
                var builder = new StringBuilder();
                WriteTo(builder);
                _text = builder.ToString();
            }

            return _text;
        }

        /// <inheritdoc />
        public abstract bool Equals(Filter? other);

        /// <inheritdoc />
        public sealed override bool Equals(object? obj) => obj is Filter other && Equals(other);

        /// <inheritdoc />
        public abstract override int GetHashCode();

        /// <summary>Structural equality.</summary>
        public static bool operator ==(Filter? left, Filter? right) => left is null ? right is null : left.Equals(right);

        /// <summary>Structural inequality.</summary>
        public static bool operator !=(Filter? left, Filter? right) => !(left == right);

        internal abstract bool Evaluate(JToken record);

        /// <summary><see cref="Evaluate"/> on a record object, reading only the fields the filter names (<see cref="DtoFieldReader"/>).</summary>
        internal abstract bool EvaluateRecord(object record);

        internal abstract void WriteTo(StringBuilder builder);

        /// <summary>Every predicate, left to right.</summary>
        internal abstract void CollectPredicates(List<PredicateFilter> into);
    }
}
