using System;
using Newtonsoft.Json.Linq;
using OneRoster.Testing.Data;

namespace OneRoster.Testing.Protocol
{
    /// <summary>
    /// <c>field&lt;op&gt;'value'</c> on a record. The field's values are every scalar its dotted path reaches, arrays
    /// contributing each element (<c>roles.role</c> is every role of every assignment). A positive operator holds
    /// when any value satisfies it; <c>!=</c> when there is a value and none equals. A field that is missing,
    /// <c>null</c>, an empty array or an object holds for no operator, <c>!=</c> included.
    /// </summary>
    internal sealed class FilterComparison : FilterCondition
    {
        private readonly string[] _path;
        private readonly bool _notEqual;
        private readonly bool _contains;
        private readonly PredicateValue _value;
        private readonly PredicateValue[]? _inList;

        // Which signs of "record value compared with the predicate's value" satisfy the operator; != is tested as =
        // and negated over all values.
        private readonly bool _acceptsBelow;
        private readonly bool _acceptsSame;
        private readonly bool _acceptsAbove;

        public FilterComparison(string field, ComparisonOperator op, string value)
        {
            _path = field.Split('.');
            _value = new PredicateValue(value);
            if (op == ComparisonOperator.InList)
            {
                _inList = Array.ConvertAll(value.Split(','), item => new PredicateValue(item));
            }
            UsesInList = _inList is not null;
            _notEqual = op == ComparisonOperator.NotEqual;
            _contains = op == ComparisonOperator.Contains;
            _acceptsBelow = op is ComparisonOperator.Less or ComparisonOperator.LessOrEqual;
            _acceptsSame = op is ComparisonOperator.Equal or ComparisonOperator.NotEqual or ComparisonOperator.GreaterOrEqual or ComparisonOperator.LessOrEqual;
            _acceptsAbove = op is ComparisonOperator.Greater or ComparisonOperator.GreaterOrEqual;
        }

        /// <summary>What a walk down the path found.</summary>
        private enum Found
        {
            /// <summary>No value: missing, null, an empty array, or an object where a value was expected.</summary>
            Nothing,

            /// <summary>Values, none of which satisfies the test.</summary>
            Values,

            /// <summary>A value that satisfies the test (for <c>!=</c>: one that equals, which decides against).</summary>
            Deciding,
        }

        public override int ComparisonCount => 1;

        public override bool Matches(JToken record)
        {
            var found = Walk(record, 0);
            return _notEqual ? found == Found.Values : found == Found.Deciding;
        }

        public override bool Uses(Connective connective) => false;

        public override bool HasNestedField => _path.Length > 1;

        public override bool UsesInList { get; }

        /// <summary>
        /// The fake's walk of a dotted path (arrays contribute each element, as <see cref="RecordFields"/> reads them)
        /// without an iterator: a filter runs on every record of a list, and this allocates nothing per record.
        /// </summary>
        private Found Walk(JToken token, int depth)
        {
            if (token is JArray array)
            {
                var found = Found.Nothing;
                for (var i = 0; i < array.Count && found != Found.Deciding; i++)
                {
                    var element = Walk(array[i], depth);
                    found = element > found ? element : found;
                }
                return found;
            }
            if (depth < _path.Length)
            {
                return token is JObject record && record.TryGetValue(_path[depth], out var child) ? Walk(child, depth + 1) : Found.Nothing;
            }
            if (token is not JValue leaf || leaf.Type is JTokenType.Null or JTokenType.Undefined)
            {
                return Found.Nothing;
            }
            return Satisfies(leaf) ? Found.Deciding : Found.Values;
        }

        private bool Satisfies(JValue leaf)
        {
            if (_contains)
            {
                return RecordScalar.Contains(leaf, _value);
            }
            if (_inList is not null)
            {
                return Array.Exists(_inList, listed => RecordScalar.Compare(leaf, listed) == 0);
            }
            var sign = RecordScalar.Compare(leaf, _value);
            return sign < 0 ? _acceptsBelow : sign == 0 ? _acceptsSame : _acceptsAbove;
        }
    }
}
