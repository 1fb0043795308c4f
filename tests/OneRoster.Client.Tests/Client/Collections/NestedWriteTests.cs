using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using Newtonsoft.Json.Linq;
using OneRoster.Gradebook;
using OneRoster.Models;
using OneRoster.Rostering;

namespace OneRoster.Tests.Client.Collections
{
    /// <summary>The nested writes: enrollment, result and line item posting, resource assignment, demographics.</summary>
    [TestFixture]
    public class NestedWriteTests : ProviderFixture
    {
        private const string R = "/ims/oneroster/rostering/v1p2";
        private const string G = "/ims/oneroster/gradebook/v1p2";
        private const string S = "/ims/oneroster/resources/v1p2";

        [TestCase("student", R + "/classes/c-1/students")]
        [TestCase("teacher", R + "/classes/c-1/teachers")]
        public async Task EnrollAsync_uses_the_add_student_or_teacher_endpoint(string role, string path)
        {
            Provider.WithSequence(path, "POST", FakeProvider.Status(201, "{\"sourcedIdPairs\":{\"suppliedSourcedId\":\"x\",\"allocatedSourcedId\":\"enr-9\"}}"));

            var id = await Client.Classes["c-1"].EnrollAsync("u-1", (EnrollmentRole)role, primary: true);

            var body = Body(path, "POST");
            Assert.That((string?)body["enrollment"]!["user"]!["sourcedId"], Is.EqualTo("u-1"));
            Assert.That((string?)body["enrollment"]!["primary"], Is.EqualTo("true"));
            Assert.That(id, Is.EqualTo("enr-9"));
        }

        [Test]
        public async Task EnrollAsync_with_another_role_creates_an_enrollment_record()
        {
            Provider.WithSequence(R + "/enrollments", "POST", FakeProvider.Status(201, "{\"sourcedIdPairs\":[{\"suppliedSourcedId\":\"x\",\"allocatedSourcedId\":\"enr-3\"}]}"));

            var id = await Client.Classes["c-1"].EnrollAsync("u-2", EnrollmentRole.Proctor);

            var enrollment = Body(R + "/enrollments", "POST")["enrollment"]!;
            Assert.That((string?)enrollment["role"], Is.EqualTo("proctor"));
            Assert.That((string?)enrollment["class"]!["sourcedId"], Is.EqualTo("c-1"));
            Assert.That((string?)enrollment["user"]!["sourcedId"], Is.EqualTo("u-2"));
            Assert.That(id, Is.EqualTo("enr-3"));
        }

        [Test]
        public async Task PostResultsAsync_for_a_class_session_posts_the_result_list()
        {
            var path = G + "/classes/c-1/academicSessions/t-1/results";
            Provider.WithSequence(path, "POST", FakeProvider.Status(201, "{\"sourcedIdPairs\":[{\"suppliedSourcedId\":\"r-1\",\"allocatedSourcedId\":\"R-1\"}]}"));

            var pairs = await Client.Classes["c-1"].AcademicSessions["t-1"].PostResultsAsync(new[] { new Result { SourcedId = "r-1", Score = 90f } });

            Assert.That(Body(path, "POST")["results"]!.Select(r => (string?)r["sourcedId"]), Is.EqualTo(new[] { "r-1" }));
            Assert.That(pairs.Single().AllocatedSourcedId, Is.EqualTo("R-1"));
        }

        [Test]
        public async Task PostResultsAsync_for_a_line_item_posts_the_result_list()
        {
            var path = G + "/lineItems/li-1/results";
            Provider.WithSequence(path, "POST", FakeProvider.Status(201));

            var pairs = await Client.LineItems["li-1"].PostResultsAsync(new[] { new Result { SourcedId = "r-2" } });

            Assert.That(Body(path, "POST")["results"]![0]!["sourcedId"]!.ToString(), Is.EqualTo("r-2"));
            Assert.That(pairs, Is.Empty);
        }

