using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Collections;
using OneRoster.Gradebook;
using OneRoster.Rostering;

namespace OneRoster.Tests.Serialization
{
    /// <summary>
    /// OneRoster 1.1 records read into the 1.2 DTOs under a 1.1 profile (<see cref="OneRosterProvider.ClassLink"/>),
    /// by every way a record is read: one record (<c>GetAsync</c>), a page (<c>ListAsync</c>) and a stream.
    /// </summary>
    [TestFixture]
    public class OneRoster11ReadingTests
    {
        public enum ReadPath
        {
            Get,
            List,
            Stream,
        }

        private const string TeacherAtTwoSchools = """
            {"sourcedId":"u-1","status":"active","username":"jdoe","enabledUser":"TRUE","givenName":"Jo","familyName":"Doe",
             "role":"teacher","orgs":[{"href":"https://sis.test/orgs/s-1","sourcedId":"s-1","type":"org"},{"href":"https://sis.test/orgs/s-2","sourcedId":"s-2","type":"org"}],
             "userIds":[{"type":"SIS","identifier":"T-7"}],"grades":"09,10","agents":[{"sourcedId":"u-9","type":"user"}],
             "x-district-code":"north","metadata":{"legacy":"1"}}
            """;

        [Test]
        public async Task User_with_role_and_several_orgs_reads_as_one_assignment_per_org_and_the_first_org_as_primary([Values] ReadPath path)
        {
            var user = await Read(path, c => c.Users, "users", "user", TeacherAtTwoSchools);

            Assert.That(user.Roles!.Select(r => (r.RoleType, r.Role, r.Org?.SourcedId)), Is.EqualTo(new[]
            {
                ("primary", "teacher", "s-1"),
                ("secondary", "teacher", "s-2"),
            }));
            Assert.That(user.Roles![1].Org!.Href, Is.EqualTo(new Uri("https://sis.test/orgs/s-2")));
            Assert.That(user.PrimaryOrg?.SourcedId, Is.EqualTo("s-1"));
            Assert.That(user.EnabledUser, Is.EqualTo("true"));
            Assert.That(user.Grades, Is.EqualTo(new[] { "09", "10" }));
            Assert.That(user.UserIds!.Single().Identifier, Is.EqualTo("T-7"));
            Assert.That(user.Agents!.Single().SourcedId, Is.EqualTo("u-9"));
            Assert.That(user.AdditionalProperties.Keys, Is.EquivalentTo(new[] { "x-district-code" }), "unknown fields kept, role and orgs consumed");
            Assert.That(user.AdditionalProperties["x-district-code"], Is.EqualTo("north"));
        }

        [Test]
        public async Task The_same_user_under_a_1p2_profile_is_not_rewritten()
        {
            // The control: the 1.2 path reads what is sent, so role and orgs stay unknown fields and there are no roles.
            // Without grades, which the 1.2 path cannot read as text.
            var provider = new OneRoster11Provider("users", "user", TeacherAtTwoSchools.Replace("\"grades\":\"09,10\",", string.Empty, StringComparison.Ordinal));
            using var client = provider.CreateClient(OneRosterProvider.Standard);

            var user = await client.Users.GetAsync("u-1");

            Assert.That(user.Roles, Is.Null);
            Assert.That(user.PrimaryOrg, Is.Null);
            Assert.That(user.AdditionalProperties.Keys, Is.SupersetOf(new[] { "role", "orgs" }));
        }

