using System.Collections.Generic;

namespace OneRoster
{
    /// <summary>The role of a user in a class enrollment (<c>enrollment.role</c>). Open vocabulary: any other token, e.g. an <c>ext:</c> value, is valid too.</summary>
    public sealed class EnrollmentRole : ExtensibleEnum<EnrollmentRole>
    {
        private EnrollmentRole(string value) : base(value) { }

        /// <summary>Wraps any token, known or not; null stays null.</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        public static implicit operator EnrollmentRole?(string? value) => value is null ? null : new(value);

        /// <summary><c>administrator</c></summary>
        public static EnrollmentRole Administrator { get; } = new("administrator");

        /// <summary><c>proctor</c></summary>
        public static EnrollmentRole Proctor { get; } = new("proctor");

        /// <summary><c>student</c></summary>
        public static EnrollmentRole Student { get; } = new("student");

        /// <summary><c>teacher</c></summary>
        public static EnrollmentRole Teacher { get; } = new("teacher");

        /// <summary>The values the OneRoster 1.2 specification names, in spec order.</summary>
        public static IReadOnlyList<EnrollmentRole> KnownValues { get; } = new[] { Administrator, Proctor, Student, Teacher };
    }
}
