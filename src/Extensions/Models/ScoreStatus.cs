using System;
using System.Collections.Generic;

namespace OneRoster.Models
{
    /// <summary>The grading state of a result (<c>result.scoreStatus</c>). Open vocabulary: any other token, e.g. an <c>ext:</c> value, is valid too.</summary>
    /// <remarks>The generated DTOs carry the token as a string; this value converts to and from it implicitly, and compares with it ordinally (<see cref="IExtensibleEnum"/>).</remarks>
    public readonly struct ScoreStatus : IEquatable<ScoreStatus>, OneRoster.Models.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any token, known or not, e.g. an <c>ext:</c> value.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        public ScoreStatus(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>exempt</c></summary>
        public static ScoreStatus Exempt { get; } = new("exempt");

        /// <summary><c>fully graded</c></summary>
        public static ScoreStatus FullyGraded { get; } = new("fully graded");

        /// <summary><c>not submitted</c></summary>
        public static ScoreStatus NotSubmitted { get; } = new("not submitted");

        /// <summary><c>partially graded</c></summary>
        public static ScoreStatus PartiallyGraded { get; } = new("partially graded");

        /// <summary><c>submitted</c></summary>
        public static ScoreStatus Submitted { get; } = new("submitted");

        /// <summary>The values the OneRoster 1.2 specification names, in spec order.</summary>
        public static IReadOnlyList<ScoreStatus> KnownValues { get; } = new[] { Exempt, FullyGraded, NotSubmitted, PartiallyGraded, Submitted };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsExtension => Value.StartsWith("ext:", StringComparison.Ordinal);

        /// <summary>Wraps any token, known or not.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        public static implicit operator ScoreStatus(string value) => new(value);

        /// <summary>Wraps a token; a null string stays null.</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        public static implicit operator ScoreStatus?(string? value) => value is null ? default(ScoreStatus?) : new ScoreStatus(value);

        /// <summary>The wire token.</summary>
        public static implicit operator string(ScoreStatus value) => value.Value;

        /// <summary>Ordinal equality of two values.</summary>
        public static bool operator ==(ScoreStatus left, ScoreStatus right) => left.Equals(right);

        /// <summary>Ordinal inequality of two values.</summary>
        public static bool operator !=(ScoreStatus left, ScoreStatus right) => !left.Equals(right);

        /// <summary>Compares a wire token (e.g. a DTO property) with a value; null equals no value.</summary>
        public static bool operator ==(string? left, ScoreStatus right) => string.Equals(left, right._value, StringComparison.Ordinal);

        /// <summary>Compares a wire token (e.g. a DTO property) with a value.</summary>
        public static bool operator !=(string? left, ScoreStatus right) => !(left == right);

        /// <summary>Compares a value with a wire token.</summary>
        public static bool operator ==(ScoreStatus left, string? right) => right == left;

        /// <summary>Compares a value with a wire token.</summary>
        public static bool operator !=(ScoreStatus left, string? right) => !(right == left);

        /// <inheritdoc />
        public bool Equals(ScoreStatus other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        /// <summary>Equal to the same value, or to a string holding its token.</summary>
        public override bool Equals(object? obj) => obj switch
        {
            ScoreStatus other => Equals(other),
            string text => string.Equals(_value, text, StringComparison.Ordinal),
            _ => false,
        };

        /// <inheritdoc />
        public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

        /// <summary>The wire token.</summary>
        public override string ToString() => Value;
    }
}
