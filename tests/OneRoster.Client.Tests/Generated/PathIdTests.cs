using System;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Tests.Support;
using Gradebook = OneRoster.Gradebook;
using Rostering = OneRoster.Rostering;

namespace OneRoster.Tests.Generated
{
    /// <summary>Path ids are validated before sending and can never change which endpoint is hit.</summary>
    [TestFixture]
    public class PathIdTests
    {
        [TestCase(null)]
        [TestCase("")]
        [TestCase(" ")]
        [TestCase("\t")]
        [TestCase(".")]
        [TestCase("..")]
        public void Bad_id_throws_ArgumentException_before_any_request(string? id)
        {
            var handler = new CapturingHandler("{\"user\":{}}");
            var users = new Rostering.UsersClient(handler.CreateClient());

            Assert.ThrowsAsync(Is.InstanceOf<ArgumentException>(), () => users.GetUserAsync(id!));
            Assert.That(handler.Requests, Is.Empty);
        }

        [Test]
        public void Bad_id_in_a_nested_path_throws_before_any_request()
        {
            var handler = new CapturingHandler("{\"results\":[]}");
            var results = new Gradebook.ResultsClient(handler.CreateClient());

            Assert.ThrowsAsync(Is.InstanceOf<ArgumentException>(), () => results.GetResultsForStudentForClassAsync("c-1", "  "));
            Assert.That(handler.Requests, Is.Empty);
        }

        [TestCase("a/b", "a%2Fb")]
        [TestCase("a?limit=1", "a%3Flimit%3D1")]
        [TestCase("a#frag", "a%23frag")]
        [TestCase("100%", "100%25")]
        [TestCase("with space", "with%20space")]
        [TestCase("../orgs", "..%2Forgs")]
        [TestCase("José", "Jos%C3%A9")]
        public async Task Id_with_reserved_characters_is_percent_encoded_into_one_segment(string id, string encoded)
        {
            var handler = new CapturingHandler("{\"user\":{\"sourcedId\":\"x\"}}");
            var users = new Rostering.UsersClient(handler.CreateClient());

            await users.GetUserAsync(id);

            Assert.That(handler.Requests, Has.Count.EqualTo(1));
            Assert.That(handler.Requests[0].AbsolutePath, Is.EqualTo("/ims/oneroster/rostering/v1p2/users/" + encoded));
            Assert.That(handler.Requests[0].Query, Is.Empty);
            Assert.That(handler.Requests[0].Fragment, Is.Empty);
        }

        [Test]
        public async Task Optional_query_parameters_are_sent_only_when_given_and_encoded_once()
        {
            var handler = new CapturingHandler("{\"users\":[]}");
            var users = new Rostering.UsersClient(handler.CreateClient());

            await users.GetAllUsersAsync(limit: 50, filter: "familyName='O''Brien' AND role='student'");

            var uri = handler.Requests[0];
            Assert.That(uri.AbsolutePath, Is.EqualTo("/ims/oneroster/rostering/v1p2/users"));
            Assert.That(uri.Query, Is.EqualTo("?limit=50&filter=familyName%3D%27O%27%27Brien%27%20AND%20role%3D%27student%27"));
        }
    }
}