        [Test]
        public async Task PostLineItemsAsync_posts_to_the_class_and_the_school()
        {
            Provider.WithSequence(G + "/classes/c-1/lineItems", "POST", FakeProvider.Status(201));
            Provider.WithSequence(G + "/schools/s-1/lineItems", "POST", FakeProvider.Status(201));

            await Client.Classes["c-1"].PostLineItemsAsync(new[] { new LineItem { SourcedId = "li-1", Title = "Quiz" } });
            await Client.Schools["s-1"].PostLineItemsAsync(new[] { new LineItem { SourcedId = "li-2", Title = "Exam" } });

            Assert.That((string?)Body(G + "/classes/c-1/lineItems", "POST")["lineItems"]![0]!["title"], Is.EqualTo("Quiz"));
            Assert.That((string?)Body(G + "/schools/s-1/lineItems", "POST")["lineItems"]![0]!["title"], Is.EqualTo("Exam"));
        }

        [Test]
        public async Task Resource_assignment_and_removal_use_Timebacks_paths()
        {
            Provider.WithSequence(S + "/resources/classes/c-1/resources", "POST", FakeProvider.Status(201, "{}"));
            Provider.WithSequence(S + "/resources/courses/co-1/resources", "POST", FakeProvider.Status(201, "{}"));
            Provider.WithSequence(S + "/resources/users/u-1/resources", "POST", FakeProvider.Status(201, "{}"));
            Provider.WithSequence(S + "/resources/classes/c-1/resources/r-1", "DELETE", FakeProvider.Status(204));
            Provider.WithSequence(S + "/resources/courses/co-1/resources/r-1", "DELETE", FakeProvider.Status(204));
            Provider.WithSequence(S + "/resources/users/u-1/resources/r-1", "DELETE", FakeProvider.Status(204));

            await Client.Resources.AssignToClassAsync("r-1", "c-1");
            await Client.Resources.AssignToCourseAsync("r-1", "co-1");
            await Client.Resources.AssignToUserAsync("r-1", "u-1");
            await Client.Resources.RemoveFromClassAsync("r-1", "c-1");
            await Client.Resources.RemoveFromCourseAsync("r-1", "co-1");
            await Client.Resources.RemoveFromUserAsync("r-1", "u-1");

            Assert.That((string?)Body(S + "/resources/classes/c-1/resources", "POST")["resource"]!["sourcedId"], Is.EqualTo("r-1"));
            Assert.That(Provider.Count(S + "/resources/users/u-1/resources/r-1"), Is.EqualTo(1));
        }

        [Test]
        public async Task Demographics_of_a_user_come_from_the_demographics_endpoint_on_standardProviders()
        {
            Provider.WithSequence(R + "/demographics/u-1", "GET", FakeProvider.Status(200, "{\"demographics\":{\"sourcedId\":\"u-1\",\"sex\":\"female\"}}"));

            var demographics = await Client.Users["u-1"].GetDemographicsAsync();

            Assert.That(demographics.Sex, Is.EqualTo("female"));
        }

        [Test]
        public async Task Demographics_of_a_user_come_from_the_user_on_Timeback()
        {
            using var client = Provider.CreateClient(o => o.Provider = OneRosterProvider.Timeback);
            Provider.WithSequence(R + "/users/u-1/demographics", "GET", FakeProvider.Status(200, "{\"user\":{\"sourcedId\":\"u-1\",\"demographics\":{\"sourcedId\":\"u-1\",\"sex\":\"male\"}}}"));

            var demographics = await client.Users["u-1"].GetDemographicsAsync();

            Assert.That(demographics.Sex, Is.EqualTo("male"));
        }

        [Test]
        public async Task Grading_period_is_created_under_its_term()
        {
            Provider.WithSequence(R + "/terms/t-1/gradingPeriods", "POST", FakeProvider.Status(201, "{\"academicSession\":{\"sourcedId\":\"gp-7\"}}"));

            var id = await Client.Terms["t-1"].CreateGradingPeriodAsync(new AcademicSession { SourcedId = "gp-new", Title = "Q1", Type = SessionType.GradingPeriod });

            Assert.That((string?)Body(R + "/terms/t-1/gradingPeriods", "POST")["academicSession"]!["type"], Is.EqualTo("gradingPeriod"));
            Assert.That(id, Is.EqualTo("gp-7"));
        }

        private JObject Body(string path, string method) =>
            JObject.Parse(Provider.Server.LogEntries.Single(e => e.RequestMessage.Path == path && e.RequestMessage.Method == method).RequestMessage.Body!);
    }
}