        private static IEnumerable<TestCaseData> Mappings()
        {
            foreach (var path in Enum.GetValues<ReadPath>())
            {
                yield return Case<User>(path, "user without orgs: one primary assignment, no primary org", c => c.Users, "users", "user",
                    """{"sourcedId":"p-1","role":"parent","enabledUser":"false"}""",
                    u =>
                    {
                        Assert.That(u.Roles!.Select(r => (r.RoleType, r.Role, r.Org)), Is.EqualTo(new[] { ("primary", "parent", (Rostering.GuidRef?)null) }));
                        Assert.That(u.PrimaryOrg, Is.Null);
                        Assert.That(u.EnabledUser, Is.EqualTo("false"));
                    });
                yield return Case<User>(path, "user 1.1 administrator kept as sent", c => c.Users, "users", "user",
                    """{"sourcedId":"a-1","role":"administrator","orgs":[{"sourcedId":"d-1","type":"org"}]}""",
                    u => Assert.That(u.Roles!.Single().Role, Is.EqualTo("administrator")));
                yield return Case<User>(path, "user already sending roles is left alone", c => c.Users, "users", "user",
                    """{"sourcedId":"h-1","role":"teacher","roles":[{"roleType":"primary","role":"aide","org":{"sourcedId":"s-3","type":"org"}}]}""",
                    u =>
                    {
                        Assert.That(u.Roles!.Single().Role, Is.EqualTo("aide"));
                        Assert.That(u.AdditionalProperties["role"], Is.EqualTo("teacher"));
                    });
                yield return Case<Class>(path, "class periods and subjects as text, term references typed term", c => c.Classes, "classes", "class",
                    """{"sourcedId":"c-1","title":"Algebra","classType":"scheduled","periods":"1, 2","subjects":["math"],"subjectCodes":"27.01","course":{"sourcedId":"co-1","type":"course"},"school":{"sourcedId":"s-1","type":"org"},"terms":[{"sourcedId":"t-1","type":"term"}],"room":"B12"}""",
                    c =>
                    {
                        Assert.That(c.Periods, Is.EqualTo(new[] { "1", "2" }));
                        Assert.That(c.Subjects, Is.EqualTo(new[] { "math" }));
                        Assert.That(c.SubjectCodes, Is.EqualTo(new[] { "27.01" }));
                        Assert.That(c.Terms!.Single().Type, Is.EqualTo("academicSession"));
                        Assert.That(c.Course!.Type, Is.EqualTo("course"));
                        Assert.That(c.AdditionalProperties["room"], Is.EqualTo("B12"));
                    });
                yield return Case<AcademicSession>(path, "grading period under a term: type kept, parent retyped", c => c.AcademicSessions, "academicSessions", "academicSession",
                    """{"sourcedId":"gp-1","title":"Q1","type":"gradingPeriod","startDate":"2025-08-20","endDate":"2025-10-31","schoolYear":"2026","parent":{"sourcedId":"t-1","type":"term"},"children":[]}""",
                    s =>
                    {
                        Assert.That(s.Type, Is.EqualTo("gradingPeriod"));
                        Assert.That(s.Parent!.Type, Is.EqualTo("academicSession"));
                        Assert.That(s.SchoolYear, Is.EqualTo("2026"));
                        Assert.That(s.StartDate, Is.EqualTo(new DateOnly(2025, 8, 20)));
                    });
                yield return Case<Enrollment>(path, "enrollment: student reference retyped, primary in upper case", c => c.Enrollments, "enrollments", "enrollment",
                    """{"sourcedId":"e-1","role":"student","primary":"FALSE","user":{"sourcedId":"u-2","type":"student"},"class":{"sourcedId":"c-1","type":"class"}}""",
                    e =>
                    {
                        Assert.That(e.User!.Type, Is.EqualTo("user"));
                        Assert.That(e.Primary, Is.EqualTo("false"));
                        Assert.That(e.Role, Is.EqualTo("student"));
                    });
                yield return Case<LineItem>(path, "line item: gradingPeriod also read as academicSession", c => c.LineItems, "lineItems", "lineItem",
                    """{"sourcedId":"li-1","title":"Quiz 1","assignDate":"2025-09-01T00:00:00Z","dueDate":"2025-09-08T00:00:00Z","class":{"sourcedId":"c-1","type":"class"},"category":{"sourcedId":"cat-1","type":"category"},"gradingPeriod":{"sourcedId":"gp-1","type":"gradingPeriod"},"resultValueMin":0,"resultValueMax":"100"}""",
                    l =>
                    {
                        Assert.That(l.AcademicSession?.SourcedId, Is.EqualTo("gp-1"));
                        Assert.That(l.AcademicSession!.Type, Is.EqualTo("academicSession"));
                        Assert.That(l.GradingPeriod?.SourcedId, Is.EqualTo("gp-1"));
                        Assert.That(l.ResultValueMax, Is.EqualTo(100));
                        Assert.That(l.DueDate, Is.EqualTo(new DateTimeOffset(2025, 9, 8, 0, 0, 0, TimeSpan.Zero)));
                    });
                yield return Case<Result>(path, "result: 1.1 score status, student typed student", c => c.Results, "results", "result",
                    """{"sourcedId":"r-1","lineItem":{"sourcedId":"li-1","type":"lineItem"},"student":{"sourcedId":"u-2","type":"student"},"scoreStatus":"partially graded","score":"87.5","scoreDate":"2025-09-09","comment":"late start","x-rubric":"r2"}""",
                    r =>
                    {
                        Assert.That(r.Student!.Type, Is.EqualTo("user"));
                        Assert.That(r.ScoreStatus, Is.EqualTo("partially graded"));
                        Assert.That(r.Score, Is.EqualTo(87.5));
                        Assert.That(r.Comment, Is.EqualTo("late start"));
                        Assert.That(r.AdditionalProperties["x-rubric"], Is.EqualTo("r2"));
                    });
            }
        }

        [TestCaseSource(nameof(Mappings))]
        public async Task A_1p1_record_reads_into_the_1p2_dto(Func<Task> read) => await read();

        private static TestCaseData Case<T>(ReadPath path, string name, Func<OneRosterClient, RecordCollection<T>> collection, string plural, string singular, string json, Action<T> check)
            where T : class =>
            new TestCaseData((Func<Task>)(async () => check(await Read(path, collection, plural, singular, json)))).SetArgDisplayNames($"{name} ({path})");

        private static async Task<T> Read<T>(ReadPath path, Func<OneRosterClient, RecordCollection<T>> collection, string plural, string singular, string json)
            where T : class
        {
            var provider = new OneRoster11Provider(plural, singular, json);
            using var client = provider.CreateClient();
            var records = collection(client);
            return path switch
            {
                ReadPath.Get => await records.GetAsync("id-1"),
                ReadPath.List => (await records.ListAsync()).Items.Single(),
                _ => (await records.ToListAsync()).Single(),
            };
        }
    }
}
