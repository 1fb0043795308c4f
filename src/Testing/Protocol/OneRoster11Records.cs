using System;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace OneRoster.Testing.Protocol
{
    /// <summary>
    /// The fake's records as a OneRoster 1.1 provider sends them (<see cref="FakeServerOptions.PayloadVersion"/>
    /// <see cref="OneRosterVersion.V1p1"/>). The fake keeps 1.2 records; this rewrites each rendered copy. Written apart
    /// from the client's reading of 1.1, so that a client mistake in it is not mirrored here.
    /// </summary>
    internal static class OneRoster11Records
    {
        // Fields of 1.2 (and of Timeback's extensions) that 1.1 records do not have, by collection.
        private static readonly Dictionary<string, string[]> Absent = new(StringComparer.Ordinal)
        {
            [FakeCollections.Users] = new[]
            {
                "userMasterIdentifier", "preferredFirstName", "preferredMiddleName", "preferredLastName", "pronouns",
                "userProfiles", "primaryOrg", "resources", "demographics",
            },
            [FakeCollections.AcademicSessions] = new[] { "org", "tenantId", "clientAppId" },
            [FakeCollections.Classes] = new[] { "org" },
            [FakeCollections.Courses] = new[] { "academicSession", "level", "gradingScheme" },
            [FakeCollections.LineItems] = new[] { "academicSession", "school", "scoreScale", "learningObjectiveSet" },
            [FakeCollections.Results] = new[] { "class", "scoreScale", "textScore", "learningObjectiveSet", "inProgress", "incomplete", "late", "missing" },
            [FakeCollections.Categories] = new[] { "weight" },
        };

        /// <summary>Rewrites <paramref name="record"/> (a rendered copy) of <paramref name="collection"/> into the 1.1 shape.</summary>
        public static void Apply(string collection, JObject record)
        {
            if (collection == FakeCollections.Users)
            {
                RoleAndOrgs(record);
            }
            else if (collection == FakeCollections.LineItems && record["gradingPeriod"] is null && record["academicSession"] is JObject session)
            {
                record["gradingPeriod"] = session.DeepClone();
            }
            if (Absent.TryGetValue(collection, out var absent))
            {
                foreach (var name in absent)
                {
                    record.Remove(name);
                }
            }
        }

        /// <summary>
        /// A record a client wrote in the 1.1 shape, as the fake keeps it (1.2, so that links and nested lists work):
        /// a user's <c>role</c> and <c>orgs</c> become role assignments (the first org primary) and <c>primaryOrg</c>; a
        /// line item's <c>gradingPeriod</c> is also its <c>academicSession</c>. Records already in the 1.2 shape stay.
        /// </summary>
        public static void Store(string collection, JObject record)
        {
            if (collection == FakeCollections.Users && record["roles"] is null && record["orgs"] is JArray orgs)
            {
                var role = record["role"]?.DeepClone();
                var roles = new JArray();
                foreach (var org in orgs.OfType<JObject>())
                {
                    var assignment = new JObject { ["roleType"] = roles.Count == 0 ? "primary" : "secondary" };
                    if (role is not null)
                    {
                        assignment["role"] = role.DeepClone();
                    }
                    assignment["org"] = org.DeepClone();
                    roles.Add(assignment);
                }
                record["roles"] = roles;
                if (record["primaryOrg"] is null && orgs.OfType<JObject>().FirstOrDefault() is { } first)
                {
                    record["primaryOrg"] = first.DeepClone();
                }
                record.Remove("role");
                record.Remove("orgs");
            }
            else if (collection == FakeCollections.LineItems && record["academicSession"] is null && record["gradingPeriod"] is JObject period)
            {
                record["academicSession"] = period.DeepClone();
            }
        }

        // 1.1 has one administrator role where 1.2 has principal and three administrators; other roles are sent as kept.
        private static string RoleOf(string role) => role switch
        {
            "principal" or "districtAdministrator" or "siteAdministrator" or "systemAdministrator" => "administrator",
            _ => role,
        };

        // 1.1: one role (the primary assignment's) and the user's orgs, the primary org first.
        private static void RoleAndOrgs(JObject user)
        {
            if (user["roles"] is not JArray roles)
            {
                return;
            }
            var assignments = roles.OfType<JObject>().ToList();
            var primary = assignments.FirstOrDefault(a => (string?)a["roleType"] == "primary") ?? assignments.FirstOrDefault();
            var orgs = new JArray();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            void AddOrg(JToken? org)
            {
                if (org is JObject reference && (string?)reference["sourcedId"] is { } id && seen.Add(id))
                {
                    orgs.Add(reference.DeepClone());
                }
            }
            AddOrg(user["primaryOrg"]);
            AddOrg(primary?["org"]);
            foreach (var assignment in assignments)
            {
                AddOrg(assignment["org"]);
            }
            user.Remove("roles");
            if (primary?["role"] is JValue { Type: JTokenType.String } role)
            {
                user["role"] = RoleOf((string)role!);
            }
            user["orgs"] = orgs;
        }
    }
}
