using System;
using System.Collections;
using System.Collections.Generic;
using System.Numerics;

namespace OneRoster.Query
{
    /// <summary>
    /// An immutable set of <see cref="FilterOperator"/>s as one bit per operator. Every client builds the provider
    /// presets' capabilities when it first resolves its profile, in the start-up of a fresh process: a frozen set over
    /// an enum made the runtime compile its value-type specialisations (hash set, sort, frozen-set analysis) first,
    /// 13–18 ms of a cold start, for sets of at most eight values that are only ever asked "contains?".
    /// </summary>
    internal sealed class FilterOperatorSet : IReadOnlySet<FilterOperator>
    {
        // One bit per operator value; a value past the last bit (the enum has eight) cannot be stored and is refused
        // where a set is made.
        private const int Capacity = 64;

        private readonly ulong _bits;

        private FilterOperatorSet(ulong bits) => _bits = bits;

        public int Count => BitOperations.PopCount(_bits);

        /// <summary>
        /// The set of <paramref name="operators"/> (repeats collapse, as in any set).
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">An element is negative or 64 and above (no operator is).</exception>
        public static FilterOperatorSet Of(IEnumerable<FilterOperator> operators)
        {
            ArgumentNullException.ThrowIfNull(operators);
            if (operators is FilterOperatorSet set)
            {
                return set;
            }
            ulong bits = 0;
            foreach (var op in operators)
            {
                bits |= StorableBit(op, nameof(operators));
            }
            return new FilterOperatorSet(bits);
        }

        /// <summary>This set and <paramref name="op"/>.</summary>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="op"/> is negative or 64 and above.</exception>
        public FilterOperatorSet With(FilterOperator op) => new(_bits | StorableBit(op, nameof(op)));

        /// <summary>This set without <paramref name="op"/>.</summary>
        public FilterOperatorSet Without(FilterOperator op) => Contains(op) ? new(_bits & ~Bit(op)) : this;

        public bool Contains(FilterOperator item) => (uint)item < Capacity && (_bits & Bit(item)) != 0;

        public bool IsSubsetOf(IEnumerable<FilterOperator> other)
        {
            var (bits, _) = BitsOf(other);
            return (_bits & ~bits) == 0;
        }

        public bool IsProperSubsetOf(IEnumerable<FilterOperator> other)
        {
            var (bits, foreign) = BitsOf(other);
            return (_bits & ~bits) == 0 && (bits != _bits || foreign);
        }

        public bool IsSupersetOf(IEnumerable<FilterOperator> other)
        {
            var (bits, foreign) = BitsOf(other);
            return !foreign && (bits & ~_bits) == 0;
        }

        public bool IsProperSupersetOf(IEnumerable<FilterOperator> other)
        {
            var (bits, foreign) = BitsOf(other);
            return !foreign && (bits & ~_bits) == 0 && bits != _bits;
        }

        public bool Overlaps(IEnumerable<FilterOperator> other) => (BitsOf(other).Bits & _bits) != 0;

        public bool SetEquals(IEnumerable<FilterOperator> other)
        {
            var (bits, foreign) = BitsOf(other);
            return !foreign && bits == _bits;
        }

        /// <summary>The operators in the order the enum declares them.</summary>
        public IEnumerator<FilterOperator> GetEnumerator()
        {
            for (var rest = _bits; rest != 0; rest &= rest - 1)
            {
                yield return (FilterOperator)BitOperations.TrailingZeroCount(rest);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private static ulong Bit(FilterOperator op) => 1UL << (int)op;

        private static ulong StorableBit(FilterOperator op, string parameter) =>
            (uint)op < Capacity ? Bit(op) : throw new ArgumentOutOfRangeException(parameter, op, "Not a FilterOperator.");

        /// <summary>The bits of <paramref name="other"/>'s elements, and whether it holds any value no set of this kind can.</summary>
        private static (ulong Bits, bool Foreign) BitsOf(IEnumerable<FilterOperator> other)
        {
            ArgumentNullException.ThrowIfNull(other);
            if (other is FilterOperatorSet set)
            {
                return (set._bits, false);
            }
            ulong bits = 0;
            var foreign = false;
            foreach (var op in other)
            {
                if ((uint)op < Capacity)
                {
                    bits |= Bit(op);
                }
                else
                {
                    foreign = true;
                }
            }
            return (bits, foreign);
        }
    }
}
