using System;

namespace OneRoster
{
    /// <summary>
    /// Base of the OneRoster vocabularies (roles, org types, score statuses, ...). OneRoster lets
    /// providers extend every vocabulary with <c>ext:</c> values and real providers send values the
    /// spec never listed, so a vocabulary is an open set: any string is a valid value, the static
    /// members of the derived type are merely the values the spec names.
    /// </summary>
    /// <typeparam name="TSelf">The vocabulary type deriving from this class.</typeparam>
    /// <remarks>
    /// The generated DTOs carry these values as <see cref="string"/> so that deserialization can
    /// never fail on an unknown value. Vocabulary values convert implicitly to and from string, so
    /// <c>user.Roles[0].Role == UserRole.Teacher</c> and <c>role.Role = UserRole.Student</c> both work.
    /// Comparison is ordinal and case-sensitive, as the spec defines the tokens.
    /// </remarks>
    public abstract class ExtensibleEnum<TSelf> : IEquatable<ExtensibleEnum<TSelf>>
        where TSelf : ExtensibleEnum<TSelf>
    {
        /// <summary>Creates a value; <paramref name="value"/> is the exact token sent over the wire.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        protected ExtensibleEnum(string value)
        {
            Value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary>The token as it appears in OneRoster JSON, e.g. <c>teacher</c> or <c>ext:tutor</c>.</summary>
        public string Value { get; }

        /// <summary>True when the value is a provider extension (starts with <c>ext:</c>).</summary>
        public bool IsExtension => Value.StartsWith("ext:", StringComparison.Ordinal);

        /// <summary>Returns the wire token.</summary>
        public override string ToString() => Value;

        /// <inheritdoc />
        public bool Equals(ExtensibleEnum<TSelf>? other) =>
            other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj switch
        {
            ExtensibleEnum<TSelf> other => Equals(other),
            string text => string.Equals(Value, text, StringComparison.Ordinal),
            _ => false,
        };

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

        /// <summary>The wire token of <paramref name="value"/>, or null.</summary>
        public static implicit operator string?(ExtensibleEnum<TSelf>? value) => value?.Value;

        /// <summary>Ordinal equality of two vocabulary values.</summary>
        public static bool operator ==(ExtensibleEnum<TSelf>? left, ExtensibleEnum<TSelf>? right) =>
            left is null ? right is null : left.Equals(right);

        /// <summary>Ordinal inequality of two vocabulary values.</summary>
        public static bool operator !=(ExtensibleEnum<TSelf>? left, ExtensibleEnum<TSelf>? right) => !(left == right);

        /// <summary>Compares a wire token (e.g. a DTO property) with a vocabulary value.</summary>
        public static bool operator ==(string? left, ExtensibleEnum<TSelf>? right) =>
            string.Equals(left, right?.Value, StringComparison.Ordinal);

        /// <summary>Compares a wire token (e.g. a DTO property) with a vocabulary value.</summary>
        public static bool operator !=(string? left, ExtensibleEnum<TSelf>? right) => !(left == right);

        /// <summary>Compares a vocabulary value with a wire token.</summary>
        public static bool operator ==(ExtensibleEnum<TSelf>? left, string? right) => right == left;

        /// <summary>Compares a vocabulary value with a wire token.</summary>
        public static bool operator !=(ExtensibleEnum<TSelf>? left, string? right) => !(right == left);
    }
}
