using System.Collections.Generic;
using OneRoster.Csv.Binding;
using OneRoster.Models;
using OneRoster.Rostering;

namespace OneRoster.Csv.Mapping
{
    /// <summary>
    /// 1.1 users.csv names the user's orgs and one role; the 1.2 DTO holds role assignments. Each org becomes an
    /// assignment of that role (the first one primary), so a 1.1 user reads like a 1.2 user with roles.
    /// </summary>
    internal static class Roles11
    {
        public static List<RoleAssignment> RolesAtOrgs(List<RoleAssignment>? roles, List<string> orgIds)
        {
            var role = roles is { Count: > 0 } ? roles[0].Role : null;
            var assignments = new List<RoleAssignment>();
            foreach (var org in orgIds)
            {
                assignments.Add(new RoleAssignment
                {
                    RoleType = assignments.Count == 0 ? "primary" : "secondary",
                    Role = role,
                    Org = References.To("orgs", org),
                });
            }
            return assignments;
        }

        public static List<RoleAssignment> RoleEverywhere(List<RoleAssignment>? roles, string role)
        {
            if (roles is not { Count: > 0 })
            {
                return new List<RoleAssignment> { new() { RoleType = "primary", Role = role } };
            }
            foreach (var assignment in roles)
            {
                assignment.Role = role;
            }
            return roles;
        }
    }
}
