using System;
using System.Collections;
using System.Collections.Generic;
using System.Text;
using Newtonsoft.Json.Linq;

namespace OneRoster.Query
{
    /// <summary>One comparison, <c>field&lt;op&gt;'value'</c>: the leaf of a <see cref="Filter"/> tree.</summary>
    public sealed class PredicateFilter : Filter
    {
        private readonly string[] _path;
        private readonly ComparisonValue _value;
        private readonly ComparisonValue[]? _listed;

        internal PredicateFilter(string field, FilterOperator op, string value)
        {
            FieldName = field;
            Operator = op;
            Value = value;
            _path = field.Split('.');
            _value = new ComparisonValue(value);
            if (op == FilterOperator.In)
            {
                string[] items = value.Split(FilterOperatorSymbols.InListSeparator);
                _listed = new ComparisonValue[items.Length];
                for (int i = 0; i < items.Length; i++)
                {
                    _listed[i] = new ComparisonValue(items[i]);
                }
            }
        }

        /// <summary>The field, dotted for nested fields (<c>org.sourcedId</c>).</summary>
        public string FieldName { get; }

        /// <summary>The comparison.</summary>
        public FilterOperator Operator { get; }

        /// <summary>The value, unescaped (<c>O'Brien</c>, written <c>'O''Brien'</c>); for <see cref="FilterOperator.In"/> the values joined by commas.</summary>
        public string Value { get; }

        /// <summary>True when the field is nested (has a <c>.</c>).</summary>
        public bool IsNested => _path.Length > 1;

        /// <inheritdoc />
        public override int PredicateCount => 1;

        /// <inheritdoc />
        public override bool Equals(Filter? other) =>
            other is PredicateFilter predicate
            && Operator == predicate.Operator
            && string.Equals(FieldName, predicate.FieldName, StringComparison.Ordinal)
            && string.Equals(Value, predicate.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override int GetHashCode() =>
            HashCode.Combine(StringComparer.Ordinal.GetHashCode(FieldName), Operator, StringComparer.Ordinal.GetHashCode(Value));

        internal override bool Evaluate(JToken record)
        {
            var outcome = default(Outcome);
            Visit(record, 0, ref outcome);

            // != is "present, and no element equals", so a role list holding the value never matches it.
            return Operator == FilterOperator.NotEqual ? outcome.Present && !outcome.Hit : outcome.Hit;
        }

        internal override bool EvaluateRecord(object record)
        {
            var outcome = default(Outcome);
            VisitValue(record, 0, ref outcome);
            return Operator == FilterOperator.NotEqual ? outcome.Present && !outcome.Hit : outcome.Hit;
        }

        internal override void WriteTo(StringBuilder builder)
        {
            builder.Append(FieldName).Append(FilterOperatorSymbols.ToSymbol(Operator));
            FilterLiteral.AppendQuoted(builder, Value);
        }

        internal override void CollectPredicates(List<PredicateFilter> into) => into.Add(this);

        private void Visit(JToken token, int depth, ref Outcome outcome)
        {
            switch (token)
            {
                case JArray array:
                    // Indexing, not foreach: JArray's enumerator is a boxed allocation per array per record.
                    for (int i = 0; i < array.Count; i++)
                    {
                        Visit(array[i], depth, ref outcome);
                        if (outcome.Hit)
                        {
                            return;
                        }
                    }

                    return;
                case JObject obj when depth < _path.Length:
                    if (obj.TryGetValue(_path[depth], out JToken? child))
                    {
                        Visit(child, depth + 1, ref outcome);
                    }

                    return;
                case JValue leaf when depth == _path.Length && leaf.Type is not (JTokenType.Null or JTokenType.Undefined):
                    outcome.Present = true;
                    outcome.Hit |= Test(leaf.Type, leaf.Value);
                    return;

                // An object where a scalar is expected, or a scalar where the path goes deeper, is not a value of the field.
            }
        }

        /// <summary>The walk of <see cref="Visit"/> over a record's CLR values: the same rules, read from the properties.</summary>
        private void VisitValue(object? value, int depth, ref Outcome outcome)
        {
            switch (value)
            {
                case null:
                    return;
                case JToken token:
                    Visit(token, depth, ref outcome);
                    return;
                case string or bool or int or long or double or decimal or float:
                    if (depth == _path.Length)
                    {
                        outcome.Present = true;
                        outcome.Hit |= Test(RecordValueComparison.TypeOf(value), value);
                    }

                    return;
                case IList list:
                    for (int i = 0; i < list.Count; i++)
                    {
                        VisitValue(list[i], depth, ref outcome);
                        if (outcome.Hit)
                        {
                            return;
                        }
                    }

                    return;
            }

            if (depth < _path.Length && DtoFieldReader.TryGetChild(value, _path[depth], out object? child))
            {
                VisitValue(child, depth + 1, ref outcome);
                return;
            }

            // Dates, vocabularies and anything a converter writes: its own JSON, as the whole record's would hold it.
            Visit(DtoFieldReader.ToToken(value), depth, ref outcome);
        }

        /// <summary>For != this tests equality; <see cref="Evaluate"/> negates across all elements.</summary>
        private bool Test(JTokenType type, object? scalar) => Operator switch
        {
            FilterOperator.Contains => RecordValueComparison.Contains(scalar, _value),
            FilterOperator.In => EqualsAnyListed(type, scalar),
            FilterOperator.Equal or FilterOperator.NotEqual => RecordValueComparison.Compare(type, scalar, _value) == 0,
            FilterOperator.GreaterThan => RecordValueComparison.Compare(type, scalar, _value) > 0,
            FilterOperator.GreaterThanOrEqual => RecordValueComparison.Compare(type, scalar, _value) >= 0,
            FilterOperator.LessThan => RecordValueComparison.Compare(type, scalar, _value) < 0,
            _ => RecordValueComparison.Compare(type, scalar, _value) <= 0,
        };

        private bool EqualsAnyListed(JTokenType type, object? scalar)
        {
            foreach (ComparisonValue listed in _listed!)
            {
                if (RecordValueComparison.Compare(type, scalar, listed) == 0)
                {
                    return true;
                }
            }

            return false;
        }

        private struct Outcome
        {
            public bool Present;
            public bool Hit;
        }
    }
}
