using System;
using System.Collections.Generic;

namespace OneRoster.Models
{
    /// <summary>The sex recorded in demographics (<c>demographics.sex</c>). Open vocabulary: any other token, e.g. an <c>ext:</c> value, is valid too.</summary>
    /// <remarks>The generated DTOs carry the token as a string; this value converts to and from it implicitly, and compares with it ordinally (<see cref="IExtensibleEnum"/>).</remarks>
    public readonly struct Sex : IEquatable<Sex>, OneRoster.Models.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any token, known or not, e.g. an <c>ext:</c> value.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        public Sex(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>male</c></summary>
        public static Sex Male { get; } = new("male");

        /// <summary><c>female</c></summary>
        public static Sex Female { get; } = new("female");

        /// <summary><c>unspecified</c></summary>
        public static Sex Unspecified { get; } = new("unspecified");

        /// <summary><c>other</c></summary>
        public static Sex Other { get; } = new("other");

        /// <summary>The values the OneRoster 1.2 specification names, in spec order.</summary>
        public static IReadOnlyList<Sex> KnownValues { get; } = new[] { Male, Female, Unspecified, Other };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsExtension => Value.StartsWith("ext:", StringComparison.Ordinal);

        /// <summary>Wraps any token, known or not.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        public static implicit operator Sex(string value) => new(value);

        /// <summary>Wraps a token; a null string stays null.</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        public static implicit operator Sex?(string? value) => value is null ? default(Sex?) : new Sex(value);

        /// <summary>The wire token.</summary>
        public static implicit operator string(Sex value) => value.Value;

        /// <summary>Ordinal equality of two values.</summary>
        public static bool operator ==(Sex left, Sex right) => left.Equals(right);

        /// <summary>Ordinal inequality of two values.</summary>
        public static bool operator !=(Sex left, Sex right) => !left.Equals(right);

        /// <summary>Compares a wire token (e.g. a DTO property) with a value; null equals no value.</summary>
        public static bool operator ==(string? left, Sex right) => string.Equals(left, right._value, StringComparison.Ordinal);

        /// <summary>Compares a wire token (e.g. a DTO property) with a value.</summary>
        public static bool operator !=(string? left, Sex right) => !(left == right);

        /// <summary>Compares a value with a wire token.</summary>
        public static bool operator ==(Sex left, string? right) => right == left;

        /// <summary>Compares a value with a wire token.</summary>
        public static bool operator !=(Sex left, string? right) => !(right == left);

        /// <inheritdoc />
        public bool Equals(Sex other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        /// <summary>Equal to the same value, or to a string holding its token.</summary>
        public override bool Equals(object? obj) => obj switch
        {
            Sex other => Equals(other),
            string text => string.Equals(_value, text, StringComparison.Ordinal),
            _ => false,
        };

        /// <inheritdoc />
        public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

        /// <summary>The wire token.</summary>
        public override string ToString() => Value;
    }
}
