using System;
using System.Collections.Generic;
using System.Linq;
using NUnit.Framework;
using OneRoster.Query;

namespace OneRoster.Tests.Query
{
    /// <summary>
    /// The operator sets behind <see cref="FilterCapabilities"/> answer every question of <see cref="IReadOnlySet{T}"/>
    /// as a <see cref="HashSet{T}"/> of the same operators does: for every pair of subsets of the operators, with the
    /// other side given as a set of this kind, as a hash set, and as a sequence with repeats and values no operator has.
    /// </summary>
    [TestFixture]
    public class FilterOperatorSetTests
    {
        private static readonly FilterOperator[] Operators = Enum.GetValues<FilterOperator>();

        [Test]
        public void Every_relation_agrees_with_a_hash_set_for_every_pair_of_subsets()
        {
            var subsets = Enumerable.Range(0, 1 << Operators.Length).Select(Subset).ToList();
            var disagreements = new List<string>();
            foreach (var mine in subsets)
            {
                var set = FilterOperatorSet.Of(mine);
                var expected = new HashSet<FilterOperator>(mine);
                Check(disagreements, set.Count == expected.Count, "Count", mine, mine);
                Check(disagreements, set.SequenceEqual(Operators.Where(expected.Contains)), "enumeration in declared order", mine, mine);
                Check(disagreements, Operators.All(op => set.Contains(op) == expected.Contains(op)) && !set.Contains((FilterOperator)99), "Contains", mine, mine);
                foreach (var theirs in subsets.Where((_, i) => i % 5 == 0 || i < 16))
                {
                    foreach (var other in Forms(theirs))
                    {
                        Check(disagreements, set.IsSubsetOf(other) == expected.IsSubsetOf(other), nameof(set.IsSubsetOf), mine, other);
                        Check(disagreements, set.IsProperSubsetOf(other) == expected.IsProperSubsetOf(other), nameof(set.IsProperSubsetOf), mine, other);
                        Check(disagreements, set.IsSupersetOf(other) == expected.IsSupersetOf(other), nameof(set.IsSupersetOf), mine, other);
                        Check(disagreements, set.IsProperSupersetOf(other) == expected.IsProperSupersetOf(other), nameof(set.IsProperSupersetOf), mine, other);
                        Check(disagreements, set.Overlaps(other) == expected.Overlaps(other), nameof(set.Overlaps), mine, other);
                        Check(disagreements, set.SetEquals(other) == expected.SetEquals(other), nameof(set.SetEquals), mine, other);
                    }
                }
            }
            Assert.That(disagreements, Is.Empty);
        }

        [Test]
        public void A_value_no_set_can_hold_is_refused_when_the_capabilities_are_made()
        {
            Assert.Multiple(() =>
            {
                Assert.That(() => FilterCapabilities.Standard with { SupportedOperators = new HashSet<FilterOperator> { (FilterOperator)64 } },
                    Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("Not a FilterOperator"));
                Assert.That(() => FilterCapabilities.Standard with { NestedFieldOperators = new HashSet<FilterOperator> { (FilterOperator)(-1) } },
                    Throws.InstanceOf<ArgumentOutOfRangeException>());
            });
        }

        [Test]
        public void The_presets_hold_what_they_document()
        {
            Assert.Multiple(() =>
            {
                Assert.That(FilterCapabilities.Standard.SupportedOperators, Is.EquivalentTo(Operators.Except(new[] { FilterOperator.In })));
                Assert.That(FilterCapabilities.Timeback.SupportedOperators, Is.EquivalentTo(Operators));
                Assert.That(FilterCapabilities.Timeback.NestedFieldOperators, Is.EquivalentTo(new[] { FilterOperator.Equal, FilterOperator.In }));
                Assert.That(FilterCapabilities.Standard.NestedFieldOperators, Is.EquivalentTo(new[] { FilterOperator.Equal }));
            });
        }

        private static FilterOperator[] Subset(int mask) => Operators.Where((_, i) => (mask & (1 << i)) != 0).ToArray();

        /// <summary>The same operators as a set of this kind, a hash set, and a sequence with repeats and a value no operator has.</summary>
        private static IEnumerable<IEnumerable<FilterOperator>> Forms(FilterOperator[] operators)
        {
            yield return FilterOperatorSet.Of(operators);
            yield return new HashSet<FilterOperator>(operators);
            yield return operators.Concat(operators).ToList();
            yield return operators.Append((FilterOperator)99).ToList();
            yield return operators.Append((FilterOperator)20).ToList();
        }

        private static void Check(List<string> disagreements, bool agrees, string what, IEnumerable<FilterOperator> mine, IEnumerable<FilterOperator> other)
        {
            if (!agrees && disagreements.Count < 20)
            {
                disagreements.Add($"{what}: [{string.Join(" ", mine)}] against [{string.Join(" ", other)}] ({other.GetType().Name})");
            }
        }
    }
}
