using System;
using System.Collections.Generic;

namespace OneRoster.Models
{
    /// <summary>Whether a user's role in an org is the primary one (<c>roles[].roleType</c>). Open vocabulary: any other token, e.g. an <c>ext:</c> value, is valid too.</summary>
    /// <remarks>The generated DTOs carry the token as a string; this value converts to and from it implicitly, and compares with it ordinally (<see cref="IExtensibleEnum"/>).</remarks>
    public readonly struct RoleType : IEquatable<RoleType>, OneRoster.Models.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any token, known or not, e.g. an <c>ext:</c> value.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        public RoleType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>primary</c></summary>
        public static RoleType Primary { get; } = new("primary");

        /// <summary><c>secondary</c></summary>
        public static RoleType Secondary { get; } = new("secondary");

        /// <summary>The values the OneRoster 1.2 specification names, in spec order.</summary>
        public static IReadOnlyList<RoleType> KnownValues { get; } = new[] { Primary, Secondary };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsExtension => Value.StartsWith("ext:", StringComparison.Ordinal);

        /// <summary>Wraps any token, known or not.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        public static implicit operator RoleType(string value) => new(value);

        /// <summary>Wraps a token; a null string stays null.</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        public static implicit operator RoleType?(string? value) => value is null ? default(RoleType?) : new RoleType(value);

        /// <summary>The wire token.</summary>
        public static implicit operator string(RoleType value) => value.Value;

        /// <summary>Ordinal equality of two values.</summary>
        public static bool operator ==(RoleType left, RoleType right) => left.Equals(right);

        /// <summary>Ordinal inequality of two values.</summary>
        public static bool operator !=(RoleType left, RoleType right) => !left.Equals(right);

        /// <summary>Compares a wire token (e.g. a DTO property) with a value; null equals no value.</summary>
        public static bool operator ==(string? left, RoleType right) => string.Equals(left, right._value, StringComparison.Ordinal);

        /// <summary>Compares a wire token (e.g. a DTO property) with a value.</summary>
        public static bool operator !=(string? left, RoleType right) => !(left == right);

        /// <summary>Compares a value with a wire token.</summary>
        public static bool operator ==(RoleType left, string? right) => right == left;

        /// <summary>Compares a value with a wire token.</summary>
        public static bool operator !=(RoleType left, string? right) => !(right == left);

        /// <inheritdoc />
        public bool Equals(RoleType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        /// <summary>Equal to the same value, or to a string holding its token.</summary>
        public override bool Equals(object? obj) => obj switch
        {
            RoleType other => Equals(other),
            string text => string.Equals(_value, text, StringComparison.Ordinal),
            _ => false,
        };

        /// <inheritdoc />
        public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

        /// <summary>The wire token.</summary>
        public override string ToString() => Value;
    }
}
