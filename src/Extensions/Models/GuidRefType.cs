using System;
using System.Collections.Generic;

namespace OneRoster.Models
{
    /// <summary>The kind of record a reference points at (<c>GUIDRef.type</c>). Open vocabulary: any other token, e.g. an <c>ext:</c> value, is valid too.</summary>
    /// <remarks>The generated DTOs carry the token as a string; this value converts to and from it implicitly, and compares with it ordinally (<see cref="IExtensibleEnum"/>).</remarks>
    public readonly struct GuidRefType : IEquatable<GuidRefType>, OneRoster.Models.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any token, known or not, e.g. an <c>ext:</c> value.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        public GuidRefType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>academicSession</c></summary>
        public static GuidRefType AcademicSession { get; } = new("academicSession");

        /// <summary><c>assessmentLineItem</c></summary>
        public static GuidRefType AssessmentLineItem { get; } = new("assessmentLineItem");

        /// <summary><c>category</c></summary>
        public static GuidRefType Category { get; } = new("category");

        /// <summary><c>class</c></summary>
        public static GuidRefType Class { get; } = new("class");

        /// <summary><c>course</c></summary>
        public static GuidRefType Course { get; } = new("course");

        /// <summary><c>lineItem</c></summary>
        public static GuidRefType LineItem { get; } = new("lineItem");

        /// <summary><c>org</c></summary>
        public static GuidRefType Org { get; } = new("org");

        /// <summary><c>resource</c></summary>
        public static GuidRefType Resource { get; } = new("resource");

        /// <summary><c>scoreScale</c></summary>
        public static GuidRefType ScoreScale { get; } = new("scoreScale");

        /// <summary><c>user</c></summary>
        public static GuidRefType User { get; } = new("user");

        /// <summary>The values the OneRoster 1.2 specification names, in spec order.</summary>
        public static IReadOnlyList<GuidRefType> KnownValues { get; } = new[] { AcademicSession, AssessmentLineItem, Category, Class, Course, LineItem, Org, Resource, ScoreScale, User };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsExtension => Value.StartsWith("ext:", StringComparison.Ordinal);

        /// <summary>Wraps any token, known or not.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        public static implicit operator GuidRefType(string value) => new(value);

        /// <summary>Wraps a token; a null string stays null.</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        public static implicit operator GuidRefType?(string? value) => value is null ? default(GuidRefType?) : new GuidRefType(value);

        /// <summary>The wire token.</summary>
        public static implicit operator string(GuidRefType value) => value.Value;

        /// <summary>Ordinal equality of two values.</summary>
        public static bool operator ==(GuidRefType left, GuidRefType right) => left.Equals(right);

        /// <summary>Ordinal inequality of two values.</summary>
        public static bool operator !=(GuidRefType left, GuidRefType right) => !left.Equals(right);

        /// <summary>Compares a wire token (e.g. a DTO property) with a value; null equals no value.</summary>
        public static bool operator ==(string? left, GuidRefType right) => string.Equals(left, right._value, StringComparison.Ordinal);

        /// <summary>Compares a wire token (e.g. a DTO property) with a value.</summary>
        public static bool operator !=(string? left, GuidRefType right) => !(left == right);

        /// <summary>Compares a value with a wire token.</summary>
        public static bool operator ==(GuidRefType left, string? right) => right == left;

        /// <summary>Compares a value with a wire token.</summary>
        public static bool operator !=(GuidRefType left, string? right) => !(right == left);

        /// <inheritdoc />
        public bool Equals(GuidRefType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        /// <summary>Equal to the same value, or to a string holding its token.</summary>
        public override bool Equals(object? obj) => obj switch
        {
            GuidRefType other => Equals(other),
            string text => string.Equals(_value, text, StringComparison.Ordinal),
            _ => false,
        };

        /// <inheritdoc />
        public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

        /// <summary>The wire token.</summary>
        public override string ToString() => Value;
    }
}
