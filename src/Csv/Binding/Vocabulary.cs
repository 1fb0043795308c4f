using System;
using OneRoster.Models;
namespace OneRoster.Csv.Binding
{
    /// <summary>The binding's vocabularies (case-sensitive tokens), one per enumeration column.</summary>
    internal static class Vocabulary
    {
        public static readonly string[] Status = { "active", "tobedeleted" };

        /// <summary>1.1 readers still meet the deprecated 1.0 token <c>inactive</c>.</summary>
        public static readonly string[] Status11 = { "active", "tobedeleted", "inactive" };

        public static readonly string[] Booleans = { "true", "false" };

        public static readonly string[] SessionTypes = { "gradingPeriod", "semester", "schoolYear", "term" };

        public static readonly string[] OrgTypes = { "department", "school", "district", "local", "state", "national" };

        public static readonly string[] ClassTypes = { "homeroom", "scheduled" };

        public static readonly string[] EnrollmentRoles = { "administrator", "proctor", "student", "teacher" };

        public static readonly string[] RoleTypes = { "primary", "secondary" };

        public static readonly string[] Roles =
        {
            "aide", "counselor", "districtAdministrator", "guardian", "parent", "principal", "proctor", "relative",
            "siteAdministrator", "student", "systemAdministrator", "teacher",
        };

        /// <summary>Roles of <c>users.role</c> (1.1) and <c>resources.roles</c>.</summary>
        public static readonly string[] UserRoles = { "administrator", "aide", "guardian", "parent", "proctor", "relative", "student", "teacher" };

        public static readonly string[] Importance = { "primary", "secondary" };

        public static readonly string[] ScoreStatus = { "exempt", "fully graded", "not submitted", "partially graded", "submitted" };

        public static readonly string[] Sex = { "male", "female", "unspecified", "other" };

        public static readonly string[] Sex11 = { "male", "female" };

        public static readonly string[] LearningObjectiveSources = { "case", "unknown" };

        /// <summary>True for a custom token the binding allows on extensible columns: <c>ext:</c> and at least one more character, no spaces.</summary>
        public static bool IsExtension(string token) =>
            token.Length > 4 && token.StartsWith("ext:", StringComparison.Ordinal) && !token.AsSpan(4).ContainsAny(' ', '\t', ',');
    }
}
