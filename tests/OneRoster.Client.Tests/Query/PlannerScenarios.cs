using System.Collections.Generic;
using OneRoster.Models;
using OneRoster.Query;

namespace OneRoster.Tests.Query
{
    /// <summary>Compound filters over <see cref="UserDataSet"/>: what users ask for, beyond what Timeback evaluates in one request.</summary>
    internal static class PlannerScenarios
    {
        public static IReadOnlyList<Filter> All { get; } = new[]
        {
            F("status").EqualTo("active").And(F("enabledUser").EqualTo(true)),
            Filter.AllOf(F("status").EqualTo("active"), F("enabledUser").EqualTo(true), F("grades").EqualTo("09")),
            F("familyName").In("Smith", "Johnson", "O'Brien"),
            F("status").EqualTo("active").And(F("familyName").In("Smith", "Johnson")),
            Filter.AllOf(F("status").EqualTo("active"), F("grades").In("09", "10"), F("enabledUser").EqualTo("true")),
            F("roles.role").EqualTo(UserRole.Teacher),
            F("roles.role").EqualTo(UserRole.Teacher).And(F("status").EqualTo("active")),
            F("roles.role").In(UserRole.Teacher, UserRole.Aide).And(F("dateLastModified").GreaterThanOrEqual(new System.DateOnly(2024, 6, 1))),
            F("status").EqualTo("tobedeleted").Or(F("familyName").EqualTo("Smith").And(F("givenName").EqualTo("Ann"))),
            F("status").EqualTo("tobedeleted").Or(F("enabledUser").EqualTo("false")).And(F("grades").EqualTo("09").Or(F("grades").EqualTo("11"))),
            F("grades").NotIn("09", "10", "11"),
            F("familyName").Contains("son").And(F("status").EqualTo("active")),
            F("familyName").EqualTo("O'Brien").Or(F("familyName").EqualTo("x' OR '1'='1")),
            Filter.AllOf(F("email").Contains("@school"), F("enabledUser").EqualTo("true"), F("status").EqualTo("active"), F("grades").EqualTo("12")),
            F("dateLastModified").GreaterThan(new System.DateTimeOffset(2024, 6, 1, 0, 0, 0, System.TimeSpan.Zero)).And(F("dateLastModified").LessThan(new System.DateOnly(2024, 9, 1))),
            F("metadata.ext:score").GreaterThanOrEqual(80).And(F("status").EqualTo("active")),
            F("metadata.ext:score").GreaterThanOrEqual(80).Or(F("status").EqualTo("tobedeleted")),
            Filter.AllOf(F("roles.org.sourcedId").EqualTo("org-2"), F("roles.role").EqualTo(UserRole.Student), F("grades").EqualTo("09")),
            F("givenName").In("Ann", "Ben", "Carla", "Eve", "Zoë"),
            F("givenName").In("Ann", "Ben", "Carla", "Eve", "Zoë").And(F("status").EqualTo("active")),
            Filter.AllOf(F("familyName").EqualTo("Lee"), F("status").EqualTo("active"), F("enabledUser").EqualTo("true")).Or(F("givenName").EqualTo("Hana")),
            F("identifier").GreaterThan(500).And(F("identifier").LessThan(700)),
            F("username").Contains("ann").Or(F("email").Contains("ann")),
            F("status").NotEqualTo("tobedeleted").And(F("enabledUser").NotEqualTo(false)),
            F("status").EqualTo("active").And(F("roles.role").EqualTo("teacher").Or(F("grades").EqualTo("12"))),
            Filter.AllOf(F("familyName").In("Smith", "Lee"), F("givenName").In("Ann", "Ben", "Mia"), F("status").EqualTo("active")),
            F("grades").In("09", "10").And(F("familyName").In("Smith", "Lee", "Garcia")),
            F("sourcedId").In(Ids(1, 20)),
            F("sourcedId").In(Ids(5, 40)),
            Filter.AnyOf(F("enabledUser").EqualTo(true), F("enabledUser").EqualTo(false), F("status").EqualTo("active")),
            F("dateLastModified").GreaterThanOrEqual(new System.DateOnly(2024, 1, 1)).And(F("roles.role").NotIn(UserRole.Student, UserRole.Guardian)),
            Filter.AllOf(F("familyName").GreaterThanOrEqual("M"), F("familyName").LessThan("P"), F("status").EqualTo("active")),
            Filter.Parse("status='active' AND (grades='09' OR grades='10' OR grades='11')"),
            Filter.Parse("familyName~'an' and givenName~'a'"),
            F("status").EqualTo("active").And(F("familyName").EqualTo("Smith").Or(F("givenName").EqualTo("Ann").And(F("grades").EqualTo("09")))),
            F("familyName").Contains("'").And(F("enabledUser").EqualTo(true)),
            F("familyName").NotIn("O'Brien", "D'Angelo").And(F("status").EqualTo("active")),
            F("familyName").EqualTo("Smith AND Jones").Or(F("givenName").Contains("zoë")),
            Filter.Parse("metadata.ext:score>'59.5' AND metadata.ext:score<'70' OR roles.role='ext:tutor'"),
            Filter.AllOf(F("roles.role").EqualTo("teacher"), F("roles.role").EqualTo("administrator"), F("status").EqualTo("active"), F("email").Contains("district")),
        };

        private static FieldFilterBuilder F(string name) => Filter.Field(name);

        private static string[] Ids(int from, int count)
        {
            var ids = new string[count];
            for (int i = 0; i < count; i++)
            {
                ids[i] = $"user-{from + (i * 3):D4}";
            }

            return ids;
        }
    }
}
