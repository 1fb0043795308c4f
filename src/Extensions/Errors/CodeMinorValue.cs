using System;
using System.Collections.Generic;

namespace OneRoster.Errors
{
    /// <summary>A minor status code of an <c>imsx_StatusInfo</c> (<c>imsx_codeMinorFieldValue</c>). Open vocabulary: any other token, e.g. an <c>ext:</c> value, is valid too.</summary>
    /// <remarks>The token converts to and from a string implicitly and compares with one ordinally (<see cref="OneRoster.Models.IExtensibleEnum"/>).</remarks>
    public readonly struct CodeMinorValue : IEquatable<CodeMinorValue>, OneRoster.Models.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any token, known or not, e.g. an <c>ext:</c> value.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        public CodeMinorValue(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>fullsuccess</c></summary>
        public static CodeMinorValue FullSuccess { get; } = new("fullsuccess");

        /// <summary><c>invalid_filter_field</c></summary>
        public static CodeMinorValue InvalidFilterField { get; } = new("invalid_filter_field");

        /// <summary><c>invalid_selection_field</c></summary>
        public static CodeMinorValue InvalidSelectionField { get; } = new("invalid_selection_field");

        /// <summary><c>invalid_sort_field</c></summary>
        public static CodeMinorValue InvalidSortField { get; } = new("invalid_sort_field");

        /// <summary><c>invaliddata</c></summary>
        public static CodeMinorValue InvalidData { get; } = new("invaliddata");

        /// <summary><c>unauthorisedrequest</c></summary>
        public static CodeMinorValue UnauthorisedRequest { get; } = new("unauthorisedrequest");

        /// <summary><c>forbidden</c></summary>
        public static CodeMinorValue Forbidden { get; } = new("forbidden");

        /// <summary><c>server_busy</c></summary>
        public static CodeMinorValue ServerBusy { get; } = new("server_busy");

        /// <summary><c>unknownobject</c></summary>
        public static CodeMinorValue UnknownObject { get; } = new("unknownobject");

        /// <summary><c>deletefailure</c></summary>
        public static CodeMinorValue DeleteFailure { get; } = new("deletefailure");

        /// <summary><c>internal_server_error</c></summary>
        public static CodeMinorValue InternalServerError { get; } = new("internal_server_error");

        /// <summary><c>unsupported</c></summary>
        public static CodeMinorValue Unsupported { get; } = new("unsupported");

        /// <summary>The values the OneRoster 1.2 specification names, in spec order.</summary>
        public static IReadOnlyList<CodeMinorValue> KnownValues { get; } = new[] { FullSuccess, InvalidFilterField, InvalidSelectionField, InvalidSortField, InvalidData, UnauthorisedRequest, Forbidden, ServerBusy, UnknownObject, DeleteFailure, InternalServerError, Unsupported };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsExtension => Value.StartsWith("ext:", StringComparison.Ordinal);

        /// <summary>Wraps any token, known or not.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        public static implicit operator CodeMinorValue(string value) => new(value);

        /// <summary>Wraps a token; a null string stays null.</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        public static implicit operator CodeMinorValue?(string? value) => value is null ? default(CodeMinorValue?) : new CodeMinorValue(value);

        /// <summary>The wire token.</summary>
        public static implicit operator string(CodeMinorValue value) => value.Value;

        /// <summary>Ordinal equality of two values.</summary>
        public static bool operator ==(CodeMinorValue left, CodeMinorValue right) => left.Equals(right);

        /// <summary>Ordinal inequality of two values.</summary>
        public static bool operator !=(CodeMinorValue left, CodeMinorValue right) => !left.Equals(right);

        /// <summary>Compares a wire token (e.g. a DTO property) with a value; null equals no value.</summary>
        public static bool operator ==(string? left, CodeMinorValue right) => string.Equals(left, right._value, StringComparison.Ordinal);

        /// <summary>Compares a wire token (e.g. a DTO property) with a value.</summary>
        public static bool operator !=(string? left, CodeMinorValue right) => !(left == right);

        /// <summary>Compares a value with a wire token.</summary>
        public static bool operator ==(CodeMinorValue left, string? right) => right == left;

        /// <summary>Compares a value with a wire token.</summary>
        public static bool operator !=(CodeMinorValue left, string? right) => !(right == left);

        /// <inheritdoc />
        public bool Equals(CodeMinorValue other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        /// <summary>Equal to the same value, or to a string holding its token.</summary>
        public override bool Equals(object? obj) => obj switch
        {
            CodeMinorValue other => Equals(other),
            string text => string.Equals(_value, text, StringComparison.Ordinal),
            _ => false,
        };

        /// <inheritdoc />
        public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

        /// <summary>The wire token.</summary>
        public override string ToString() => Value;
    }
}
