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
        private readonly string[] path;
        private readonly ComparisonOperator op;
        private readonly PredicateValue value;

        public FilterComparison(string field, ComparisonOperator op, string value)
        {
            path = field.Split('.');
            this.op = op;
            this.value = new PredicateValue(value);
        }

        public override int ComparisonCount => 1;

        public override bool Matches(JToken record)
        {
            var scan = default(Scan);
            Visit(record, 0, ref scan);
            return op == ComparisonOperator.NotEqual ? scan.SawValue && !scan.Settled : scan.Settled;
        }

        public override bool Uses(Connective connective) => false;

        /// <summary>
        /// Walks the path by hand rather than through <see cref="RecordFields"/> (same reading of arrays and
        /// objects): a filter runs on every record of a list, and the walk allocates nothing per record.
        /// </summary>
        private void Visit(JToken token, int depth, ref Scan scan)
        {
            if (token is JArray array)
            {
                for (var i = 0; i < array.Count && !scan.Settled; i++)
                {
                    Visit(array[i], depth, ref scan);
                }
            }
            else if (depth < path.Length)
            {
                if (token is JObject record && record.TryGetValue(path[depth], out var child))
                {
                    Visit(child, depth + 1, ref scan);
                }
            }
            else if (token is JValue leaf && leaf.Type is not (JTokenType.Null or JTokenType.Undefined))
            {
                scan.SawValue = true;
                scan.Settled = op == ComparisonOperator.NotEqual ? RecordScalar.Compare(leaf, value) == 0 : Holds(leaf);
            }
        }

        private bool Holds(JValue leaf) => op switch
        {
            ComparisonOperator.Contains => RecordScalar.Contains(leaf, value),
            ComparisonOperator.Equal => RecordScalar.Compare(leaf, value) == 0,
            ComparisonOperator.Greater => RecordScalar.Compare(leaf, value) > 0,
            ComparisonOperator.GreaterOrEqual => RecordScalar.Compare(leaf, value) >= 0,
            ComparisonOperator.Less => RecordScalar.Compare(leaf, value) < 0,
            _ => RecordScalar.Compare(leaf, value) <= 0,
        };

        /// <summary>What the walk has found: a value at all, and one that settles the answer (for <c>!=</c>: an equal one).</summary>
        private struct Scan
        {
            public bool SawValue;
            public bool Settled;
        }
    }
}
