using System;
using Newtonsoft.Json.Linq;
using OneRoster.Query;

namespace OneRoster.Testing.Protocol
{
    /// <summary>
    /// The <c>filter</c> parameter of a list request, read and evaluated by the client library's own
    /// <see cref="Filter"/> parser so that the fake and the client agree on what a filter means.
    /// </summary>
    internal sealed class RecordFilter
    {
        private readonly Filter filter;

        private RecordFilter(Filter filter) => this.filter = filter;

        public int PredicateCount => filter.PredicateCount;

        /// <summary>True when the filter joins predicates with both AND and OR (Timeback rejects that).</summary>
        public bool MixesAndWithOr => Mixes(filter, null);

        /// <exception cref="ProtocolError">400 <c>invalid_filter_field</c> when the text is not a filter.</exception>
        public static RecordFilter Parse(string text)
        {
            try
            {
                return new RecordFilter(Filter.Parse(text));
            }
            catch (FormatException e)
            {
                throw ProtocolError.BadRequest(StatusInfo.InvalidFilterField, $"The filter '{text}' is not valid: {e.Message}");
            }
        }

        public bool Matches(JToken record) => filter.Matches(record);

        private static bool Mixes(Filter node, LogicalOperator? seen)
        {
            if (node is not LogicalFilter logical)
            {
                return false;
            }
            if (seen is { } outer && outer != logical.Operator)
            {
                return true;
            }
            foreach (var operand in logical.Operands)
            {
                if (Mixes(operand, logical.Operator))
                {
                    return true;
                }
            }
            return false;
        }
    }
}
