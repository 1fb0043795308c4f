using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using OneRoster.Collections;
using static OneRoster.Testing.FakeCollections;

namespace OneRoster.Tests.Integration
{
    /// <summary>A nested list of the facade's scopes, the parents it can be opened on, and what it must hold there.</summary>
    public sealed record NestedList(
        string Name,
        Func<DistrictSnapshot, IEnumerable<string[]>> Parents,
        Func<OneRosterClient, string[], Task<List<string>>> StreamIds,
        Func<DistrictSnapshot, string[], IEnumerable<string>> Expected)
    {
        public override string ToString() => Name;
    }

    /// <summary>Every nested list on the facade's scopes, with the relation the fake serves it from.</summary>
    internal static class NestedLists
    {
        public static IReadOnlyList<NestedList> All { get; } = new[]
        {
            Of("Schools[s].Classes", Schools, (c, p) => c.Schools[p[0]].Classes, (d, p) => d.IdsWhere(Classes, $"school.sourcedId='{p[0]}'")),
            Of("Schools[s].Students", Schools, (c, p) => c.Schools[p[0]].Students, (d, p) => d.UsersWithRoleAt("student", p[0])),
            Of("Schools[s].Teachers", Schools, (c, p) => c.Schools[p[0]].Teachers, (d, p) => d.UsersWithRoleAt("teacher", p[0])),
            Of("Schools[s].Courses", Schools, (c, p) => c.Schools[p[0]].Courses, (d, p) => d.IdsWhere(Courses, $"org.sourcedId='{p[0]}'")),
            Of("Schools[s].Terms", Schools, (c, p) => c.Schools[p[0]].Terms, (d, p) => d.IdsWhere(AcademicSessions, $"type='term' AND org.sourcedId='{p[0]}'")),
            Of("Schools[s].Enrollments", Schools, (c, p) => c.Schools[p[0]].Enrollments, (d, p) => d.IdsWhere(Enrollments, $"school.sourcedId='{p[0]}'")),
            Of("Schools[s].LineItems", Schools, (c, p) => c.Schools[p[0]].LineItems, (d, p) => d.IdsWhere(LineItems, $"school.sourcedId='{p[0]}'")),
            Of("Schools[s].ScoreScales", Schools, (c, p) => c.Schools[p[0]].ScoreScales, ScoreScalesOfSchool),
            Of("Schools[s].Classes[c].Students", ClassesInSchools, (c, p) => c.Schools[p[0]].Classes[p[1]].Students,
                (d, p) => d.Enrolled($"class.sourcedId='{p[1]}' AND role='student'", "user")),
            Of("Schools[s].Classes[c].Teachers", ClassesInSchools, (c, p) => c.Schools[p[0]].Classes[p[1]].Teachers,
                (d, p) => d.Enrolled($"class.sourcedId='{p[1]}' AND role='teacher'", "user")),
            Of("Schools[s].Classes[c].Enrollments", ClassesInSchools, (c, p) => c.Schools[p[0]].Classes[p[1]].Enrollments,
                (d, p) => d.IdsWhere(Enrollments, $"class.sourcedId='{p[1]}'")),
            Of("Classes[c].Students", AllClasses, (c, p) => c.Classes[p[0]].Students, (d, p) => d.Enrolled($"class.sourcedId='{p[0]}' AND role='student'", "user")),
            Of("Classes[c].Teachers", AllClasses, (c, p) => c.Classes[p[0]].Teachers, (d, p) => d.Enrolled($"class.sourcedId='{p[0]}' AND role='teacher'", "user")),
            Of("Classes[c].LineItems", AllClasses, (c, p) => c.Classes[p[0]].LineItems, (d, p) => d.IdsWhere(LineItems, $"class.sourcedId='{p[0]}'")),
            Of("Classes[c].Results", AllClasses, (c, p) => c.Classes[p[0]].Results, (d, p) => d.IdsWhere(Results, $"class.sourcedId='{p[0]}'")),
            Of("Classes[c].Categories", AllClasses, (c, p) => c.Classes[p[0]].Categories,
                (d, p) => d.Where(LineItems, $"class.sourcedId='{p[0]}'").Select(li => (string)li["category"]!["sourcedId"]!).Distinct()),
            Of("Classes[c].ScoreScales", AllClasses, (c, p) => c.Classes[p[0]].ScoreScales, ScoreScalesOfClass),
            Of("Classes[c].Resources", AllClasses, (c, p) => c.Classes[p[0]].Resources, (d, p) => d.RefsOf(Classes, p[0], "resources[*].sourcedId")),
            Of("Classes[c].LineItems[li].Results", d => d[LineItems].Where(li => li["class"] is JObject).Select(li => new[] { Ref(li, "class"), Id(li) }),
                (c, p) => c.Classes[p[0]].LineItems[p[1]].Results,
                (d, p) => d.IdsWhere(Results, $"class.sourcedId='{p[0]}' AND lineItem.sourcedId='{p[1]}'")),
            Of("Classes[c].Students[u].Results", d => d.Where(Enrollments, "role='student'").Select(e => new[] { Ref(e, "class"), Ref(e, "user") }),
                (c, p) => c.Classes[p[0]].Students[p[1]].Results,
                (d, p) => d.IdsWhere(Results, $"class.sourcedId='{p[0]}' AND student.sourcedId='{p[1]}'")),
            Of("Users[u].Classes", d => Single(d, Users, null), (c, p) => c.Users[p[0]].Classes, (d, p) => d.Enrolled($"user.sourcedId='{p[0]}'", "class")),
            Of("Users[u].Resources", d => Single(d, Users, null), (c, p) => c.Users[p[0]].Resources, (d, p) => d.RefsOf(Users, p[0], "resources[*].sourcedId")),
            Of("Students[u].Classes", d => Single(d, Users, "roles.role='student'"), (c, p) => c.Students[p[0]].Classes,
                (d, p) => d.Enrolled($"user.sourcedId='{p[0]}'", "class")),
            Of("Teachers[u].Classes", d => Single(d, Users, "roles.role='teacher'"), (c, p) => c.Teachers[p[0]].Classes,
                (d, p) => d.Enrolled($"user.sourcedId='{p[0]}'", "class")),
            Of("Terms[t].Classes", d => Single(d, AcademicSessions, "type='term'"), (c, p) => c.Terms[p[0]].Classes,
                (d, p) => d.IdsWhere(Classes, $"terms.sourcedId='{p[0]}'")),
            Of("Terms[t].GradingPeriods", d => Single(d, AcademicSessions, "type='term'"), (c, p) => c.Terms[p[0]].GradingPeriods,
                (d, p) => d.IdsWhere(AcademicSessions, $"type='gradingPeriod' AND parent.sourcedId='{p[0]}'")),
            Of("Courses[co].Classes", d => Single(d, Courses, null), (c, p) => c.Courses[p[0]].Classes, (d, p) => d.IdsWhere(Classes, $"course.sourcedId='{p[0]}'")),
            Of("Courses[co].Resources", d => Single(d, Courses, null), (c, p) => c.Courses[p[0]].Resources, (d, p) => d.RefsOf(Courses, p[0], "resources[*].sourcedId")),
        };

