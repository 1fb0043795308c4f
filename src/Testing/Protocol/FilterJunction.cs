using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Protocol
{
    /// <summary>Conditions joined by one connective: all must hold (AND) or one must (OR).</summary>
    internal sealed class FilterJunction : FilterCondition
    {
        private readonly Connective _connective;
        private readonly FilterCondition[] _parts;

        private FilterJunction(Connective connective, FilterCondition[] parts)
        {
            _connective = connective;
            _parts = parts;
            ComparisonCount = parts.Sum(p => p.ComparisonCount);
        }

        public override int ComparisonCount { get; }

        /// <summary>The single part itself, or the parts joined.</summary>
        public static FilterCondition Join(Connective connective, List<FilterCondition> parts) =>
            parts.Count == 1 ? parts[0] : new FilterJunction(connective, parts.ToArray());

        public override bool Matches(JToken record)
        {
            foreach (var part in _parts)
            {
                // AND stops at the first part that fails, OR at the first that holds.
                if (part.Matches(record) == (_connective == Connective.Or))
                {
                    return _connective == Connective.Or;
                }
            }
            return _connective == Connective.And;
        }

        public override bool HasNestedField => _parts.Any(p => p.HasNestedField);

        public override bool UsesInList => _parts.Any(p => p.UsesInList);

        public override bool Uses(Connective connective) =>
            _connective == connective || _parts.Any(p => p.Uses(connective));
    }
}
