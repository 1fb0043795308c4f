using System.Collections.Generic;

namespace OneRoster
{
    /// <summary>The role a user holds in an org (<c>roles[].role</c>) or that a resource targets (<c>resource.roles</c>). Open vocabulary: any other token, e.g. an <c>ext:</c> value, is valid too.</summary>
    public sealed class UserRole : ExtensibleEnum<UserRole>
    {
        private UserRole(string value) : base(value) { }

        /// <summary>Wraps any token, known or not; null stays null.</summary>
        [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
        public static implicit operator UserRole?(string? value) => value is null ? null : new(value);

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
    }
}