        private static NestedList Of<T>(
            string name,
            Func<DistrictSnapshot, IEnumerable<string[]>> parents,
            Func<OneRosterClient, string[], RecordList<T>> list,
            Func<DistrictSnapshot, string[], IEnumerable<string>> expected)
            where T : class =>
            new(name, parents, async (c, p) => (await list(c, p).ToListAsync()).Select(r => FacadeArea.IdOf(r)!).ToList(), expected);

        private static IEnumerable<string[]> Schools(DistrictSnapshot d) => Single(d, Orgs, "type='school'");

        private static IEnumerable<string[]> AllClasses(DistrictSnapshot d) => Single(d, Classes, null);

        private static IEnumerable<string[]> ClassesInSchools(DistrictSnapshot d) => d[Classes].Select(c => new[] { Ref(c, "school"), Id(c) });

        private static IEnumerable<string[]> Single(DistrictSnapshot d, string collection, string? filter) =>
            d.IdsWhere(collection, filter).Select(id => new[] { id });

        private static IEnumerable<string> ScoreScalesOfClass(DistrictSnapshot d, string[] p)
        {
            var course = d.RefsOf(Classes, p[0], "course.sourcedId").Single();
            return d.IdsWhere(ScoreScales, $"class.sourcedId='{p[0]}' OR course.sourcedId='{course}'");
        }

        private static IEnumerable<string> ScoreScalesOfSchool(DistrictSnapshot d, string[] p)
        {
            var courses = d.IdsWhere(Courses, $"org.sourcedId='{p[0]}'").ToHashSet();
            var classes = d.IdsWhere(Classes, $"school.sourcedId='{p[0]}'").ToHashSet();
            return DistrictSnapshot.Ids(d[ScoreScales].Where(s =>
                (s["course"]?["sourcedId"] is JValue co && courses.Contains((string)co!)) || (s["class"]?["sourcedId"] is JValue cl && classes.Contains((string)cl!))));
        }

        private static string Id(JObject record) => (string)record["sourcedId"]!;

        private static string Ref(JObject record, string field) => (string)record[field]!["sourcedId"]!;
    }
}
