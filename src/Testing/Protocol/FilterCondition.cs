using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Protocol
{
    /// <summary>A filter read by <see cref="FilterTextReader"/>: one comparison, or comparisons joined by AND or OR.</summary>
    internal abstract class FilterCondition
    {
        /// <summary>How many <c>field&lt;op&gt;'value'</c> comparisons the filter holds.</summary>
        public abstract int ComparisonCount { get; }

        public abstract bool Matches(JToken record);

        /// <summary>Whether <paramref name="connective"/> joins any comparisons of the filter.</summary>
        public abstract bool Uses(Connective connective);

        /// <summary>True when a comparison names a dotted field (<c>user.sourcedId</c>).</summary>
        public abstract bool HasNestedField { get; }

        /// <summary>True when a comparison is an in-list (<c>field@'a,b'</c>).</summary>
        public abstract bool UsesInList { get; }
    }

    internal enum Connective
    {
        And,
        Or,
    }
}
