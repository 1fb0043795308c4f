using System;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Protocol
{
    /// <summary>
    /// The <c>filter</c> parameter of a list request, read and evaluated by the fake's own
    /// <see cref="FilterTextReader"/>, not by the client library, so a filter bug of the client cannot hide behind
    /// the same bug in the fake: end-to-end tests hold the client to an independent reading of the spec.
    /// </summary>
    internal sealed class RecordFilter
    {
        private readonly FilterCondition _condition;

        private RecordFilter(FilterCondition condition) => _condition = condition;

        public int PredicateCount => _condition.ComparisonCount;

        /// <summary>True when the filter joins predicates with both AND and OR (Timeback rejects that).</summary>
        public bool MixesAndWithOr => _condition.Uses(Connective.And) && _condition.Uses(Connective.Or);

        /// <summary>True when a predicate names a dotted field (some providers reject those).</summary>
        public bool HasNestedField => _condition.HasNestedField;

        /// <summary>True when a predicate uses the in-list operator <c>@</c> (Timeback's extension).</summary>
        public bool UsesInList => _condition.UsesInList;

        /// <exception cref="ProtocolError">400 <c>invalid_filter_field</c> when the text is not a filter.</exception>
        public static RecordFilter Parse(string text)
        {
            try
            {
                return new RecordFilter(FilterTextReader.Read(text));
            }
            catch (FormatException e)
            {
                throw ProtocolError.BadRequest(StatusInfo.InvalidFilterField, $"The filter '{text}' is not valid: {e.Message}");
            }
        }

        public bool Matches(JToken record) => _condition.Matches(record);
    }
}
