using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace OneRoster.Tests.Integration
{
    /// <summary>
    /// Hand-built users and results for holding the fake's filter oracle to the client's evaluator: names with
    /// quotes and filter syntax, empty strings, missing fields, role and grade arrays (empty ones too), string and
    /// JSON boolean flags, numeric text (<c>0042</c>, <c>1e5</c>), date-times with offsets and fractions, metadata
    /// numbers, dates, objects and nulls, and JSON number scores.
    /// </summary>
    /// <remarks>
    /// Typed date-time fields hold only forms the client writes back unchanged after reading them into its DTOs
    /// (<c>…Z</c>, <c>….511Z</c>, <c>…+02:00</c>), so a disagreement is about evaluating filters, not about the
    /// client's typing; <see cref="ClientEvaluationFindingsTests"/> pins the typing cases separately.
    /// </remarks>
    internal static class OracleDistrict
    {
        public static IReadOnlyList<JObject> Users { get; } = new[]
        {
            User("u01", "active", "2024-05-01T13:45:00.511Z", "Ann", "O'Brien", "0042", "ann@school.edu", "true", Roles(("primary", "student", "org-1")), Grades("09"),
                new JObject { ["ext:score"] = 87, ["ext:enrolledOn"] = "2024-03-01", ["ext:level"] = new JObject { ["code"] = "A" } }),
            User("u02", "active", "2024-05-01T13:45:00Z", "ann", "Smith", "42", "BEN@District.org", true, Roles(("primary", "teacher", "org-1"), ("secondary", "administrator", "org-2")), null,
                new JObject { ["ext:score"] = 59.5, ["ext:enrolledOn"] = "2024-03-01T10:00:00Z", ["ext:tags"] = new JArray("x", "y") }),
            User("u03", "tobedeleted", "2024-05-01T15:45:00+02:00", "Zoë", "x' OR '1'='1", "7", null, "false", Roles(("primary", "student", "org-2")), Grades("10", "11"),
                new JObject { ["ext:score"] = "80", ["ext:enrolledOn"] = "not a date" }),
            User("u04", "active", "2023-12-31T23:59:59Z", "", "Lee AND Jones", "100", "", false, Roles(("primary", "aide", "org-3")), Grades(), null),
            User("u05", "active", "2024-01-15T08:00:00.25Z", null, "D'Angelo", "abc", "zoe@school.edu", "true", Roles(), Grades("KG"),
                new JObject { ["ext:score"] = "0042", ["ext:level"] = null }),
            User("u06", "active", "2024-06-30T00:00:00Z", "Ben", "", "1e5", "ben@school.edu", "true", Roles(("primary", "ext:tutor", "org-1")), Grades("09"),
                new JObject { ["ext:score"] = 100, ["ext:enrolledOn"] = "2024-09-01" }),
            User("u07", "active", "2024-05-01T11:45:00Z", "Carla", "Smith", "-3.5", "carla@School.EDU", "false", Roles(("primary", "student", "org-1"), ("secondary", "aide", "org-3")), Grades("12"),
                new JObject { ["ext:score"] = "" }),
            User("u08", "tobedeleted", "2024-02-29T12:00:00-05:00", "O'Brien", "Garcia", null, "o'brien@school.edu", true, Roles(("primary", "guardian", "org-2")), null,
                new JObject { ["ext:score"] = -1, ["ext:enrolledOn"] = "2024-02-29T12:00:00-05:00" }),
            User("u09", "active", "2024-11-05T09:30:00.123456Z", "Dmitri", "Müller", "0", "dmitri@district.org", "true", Roles(("primary", "teacher", "org-4")), Grades("09", "09"),
                new JObject()),
            User("u10", "active", "2024-05-01T13:45:00.511Z", "Eve", "smith", "9", "eve@school.edu", "true", Roles(("primary", "student", "org-4")), Grades("10"),
                new JObject { ["ext:score"] = 7, ["ext:enrolledOn"] = "2024-03-01" }),
            User("u11", "active", "2025-01-01T00:00:00Z", "Farah", "Patel", "0042", null, "true", Roles(("primary", "administrator", "org-5")), Grades(),
                new JObject { ["ext:score"] = 87.25 }),
            User("u12", "active", "2024-08-20T07:05:00Z", "Gus", "Nguyen", "12", "gus@school.edu", false, Roles(("primary", "student", "org-5")), Grades("11"),
                null),
        };

        public static IReadOnlyList<JObject> Results { get; } = new[]
        {
            Result("r01", "active", 87, "2024-05-01", "fully graded", "A-", "Good work"),
            Result("r02", "active", 87.5, "2024-05-02", "fully graded", "B+", "It's late"),
            Result("r03", "active", 59.5, "2024-04-30", "partially graded", "C", null),
            Result("r04", "tobedeleted", 100, "2024-06-15", "fully graded", "A+", ""),
            Result("r05", "active", 0, "2024-05-01", "exempt", null, "x' OR '1'='1"),
            Result("r06", "active", null, "2024-05-03", "not submitted", "", "Missing"),
            Result("r07", "active", 92.25, "2023-12-01", "fully graded", "A", "O'Brien's best"),
            Result("r08", "active", -2, "2025-01-10", "submitted", "F", "negative?"),
        };

        public static string Json => new JObject
        {
            ["users"] = new JArray(Users.Select(u => u.DeepClone())),
            ["results"] = new JArray(Results.Select(r => r.DeepClone())),
        }.ToString();

        private static JObject User(
            string id, string status, string modified, string? given, string family, string? identifier, string? email,
            JToken enabled, JArray roles, JArray? grades, JObject? metadata)
        {
            var user = new JObject
            {
                ["sourcedId"] = id,
                ["status"] = status,
                ["dateLastModified"] = modified,
                ["familyName"] = family,
                ["username"] = id + ".user",
                ["enabledUser"] = enabled,
                ["roles"] = roles,
                ["primaryOrg"] = new JObject { ["sourcedId"] = roles.Count > 0 ? roles[0]["org"]!["sourcedId"] : "org-1", ["type"] = "school" },
            };
            Put(user, "givenName", given);
            Put(user, "identifier", identifier);
            Put(user, "email", email);
            if (grades is not null)
            {
                user["grades"] = grades;
            }
            if (metadata is not null)
            {
                user["metadata"] = metadata;
            }
            return user;
        }

        private static JObject Result(string id, string status, double? score, string scoreDate, string scoreStatus, string? textScore, string? comment)
        {
            var result = new JObject
            {
                ["sourcedId"] = id,
                ["status"] = status,
                ["dateLastModified"] = "2024-05-01T12:00:00Z",
                ["lineItem"] = new JObject { ["sourcedId"] = "li-1", ["type"] = "lineItem" },
                ["student"] = new JObject { ["sourcedId"] = "u01", ["type"] = "user" },
                ["scoreStatus"] = scoreStatus,
                ["scoreDate"] = scoreDate,
            };
            if (score is { } value)
            {
                result["score"] = value == System.Math.Floor(value) ? new JValue((long)value) : new JValue(value);
            }
            Put(result, "textScore", textScore);
            Put(result, "comment", comment);
            return result;
        }

        private static JArray Roles(params (string Type, string Role, string Org)[] roles) =>
            new(roles.Select(r => new JObject
            {
                ["roleType"] = r.Type,
                ["role"] = r.Role,
                ["org"] = new JObject { ["sourcedId"] = r.Org, ["type"] = "org" },
            }));

        private static JArray Grades(params string[] grades) => new(grades.Cast<object>().ToArray());

        private static void Put(JObject record, string name, string? value)
        {
            if (value is not null)
            {
                record[name] = value;
            }
        }
    }
}
