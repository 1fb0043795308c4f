using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;

namespace OneRoster.Tests.Client.Collections
{
    /// <summary>Every nested list of the facade reaches the path the spec (or Timeback) defines and unwraps its envelope.</summary>
    [TestFixture]
    public class NestedListTests
    {
        private const string R = "/ims/oneroster/rostering/v1p2";
        private const string G = "/ims/oneroster/gradebook/v1p2";
        private const string S = "/ims/oneroster/resources/v1p2";

        public static IEnumerable<TestCaseData> Lists()
        {
            yield return Row("Schools[s].Classes", c => c.Schools["s"].Classes.ListAsync(), R + "/schools/s/classes", "classes");
            yield return Row("Schools[s].Students", c => c.Schools["s"].Students.ListAsync(), R + "/schools/s/students", "users");
            yield return Row("Schools[s].Teachers", c => c.Schools["s"].Teachers.ListAsync(), R + "/schools/s/teachers", "users");
            yield return Row("Schools[s].Courses", c => c.Schools["s"].Courses.ListAsync(), R + "/schools/s/courses", "courses");
            yield return Row("Schools[s].Terms", c => c.Schools["s"].Terms.ListAsync(), R + "/schools/s/terms", "academicSessions");
            yield return Row("Schools[s].Enrollments", c => c.Schools["s"].Enrollments.ListAsync(), R + "/schools/s/enrollments", "enrollments");
            yield return Row("Schools[s].LineItems", c => c.Schools["s"].LineItems.ListAsync(), G + "/schools/s/lineItems", "lineItems");
            yield return Row("Schools[s].ScoreScales", c => c.Schools["s"].ScoreScales.ListAsync(), G + "/schools/s/scoreScales", "scoreScales");
            yield return Row("Schools[s].Classes[c].Students", c => c.Schools["s"].Classes["c"].Students.ListAsync(), R + "/schools/s/classes/c/students", "users");
            yield return Row("Schools[s].Classes[c].Teachers", c => c.Schools["s"].Classes["c"].Teachers.ListAsync(), R + "/schools/s/classes/c/teachers", "users");
            yield return Row("Schools[s].Classes[c].Enrollments", c => c.Schools["s"].Classes["c"].Enrollments.ListAsync(), R + "/schools/s/classes/c/enrollments", "enrollments");
            yield return Row("Classes[c].Students", c => c.Classes["c"].Students.ListAsync(), R + "/classes/c/students", "users");
            yield return Row("Classes[c].Students (Timeback key)", c => c.Classes["c"].Students.ListAsync(), R + "/classes/c/students", "students");
            yield return Row("Classes[c].Teachers", c => c.Classes["c"].Teachers.ListAsync(), R + "/classes/c/teachers", "users");
            yield return Row("Classes[c].LineItems", c => c.Classes["c"].LineItems.ListAsync(), G + "/classes/c/lineItems", "lineItems");
            yield return Row("Classes[c].Results", c => c.Classes["c"].Results.ListAsync(), G + "/classes/c/results", "results");
            yield return Row("Classes[c].Categories", c => c.Classes["c"].Categories.ListAsync(), G + "/classes/c/categories", "categories");
            yield return Row("Classes[c].ScoreScales", c => c.Classes["c"].ScoreScales.ListAsync(), G + "/classes/c/scoreScales", "scoreScales");
            yield return Row("Classes[c].Resources", c => c.Classes["c"].Resources.ListAsync(), S + "/classes/c/resources", "resources");
            yield return Row("Classes[c].Resources (Timeback)", c => c.Classes["c"].Resources.ListAsync(), S + "/resources/classes/c/resources", "resources", timeback: true);
            yield return Row("Classes[c].Students[u].Results", c => c.Classes["c"].Students["u"].Results.ListAsync(), G + "/classes/c/students/u/results", "results");
            yield return Row("Classes[c].LineItems[li].Results", c => c.Classes["c"].LineItems["li"].Results.ListAsync(), G + "/classes/c/lineItems/li/results", "results");
            yield return Row("Users[u].Classes", c => c.Users["u"].Classes.ListAsync(), R + "/users/u/classes", "classes");
            yield return Row("Users[u].Resources", c => c.Users["u"].Resources.ListAsync(), S + "/users/u/resources", "resources");
            yield return Row("Users[u].Resources (Timeback)", c => c.Users["u"].Resources.ListAsync(), S + "/resources/users/u/resources", "resources", timeback: true);
            yield return Row("Students[u].Classes", c => c.Students["u"].Classes.ListAsync(), R + "/students/u/classes", "classes");
            yield return Row("Teachers[u].Classes", c => c.Teachers["u"].Classes.ListAsync(), R + "/teachers/u/classes", "classes");
            yield return Row("Terms[t].Classes", c => c.Terms["t"].Classes.ListAsync(), R + "/terms/t/classes", "classes");
            yield return Row("Terms[t].GradingPeriods", c => c.Terms["t"].GradingPeriods.ListAsync(), R + "/terms/t/gradingPeriods", "academicSessions");
            yield return Row("Terms[t].GradingPeriods (Timeback key)", c => c.Terms["t"].GradingPeriods.ListAsync(), R + "/terms/t/gradingPeriods", "gradingPeriods");
            yield return Row("Courses[co].Classes", c => c.Courses["co"].Classes.ListAsync(), R + "/courses/co/classes", "classes");
            yield return Row("Courses[co].Resources", c => c.Courses["co"].Resources.ListAsync(), S + "/courses/co/resources", "resources");
            yield return Row("Courses[co].Resources (Timeback)", c => c.Courses["co"].Resources.ListAsync(), S + "/resources/courses/co/resources", "resources", timeback: true);
        }

        [TestCaseSource(nameof(Lists))]
        public async Task Nested_list_reads_its_path_and_returns_the_records(Func<OneRosterClient, Task<object>> list, string path, string key, bool timeback)
        {
            using var provider = new FakeProvider().WithTokens();
            provider.WithSequence(path, "GET", FakeProvider.Status(200, $"{{\"{key}\":[{{\"sourcedId\":\"r1\"}},{{\"sourcedId\":\"r2\"}}]}}"));
            using var client = provider.CreateClient(o => o.Provider = timeback ? OneRosterProvider.Timeback : OneRosterProvider.Standard);

            var page = await list(client);

            Assert.That(provider.Count(path), Is.EqualTo(1));
            var items = ((System.Collections.IEnumerable)page.GetType().GetProperty("Items")!.GetValue(page)!).Cast<object>().ToList();
            Assert.That(items.Select(i => i.GetType().GetProperty("SourcedId")!.GetValue(i)), Is.EqualTo(new[] { "r1", "r2" }));
        }

        private static TestCaseData Row<T>(string name, Func<OneRosterClient, Task<OneRoster.Paging.Page<T>>> list, string path, string key, bool timeback = false) =>
            new TestCaseData((Func<OneRosterClient, Task<object>>)(async c => await list(c)), path, key, timeback).SetArgDisplayNames(name);
    }
}
