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
            var present = false;
            foreach (var found in RecordFields.Values(record, path))
            {
                if (found is not JValue leaf || leaf.Type is JTokenType.Null or JTokenType.Undefined)
                {
                    continue;
                }
                present = true;
                if (op == ComparisonOperator.NotEqual)
                {
                    if (RecordScalar.Compare(leaf, value) == 0)
                    {
                        return false;
                    }
                }
                else if (Holds(leaf))
                {
                    return true;
                }
            }
            return op == ComparisonOperator.NotEqual && present;
        }

        public override bool Uses(Connective connective) => false;

        private bool Holds(JValue leaf) => op switch
        {
            ComparisonOperator.Contains => RecordScalar.Contains(leaf, value),
            ComparisonOperator.Equal => RecordScalar.Compare(leaf, value) == 0,
            ComparisonOperator.Greater => RecordScalar.Compare(leaf, value) > 0,
            ComparisonOperator.GreaterOrEqual => RecordScalar.Compare(leaf, value) >= 0,
            ComparisonOperator.Less => RecordScalar.Compare(leaf, value) < 0,
            _ => RecordScalar.Compare(leaf, value) <= 0,
        };
    }
}
