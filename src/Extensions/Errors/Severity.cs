using System;
using System.Collections.Generic;

namespace OneRoster.Errors
{
    /// <summary>The severity of an <c>imsx_StatusInfo</c>. Open vocabulary: any other token, e.g. an <c>ext:</c> value, is valid too.</summary>
    /// <remarks>The token converts to and from a string implicitly and compares with one ordinally (<see cref="OneRoster.Models.IExtensibleEnum"/>).</remarks>
    public readonly struct Severity : IEquatable<Severity>, OneRoster.Models.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any token, known or not, e.g. an <c>ext:</c> value.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        public Severity(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>status</c></summary>
        public static Severity Status { get; } = new("status");

        /// <summary><c>warning</c></summary>
        public static Severity Warning { get; } = new("warning");

        /// <summary><c>error</c></summary>
        public static Severity Error { get; } = new("error");

        /// <summary>The values the OneRoster 1.2 specification names, in spec order.</summary>
        public static IReadOnlyList<Severity> KnownValues { get; } = new[] { Status, Warning, Error };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsExtension => Value.StartsWith("ext:", StringComparison.Ordinal);

        /// <summary>Wraps any token, known or not.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        public static implicit operator Severity(string value) => new(value);

        /// <summary>Wraps a token; a null string stays null.</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        public static implicit operator Severity?(string? value) => value is null ? default(Severity?) : new Severity(value);

        /// <summary>The wire token.</summary>
        public static implicit operator string(Severity value) => value.Value;

        /// <summary>Ordinal equality of two values.</summary>
        public static bool operator ==(Severity left, Severity right) => left.Equals(right);

        /// <summary>Ordinal inequality of two values.</summary>
        public static bool operator !=(Severity left, Severity right) => !left.Equals(right);

        /// <summary>Compares a wire token (e.g. a DTO property) with a value; null equals no value.</summary>
        public static bool operator ==(string? left, Severity right) => string.Equals(left, right._value, StringComparison.Ordinal);

        /// <summary>Compares a wire token (e.g. a DTO property) with a value.</summary>
        public static bool operator !=(string? left, Severity right) => !(left == right);

        /// <summary>Compares a value with a wire token.</summary>
        public static bool operator ==(Severity left, string? right) => right == left;

        /// <summary>Compares a value with a wire token.</summary>
        public static bool operator !=(Severity left, string? right) => !(right == left);

        /// <inheritdoc />
        public bool Equals(Severity other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        /// <summary>Equal to the same value, or to a string holding its token.</summary>
        public override bool Equals(object? obj) => obj switch
        {
            Severity other => Equals(other),
            string text => string.Equals(_value, text, StringComparison.Ordinal),
            _ => false,
        };

        /// <inheritdoc />
        public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

        /// <summary>The wire token.</summary>
        public override string ToString() => Value;
    }
}
