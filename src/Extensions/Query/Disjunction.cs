using System.Collections.Generic;

namespace OneRoster.Query
{
    /// <summary>
    /// A server filter in disjunctive normal form: the records of any of its terms. Terms absorb
    /// each other (a term whose predicates include another's selects nothing new), which also drops
    /// the repeats that expanding <c>In(...)</c> against other ORs produces.
    /// </summary>
    internal sealed class Disjunction
    {
        private readonly List<Conjunction> _terms;

        private Disjunction(List<Conjunction> terms)
        {
            _terms = terms;
        }

        public IReadOnlyList<Conjunction> Terms => _terms;

        /// <summary>True when some term has no predicate, i.e. every record qualifies.</summary>
        public bool IsEverything => _terms.Exists(term => term.Count == 0);

        public static Disjunction Everything() => new(new List<Conjunction> { Conjunction.Everything });

        public static Disjunction Of(PredicateFilter predicate) => new(new List<Conjunction> { Conjunction.Of(predicate) });

        public Disjunction Union(Disjunction other)
        {
            var union = new Disjunction(new List<Conjunction>(_terms));
            foreach (Conjunction term in other._terms)
            {
                union.Add(term);
            }

            return union;
        }

        /// <summary>
        /// The AND of this and <paramref name="other"/>, distributed into terms; null when a term
        /// would hold more than <paramref name="maxTermSize"/> predicates or there would be more than
        /// <paramref name="maxTerms"/> terms.
        /// </summary>
        /// <param name="other">The part to join.</param>
        /// <param name="maxTermSize">The most predicates one term may hold.</param>
        /// <param name="maxTerms">The most terms the result may hold.</param>
        /// <param name="narrow">
        /// When a joined term would be too long, keep this side's predicates and as many of
        /// <paramref name="other"/>'s as fit: a superset of the exact AND, so the result is only a
        /// narrowing and <paramref name="other"/> must also be evaluated client-side. Still null when
        /// a term of this side leaves no room at all.
        /// </param>
        /// <param name="narrowed">True when some term was cut.</param>
        public Disjunction? And(Disjunction other, int maxTermSize, int maxTerms, bool narrow, out bool narrowed)
        {
            narrowed = false;
            var product = new Disjunction(new List<Conjunction>());
            foreach (Conjunction left in _terms)
            {
                foreach (Conjunction right in other._terms)
                {
                    Conjunction joined = left.Join(right);
                    if (joined.Count > maxTermSize)
                    {
                        if (!narrow || left.Count >= maxTermSize)
                        {
                            return null;
                        }

                        joined = joined.Take(maxTermSize);
                        narrowed = true;
                    }

                    product.Add(joined);
                    if (product._terms.Count > maxTerms)
                    {
                        return null;
                    }
                }
            }

            return product;
        }

        private void Add(Conjunction term)
        {
            foreach (Conjunction existing in _terms)
            {
                if (existing.IsSubsetOf(term))
                {
                    return;
                }
            }

            _terms.RemoveAll(existing => term.IsSubsetOf(existing));
            _terms.Add(term);
        }
    }
}
