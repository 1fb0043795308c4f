using System.Collections.Generic;

namespace OneRoster
{
    /// <summary>The kind of organization (<c>org.type</c>). Open vocabulary: any other token, e.g. an <c>ext:</c> value, is valid too.</summary>
    public sealed class OrgType : ExtensibleEnum<OrgType>
    {
        private OrgType(string value) : base(value) { }

        /// <summary>Wraps any token, known or not; null stays null.</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        public static implicit operator OrgType?(string? value) => value is null ? null : new(value);

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
    }
}
