using System;
using OneRoster.Models;

namespace OneRoster.Csv
{
    /// <summary>A row of <c>roles.csv</c>: one role a user holds at one org (<c>User.Roles</c> in REST).</summary>
    public sealed class CsvRole : CsvRecord
    {
        /// <summary>The user (→ users.csv).</summary>
        public string? UserSourcedId { get; set; }

        /// <summary><c>primary</c> or <c>secondary</c>.</summary>
        public string? RoleType { get; set; }

        /// <summary>The role, e.g. <c>teacher</c>, <c>student</c>, <c>principal</c>.</summary>
        public string? Role { get; set; }

        /// <summary>First day of the role (inclusive).</summary>
        public DateOnly? BeginDate { get; set; }

        /// <summary>Day the role ends (exclusive).</summary>
        public DateOnly? EndDate { get; set; }

        /// <summary>The org (→ orgs.csv).</summary>
        public string? OrgSourcedId { get; set; }

        /// <summary>The user profile the role uses (→ userProfiles.csv).</summary>
        public string? UserProfileSourcedId { get; set; }
    }
}
