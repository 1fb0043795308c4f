using System;
using System.Collections.Generic;

namespace OneRoster.Errors
{
    /// <summary>The major status code of an <c>imsx_StatusInfo</c>. Open vocabulary: any other token, e.g. an <c>ext:</c> value, is valid too.</summary>
    /// <remarks>The token converts to and from a string implicitly and compares with one ordinally (<see cref="OneRoster.Models.IExtensibleEnum"/>).</remarks>
    public readonly struct CodeMajor : IEquatable<CodeMajor>, OneRoster.Models.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any token, known or not, e.g. an <c>ext:</c> value.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        public CodeMajor(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>success</c></summary>
        public static CodeMajor Success { get; } = new("success");

        /// <summary><c>processing</c></summary>
        public static CodeMajor Processing { get; } = new("processing");

        /// <summary><c>failure</c></summary>
        public static CodeMajor Failure { get; } = new("failure");

        /// <summary><c>unsupported</c></summary>
        public static CodeMajor Unsupported { get; } = new("unsupported");

        /// <summary>The values the OneRoster 1.2 specification names, in spec order.</summary>
        public static IReadOnlyList<CodeMajor> KnownValues { get; } = new[] { Success, Processing, Failure, Unsupported };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsExtension => Value.StartsWith("ext:", StringComparison.Ordinal);

        /// <summary>Wraps any token, known or not.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        public static implicit operator CodeMajor(string value) => new(value);

        /// <summary>Wraps a token; a null string stays null.</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        public static implicit operator CodeMajor?(string? value) => value is null ? default(CodeMajor?) : new CodeMajor(value);

        /// <summary>The wire token.</summary>
        public static implicit operator string(CodeMajor value) => value.Value;

        /// <summary>Ordinal equality of two values.</summary>
        public static bool operator ==(CodeMajor left, CodeMajor right) => left.Equals(right);

        /// <summary>Ordinal inequality of two values.</summary>
        public static bool operator !=(CodeMajor left, CodeMajor right) => !left.Equals(right);

        /// <summary>Compares a wire token (e.g. a DTO property) with a value; null equals no value.</summary>
        public static bool operator ==(string? left, CodeMajor right) => string.Equals(left, right._value, StringComparison.Ordinal);

        /// <summary>Compares a wire token (e.g. a DTO property) with a value.</summary>
        public static bool operator !=(string? left, CodeMajor right) => !(left == right);

        /// <summary>Compares a value with a wire token.</summary>
        public static bool operator ==(CodeMajor left, string? right) => right == left;

        /// <summary>Compares a value with a wire token.</summary>
        public static bool operator !=(CodeMajor left, string? right) => !(right == left);

        /// <inheritdoc />
        public bool Equals(CodeMajor other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        /// <summary>Equal to the same value, or to a string holding its token.</summary>
        public override bool Equals(object? obj) => obj switch
        {
            CodeMajor other => Equals(other),
            string text => string.Equals(_value, text, StringComparison.Ordinal),
            _ => false,
        };

        /// <inheritdoc />
        public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

        /// <summary>The wire token.</summary>
        public override string ToString() => Value;
    }
}
