using System;
using System.Linq;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Errors;

namespace OneRoster.Tests.Client.Collections
{
    /// <summary>
    /// ExistsAsync tells "no such record" from "no such operation": after a 404 it lists the collection once per client
    /// (one record), and a collection that is itself missing (a typo in the base path) is a configuration error naming
    /// the URL, not a silent false.
    /// </summary>
    [TestFixture]
    public sealed class ExistsProbeTests
    {
        private const string TypoUsers = "/tenant-a/ims/oneroster/rostering/v1p2/users";

        private FakeProvider _provider = null!;

        [SetUp]
        public void SetUp() => _provider = new FakeProvider().WithTokens();

        [TearDown]
        public void TearDown() => _provider.Dispose();

        [Test]
        public void Wrong_base_path_raises_a_configuration_error_naming_the_collection_url()
        {
            // The provider serves the API at the root; the client was told "/tenant-a". WireMock answers every
            // unmapped path 404, as a gateway does.
            using var client = _provider.CreateClient(o => o.BaseUrl = new Uri(_provider.BaseUrl, "tenant-a/"));

            var error = Assert.ThrowsAsync<OneRosterConfigurationException>(() => client.Users.ExistsAsync("u1"));

            var url = new Uri(_provider.BaseUrl, TypoUsers.TrimStart('/')) + "?limit=1";
            Assert.That(error!.Errors, Has.Count.EqualTo(1));
            Assert.That(error.Errors[0], Does.StartWith($"GET {url} (getAllUsers) answered 404"));
            Assert.That(error.Message, Does.Contain(url).And.Contain("BaseUrl"));
            Assert.That(_provider.Count(TypoUsers + "/u1"), Is.EqualTo(1));
            Assert.That(_provider.Count(TypoUsers), Is.EqualTo(1));
        }

        [Test]
        public async Task Right_path_and_a_missing_record_answered_as_bare_error_json_is_false()
        {
            // Ed-Fi-style: 404 {"error":"Not found"} for the record, the collection answers.
            _provider.WithSequence(FakeProvider.UserPath("gone"), "GET", FakeProvider.Status(404, "{\"error\":\"Not found\"}"));
            _provider.WithSequence(FakeProvider.UsersPath, "GET", FakeProvider.Status(200, "{\"users\":[]}"));
            using var client = _provider.CreateClient();

            Assert.That(await client.Users.ExistsAsync("gone"), Is.False);
        }

        [Test]
        public async Task Collection_is_probed_once_per_client()
        {
            _provider.WithSequence(FakeProvider.UserPath("a"), "GET", FakeProvider.Status(404, "{\"error\":\"Not found\"}"));
            _provider.WithSequence(FakeProvider.UserPath("b"), "GET", FakeProvider.Status(404, "{\"error\":\"Not found\"}"));
            _provider.WithSequence(FakeProvider.UsersPath, "GET", FakeProvider.Status(200, "{\"users\":[{\"sourcedId\":\"z\"}]}"));
            using (var client = _provider.CreateClient())
            {
                var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => client.Users.ExistsAsync(i % 2 == 0 ? "a" : "b")));
                Assert.That(await client.Users.ExistsAsync("a"), Is.False);

                Assert.That(answers, Is.All.False);
                Assert.That(_provider.Count(FakeProvider.UsersPath), Is.EqualTo(1), "one probe for six 404s");
            }
            using (var other = _provider.CreateClient())
            {
                Assert.That(await other.Users.ExistsAsync("a"), Is.False);
                Assert.That(_provider.Count(FakeProvider.UsersPath), Is.EqualTo(2), "a new client probes again");
            }
        }

        [Test]
        public void Missing_collection_is_remembered_and_each_call_still_throws()
        {
            using var client = _provider.CreateClient(o => o.BaseUrl = new Uri(_provider.BaseUrl, "tenant-a/"));

            Assert.ThrowsAsync<OneRosterConfigurationException>(() => client.Users.ExistsAsync("u1"));
            Assert.ThrowsAsync<OneRosterConfigurationException>(() => client.Users.ExistsAsync("u2"));

            Assert.That(_provider.Count(TypoUsers), Is.EqualTo(1));
        }

        [Test]
        public async Task A_probe_that_cannot_decide_leaves_the_404_standing_and_is_tried_again()
        {
            _provider.WithSequence(FakeProvider.UserPath("gone"), "GET", FakeProvider.Status(404, "{\"error\":\"Not found\"}"));
            _provider.WithSequence(FakeProvider.UsersPath, "GET", FakeProvider.Status(500), FakeProvider.Status(200, "{\"users\":[]}"));
            using var client = _provider.CreateClient(o => o.Retry.MaxRetries = 0);

            Assert.That(await client.Users.ExistsAsync("gone"), Is.False, "the read's own 404 stands");
            Assert.That(await client.Users.ExistsAsync("gone"), Is.False);
            Assert.That(await client.Users.ExistsAsync("gone"), Is.False);

            Assert.That(_provider.Count(FakeProvider.UsersPath), Is.EqualTo(2), "the 500 decided nothing; the 200 was kept");
        }
    }
}
