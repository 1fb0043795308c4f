using System.Collections.Generic;

namespace OneRoster
{
    /// <summary>Whether a user's role in an org is the primary one (<c>roles[].roleType</c>). Open vocabulary: any other token, e.g. an <c>ext:</c> value, is valid too.</summary>
    public sealed class RoleType : ExtensibleEnum<RoleType>
    {
        private RoleType(string value) : base(value) { }

        /// <summary>Wraps any token, known or not; null stays null.</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        public static implicit operator RoleType?(string? value) => value is null ? null : new(value);

        /// <summary><c>primary</c></summary>
        public static RoleType Primary { get; } = new("primary");

        /// <summary><c>secondary</c></summary>
        public static RoleType Secondary { get; } = new("secondary");

        /// <summary>The values the OneRoster 1.2 specification names, in spec order.</summary>
        public static IReadOnlyList<RoleType> KnownValues { get; } = new[] { Primary, Secondary };
    }
}
