using System;
using System.Collections.Generic;
using System.Text;
using Newtonsoft.Json.Linq;

namespace OneRoster.Query
{
    /// <summary>Two or more filters joined by one <see cref="LogicalOperator"/>; never directly nested in one with the same operator.</summary>
    public sealed class LogicalFilter : Filter
    {
        private readonly Filter[] _operands;
        private readonly int _predicateCount;

        private LogicalFilter(LogicalOperator op, Filter[] operands)
        {
            Operator = op;
            _operands = operands;
            foreach (Filter operand in operands)
            {
                _predicateCount += operand.PredicateCount;
            }
        }

        /// <summary><c>AND</c> or <c>OR</c>.</summary>
        public LogicalOperator Operator { get; }

        /// <summary>The joined filters, in order (at least two).</summary>
        public IReadOnlyList<Filter> Operands => _operands;

        /// <inheritdoc />
        public override int PredicateCount => _predicateCount;

        /// <inheritdoc />
        public override bool Equals(Filter? other)
        {
            if (other is not LogicalFilter logical || logical.Operator != Operator || logical._operands.Length != _operands.Length)
            {
                return false;
            }

            for (int i = 0; i < _operands.Length; i++)
            {
                if (!_operands[i].Equals(logical._operands[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc />
        public override int GetHashCode()
        {
            var hash = default(HashCode);
            hash.Add(Operator);
            foreach (Filter operand in _operands)
            {
                hash.Add(operand);
            }

            return hash.ToHashCode();
        }

        /// <summary>Joins <paramref name="parts"/>, splicing in operands of nested filters with the same operator.</summary>
        internal static Filter Combine(LogicalOperator op, IEnumerable<Filter> parts, string paramName)
        {
            if (parts is null)
            {
                throw new ArgumentNullException(paramName);
            }

            if (op is not (LogicalOperator.And or LogicalOperator.Or))
            {
                throw new ArgumentException($"Unknown logical operator {(int)op}.", nameof(op));
            }

            var operands = new List<Filter>();
            foreach (Filter part in parts)
            {
                switch (part)
                {
                    case null:
                        throw new ArgumentException("A filter to combine is null.", paramName);
                    case LogicalFilter same when same.Operator == op:
                        operands.AddRange(same._operands);
                        break;
                    default:
                        operands.Add(part);
                        break;
                }
            }

            return operands.Count switch
            {
                0 => throw new ArgumentException("At least one filter is needed.", paramName),
                1 => operands[0],
                _ => new LogicalFilter(op, operands.ToArray()),
            };
        }

        internal override bool Evaluate(JToken record)
        {
            bool all = Operator == LogicalOperator.And;
            foreach (Filter operand in _operands)
            {
                if (operand.Evaluate(record) != all)
                {
                    return !all;
                }
            }

            return all;
        }

        internal override bool EvaluateRecord(object record)
        {
            bool all = Operator == LogicalOperator.And;
            foreach (Filter operand in _operands)
            {
                if (operand.EvaluateRecord(record) != all)
                {
                    return !all;
                }
            }

            return all;
        }

        internal override void WriteTo(StringBuilder builder)
        {
            string separator = Operator == LogicalOperator.And ? " AND " : " OR ";
            for (int i = 0; i < _operands.Length; i++)
            {
                if (i > 0)
                {
                    builder.Append(separator);
                }

                // AND binds tighter than OR, so only an OR inside an AND needs parentheses.
                bool group = Operator == LogicalOperator.And && _operands[i] is LogicalFilter;
                if (group)
                {
                    builder.Append('(');
                }

                _operands[i].WriteTo(builder);
                if (group)
                {
                    builder.Append(')');
                }
            }
        }

        internal override void CollectPredicates(List<PredicateFilter> into)
        {
            foreach (Filter operand in _operands)
            {
                operand.CollectPredicates(into);
            }
        }
    }
}
