using System;
using System.Collections.Generic;

namespace OneRoster.Models
{
    /// <summary>The kind of organization (<c>org.type</c>). Open vocabulary: any other token, e.g. an <c>ext:</c> value, is valid too.</summary>
    /// <remarks>The generated DTOs carry the token as a string; this value converts to and from it implicitly, and compares with it ordinally (<see cref="IExtensibleEnum"/>).</remarks>
    public readonly struct OrgType : IEquatable<OrgType>, OneRoster.Models.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any token, known or not, e.g. an <c>ext:</c> value.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        public OrgType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>department</c></summary>
        public static OrgType Department { get; } = new("department");

        /// <summary><c>district</c></summary>
        public static OrgType District { get; } = new("district");

        /// <summary><c>local</c></summary>
        public static OrgType Local { get; } = new("local");

        /// <summary><c>national</c></summary>
        public static OrgType National { get; } = new("national");

        /// <summary><c>school</c></summary>
        public static OrgType School { get; } = new("school");

        /// <summary><c>state</c></summary>
        public static OrgType State { get; } = new("state");

        /// <summary>The values the OneRoster 1.2 specification names, in spec order.</summary>
        public static IReadOnlyList<OrgType> KnownValues { get; } = new[] { Department, District, Local, National, School, State };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsExtension => Value.StartsWith("ext:", StringComparison.Ordinal);

        /// <summary>Wraps any token, known or not.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        public static implicit operator OrgType(string value) => new(value);

        /// <summary>Wraps a token; a null string stays null.</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        public static implicit operator OrgType?(string? value) => value is null ? default(OrgType?) : new OrgType(value);

        /// <summary>The wire token.</summary>
        public static implicit operator string(OrgType value) => value.Value;

        /// <summary>Ordinal equality of two values.</summary>
        public static bool operator ==(OrgType left, OrgType right) => left.Equals(right);

        /// <summary>Ordinal inequality of two values.</summary>
        public static bool operator !=(OrgType left, OrgType right) => !left.Equals(right);

        /// <summary>Compares a wire token (e.g. a DTO property) with a value; null equals no value.</summary>
        public static bool operator ==(string? left, OrgType right) => string.Equals(left, right._value, StringComparison.Ordinal);

        /// <summary>Compares a wire token (e.g. a DTO property) with a value.</summary>
        public static bool operator !=(string? left, OrgType right) => !(left == right);

        /// <summary>Compares a value with a wire token.</summary>
        public static bool operator ==(OrgType left, string? right) => right == left;

        /// <summary>Compares a value with a wire token.</summary>
        public static bool operator !=(OrgType left, string? right) => !(right == left);

        /// <inheritdoc />
        public bool Equals(OrgType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        /// <summary>Equal to the same value, or to a string holding its token.</summary>
        public override bool Equals(object? obj) => obj switch
        {
            OrgType other => Equals(other),
            string text => string.Equals(_value, text, StringComparison.Ordinal),
            _ => false,
        };

        /// <inheritdoc />
        public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

        /// <summary>The wire token.</summary>
        public override string ToString() => Value;
    }
}
