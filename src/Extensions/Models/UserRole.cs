using System;
using System.Collections.Generic;

namespace OneRoster.Models
{
    /// <summary>The role a user holds in an org (<c>roles[].role</c>) or that a resource targets (<c>resource.roles</c>). Open vocabulary: any other token, e.g. an <c>ext:</c> value, is valid too.</summary>
    /// <remarks>The generated DTOs carry the token as a string; this value converts to and from it implicitly, and compares with it ordinally (<see cref="IExtensibleEnum"/>).</remarks>
    public readonly struct UserRole : IEquatable<UserRole>, OneRoster.Models.IExtensibleEnum
    {
        private readonly string? _value;

        /// <summary>Wraps any token, known or not, e.g. an <c>ext:</c> value.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        public UserRole(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <summary><c>administrator</c></summary>
        public static UserRole Administrator { get; } = new("administrator");

        /// <summary><c>aide</c></summary>
        public static UserRole Aide { get; } = new("aide");

        /// <summary><c>counselor</c></summary>
        public static UserRole Counselor { get; } = new("counselor");

        /// <summary><c>districtAdministrator</c></summary>
        public static UserRole DistrictAdministrator { get; } = new("districtAdministrator");

        /// <summary><c>guardian</c></summary>
        public static UserRole Guardian { get; } = new("guardian");

        /// <summary><c>parent</c></summary>
        public static UserRole Parent { get; } = new("parent");

        /// <summary><c>principal</c></summary>
        public static UserRole Principal { get; } = new("principal");

        /// <summary><c>proctor</c></summary>
        public static UserRole Proctor { get; } = new("proctor");

        /// <summary><c>relative</c></summary>
        public static UserRole Relative { get; } = new("relative");

        /// <summary><c>siteAdministrator</c></summary>
        public static UserRole SiteAdministrator { get; } = new("siteAdministrator");

        /// <summary><c>student</c></summary>
        public static UserRole Student { get; } = new("student");

        /// <summary><c>systemAdministrator</c></summary>
        public static UserRole SystemAdministrator { get; } = new("systemAdministrator");

        /// <summary><c>teacher</c></summary>
        public static UserRole Teacher { get; } = new("teacher");

        /// <summary>The values the OneRoster 1.2 specification names, in spec order.</summary>
        public static IReadOnlyList<UserRole> KnownValues { get; } = new[] { Administrator, Aide, Counselor, DistrictAdministrator, Guardian, Parent, Principal, Proctor, Relative, SiteAdministrator, Student, SystemAdministrator, Teacher };

        /// <inheritdoc />
        public string Value => _value ?? string.Empty;

        /// <inheritdoc />
        public bool IsExtension => Value.StartsWith("ext:", StringComparison.Ordinal);

        /// <summary>Wraps any token, known or not.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        public static implicit operator UserRole(string value) => new(value);

        /// <summary>Wraps a token; a null string stays null.</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        public static implicit operator UserRole?(string? value) => value is null ? default(UserRole?) : new UserRole(value);

        /// <summary>The wire token.</summary>
        public static implicit operator string(UserRole value) => value.Value;

        /// <summary>Ordinal equality of two values.</summary>
        public static bool operator ==(UserRole left, UserRole right) => left.Equals(right);

        /// <summary>Ordinal inequality of two values.</summary>
        public static bool operator !=(UserRole left, UserRole right) => !left.Equals(right);

        /// <summary>Compares a wire token (e.g. a DTO property) with a value; null equals no value.</summary>
        public static bool operator ==(string? left, UserRole right) => string.Equals(left, right._value, StringComparison.Ordinal);

        /// <summary>Compares a wire token (e.g. a DTO property) with a value.</summary>
        public static bool operator !=(string? left, UserRole right) => !(left == right);

        /// <summary>Compares a value with a wire token.</summary>
        public static bool operator ==(UserRole left, string? right) => right == left;

        /// <summary>Compares a value with a wire token.</summary>
        public static bool operator !=(UserRole left, string? right) => !(right == left);

        /// <inheritdoc />
        public bool Equals(UserRole other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        /// <summary>Equal to the same value, or to a string holding its token.</summary>
        public override bool Equals(object? obj) => obj switch
        {
            UserRole other => Equals(other),
            string text => string.Equals(_value, text, StringComparison.Ordinal),
            _ => false,
        };

        /// <inheritdoc />
        public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

        /// <summary>The wire token.</summary>
        public override string ToString() => Value;
    }
}
