using System.Collections.Generic;

namespace OneRoster.Query
{
    /// <summary>Sendable predicates that must all hold: one term of a server filter in disjunctive normal form. Compared as a set.</summary>
    internal sealed class Conjunction
    {
        private readonly PredicateFilter[] _predicates;

        private Conjunction(PredicateFilter[] predicates)
        {
            _predicates = predicates;
        }

        /// <summary>No predicate: every record.</summary>
        public static Conjunction Everything { get; } = new(System.Array.Empty<PredicateFilter>());

        public int Count => _predicates.Length;

        public static Conjunction Of(PredicateFilter predicate) => new(new[] { predicate });

        public Conjunction Join(Conjunction other)
        {
            var joined = new List<PredicateFilter>(_predicates);
            foreach (PredicateFilter predicate in other._predicates)
            {
                if (!joined.Contains(predicate))
                {
                    joined.Add(predicate);
                }
            }

            return joined.Count == _predicates.Length ? this : new Conjunction(joined.ToArray());
        }

        /// <summary>The first <paramref name="count"/> predicates: the joined term's own side first, then the other's in preference order.</summary>
        public Conjunction Take(int count) => new(_predicates[..count]);

        /// <summary>True when every predicate here is also in <paramref name="other"/>, so this term selects at least <paramref name="other"/>'s records.</summary>
        public bool IsSubsetOf(Conjunction other)
        {
            foreach (PredicateFilter predicate in _predicates)
            {
                if (System.Array.IndexOf(other._predicates, predicate) < 0)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The AND of the predicates; null for <see cref="Everything"/>.</summary>
        public Filter? ToFilter() => _predicates.Length == 0 ? null : Filter.AllOf(_predicates);
    }
}
