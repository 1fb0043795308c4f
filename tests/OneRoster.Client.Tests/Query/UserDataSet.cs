using System;
using System.Collections.Generic;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace OneRoster.Tests.Query
{
    /// <summary>
    /// About 200 OneRoster users as a provider sends them: role lists with orgs, string and JSON
    /// boolean flags, date-times with and without milliseconds, grades arrays, numeric identifiers,
    /// metadata numbers, missing fields, and names with quotes and filter syntax in them.
    /// Deterministic, so a failing filter can be replayed.
    /// </summary>
    internal static class UserDataSet
    {
        public const int Size = 200;

        private static readonly string[] GivenNames = { "Ann", "Ben", "Carla", "Dmitri", "Eve", "Farah", "Gus", "Hana", "Ivan", "Joan", "Kofi", "Liam", "Mia", "Noah", "Zoë" };
        private static readonly string[] FamilyNames = { "Smith", "Johnson", "Lee", "Garcia", "O'Brien", "Nguyen", "Anderson", "D'Angelo", "Müller", "Patel", "Jackson", "Robinson", "Smith AND Jones", "x' OR '1'='1" };
        private static readonly string[] Orgs = { "org-1", "org-2", "org-3", "org-4", "org-5" };
        private static readonly string[] Grades = { "09", "10", "11", "12" };

        public static IReadOnlyList<JObject> Users { get; } = Create();

        private static IReadOnlyList<JObject> Create()
        {
            var random = new Random(20240501);
            var users = new List<JObject>(Size);
            for (int i = 1; i <= Size; i++)
            {
                users.Add(CreateUser(i, random));
            }

            return users;
        }

        private static JObject CreateUser(int index, Random random)
        {
            string given = GivenNames[random.Next(GivenNames.Length)];
            string family = FamilyNames[random.Next(FamilyNames.Length)];
            string primaryRole = Pick(random, ("student", 70), ("teacher", 15), ("aide", 5), ("administrator", 3), ("guardian", 5), ("ext:tutor", 2));
            DateTimeOffset modified = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(0, 60 * 24 * 365));

            var user = new JObject
            {
                ["sourcedId"] = $"user-{index:D4}",
                ["status"] = random.Next(10) == 0 ? "tobedeleted" : "active",
                ["dateLastModified"] = random.Next(2) == 0
                    ? modified.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)
                    : modified.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["givenName"] = given,
                ["familyName"] = family,
                ["username"] = $"{given.ToLowerInvariant()}.{index}",
                ["identifier"] = (100 + (index * 7 % 900)).ToString(CultureInfo.InvariantCulture),
            };

            // The binding types enabledUser as a string; some providers send a JSON boolean.
            bool enabled = random.Next(8) != 0;
            user["enabledUser"] = random.Next(3) == 0 ? new JValue(enabled) : new JValue(enabled ? "true" : "false");

            if (random.Next(6) != 0)
            {
                user["email"] = $"{given.ToLowerInvariant()}.{index}@{(random.Next(2) == 0 ? "school.edu" : "District.org")}";
            }

            var roles = new JArray { Role("primary", primaryRole, Orgs[random.Next(Orgs.Length)]) };
            if (primaryRole == "teacher" && random.Next(4) == 0)
            {
                roles.Add(Role("secondary", "administrator", Orgs[random.Next(Orgs.Length)]));
            }

            if (random.Next(10) == 0)
            {
                roles.Add(Role("secondary", "aide", Orgs[random.Next(Orgs.Length)]));
            }

            user["roles"] = roles;
            if (primaryRole == "student")
            {
                var grades = new JArray { Grades[random.Next(Grades.Length)] };
                if (random.Next(8) == 0)
                {
                    grades.Add(Grades[random.Next(Grades.Length)]);
                }

                user["grades"] = grades;
                if (random.Next(3) != 0)
                {
                    user["metadata"] = new JObject { ["ext:score"] = random.Next(2) == 0 ? new JValue(random.Next(40, 101)) : new JValue(random.Next(400, 1001) / 10.0) };
                }
            }

            return user;
        }

        private static JObject Role(string roleType, string role, string org) => new()
        {
            ["roleType"] = roleType,
            ["role"] = role,
            ["org"] = new JObject { ["href"] = $"https://example.org/orgs/{org}", ["sourcedId"] = org, ["type"] = "org" },
        };

        private static string Pick(Random random, params (string Value, int Weight)[] choices)
        {
            int total = 0;
            foreach ((string _, int weight) in choices)
            {
                total += weight;
            }

            int roll = random.Next(total);
            foreach ((string value, int weight) in choices)
            {
                if ((roll -= weight) < 0)
                {
                    return value;
                }
            }

            return choices[^1].Value;
        }
    }
}
