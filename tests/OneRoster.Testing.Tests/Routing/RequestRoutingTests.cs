using System.Linq;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using NUnit.Framework;
using OneRoster.Testing.Tests.Support;

namespace OneRoster.Testing.Tests.Routing
{
    /// <summary>How paths are matched: unknown paths and methods, trailing slashes, encoded ids, the request log.</summary>
    public class RequestRoutingTests : FakeServerFixture
    {
        [Test]
        public async Task An_unknown_path_is_404_with_status_info()
        {
            var response = await Api.GetAsync(Paths.Rostering + "widgets");
            Assert.That(response.Status, Is.EqualTo(404));
            Assert.That(response.CodeMinor, Is.EqualTo("unknownobject"));
        }

        [Test]
        public async Task A_method_the_path_does_not_support_is_405_with_Allow()
        {
            var response = await Api.DeleteAsync(Paths.Rostering + "students/usr-0020");
            Assert.That(response.Status, Is.EqualTo(405));
            Assert.That(response.Header("Allow"), Is.EqualTo("GET"));
        }

        [Test]
        public async Task A_trailing_slash_as_in_Timebacks_published_paths_is_accepted()
        {
            var response = await Api.GetAsync(Paths.Rostering + "users/?limit=1");
            Assert.That(response.Status, Is.EqualTo(200));
        }

        [Test]
        public async Task Ids_with_reserved_characters_travel_percent_encoded_in_one_segment()
        {
            Fake.Data.Add("users", new JObject { ["sourcedId"] = "user/with?odd#chars %", ["givenName"] = "Odd" });
            var response = await Api.GetAsync(Paths.Rostering + "users/" + System.Uri.EscapeDataString("user/with?odd#chars %"));
            Assert.That(response.Status, Is.EqualTo(200), response.ToString());
            Assert.That((string?)response.Body.SelectToken("user.givenName"), Is.EqualTo("Odd"));
        }

        [Test]
        public async Task Literal_segments_win_over_ids_so_course_components_are_not_a_course()
        {
            var response = await Api.GetAsync(Paths.Rostering + "courses/components?limit=1");
            Assert.That(response.Body.ContainsKey("courseComponents"), Is.True, response.ToString());
        }

        [Test]
        public async Task The_request_log_records_method_path_status_and_operationId()
        {
            Fake.RequestLog.Clear();
            await Api.GetAsync(Paths.Gradebook + "categories?limit=2");
            await Api.GetAsync(Paths.Gradebook + "categories/nope");
            var log = Fake.RequestLog.ToList();
            Assert.That(log, Has.Count.EqualTo(2));
            Assert.That(log[0], Is.EqualTo(new FakeRequest("GET", "/" + Paths.Gradebook + "categories?limit=2", 200, "getAllCategories")));
            Assert.That(log[1].StatusCode, Is.EqualTo(404));
            Assert.That(log.Count(r => r.OperationId == "getCategory"), Is.EqualTo(1));
        }
    }
}
