using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Errors;
using OneRoster.Rostering;
using WireMock.RequestBuilders;

namespace OneRoster.Tests.Client
{
    [TestFixture]
    public sealed class OneRosterClientTests
    {
        private FakeProvider _provider = null!;

        [SetUp]
        public void SetUp() => _provider = new FakeProvider().WithTokens();

        [TearDown]
        public void TearDown() => _provider.Dispose();

        [Test]
        public async Task Base_url_with_a_path_prefix_keeps_the_prefix()
        {
            _provider.Server.Given(Request.Create().WithPath("/tenant-a" + FakeProvider.UserPath("u1")).UsingGet())
                .RespondWith(FakeProvider.Ok("u1"));
            using var client = _provider.CreateClient(o => o.BaseUrl = new Uri(_provider.Server.Url + "/tenant-a"));

            var user = await FakeProvider.GetUser(client, "u1");

            Assert.That(user.User!.SourcedId, Is.EqualTo("u1"));
            Assert.That(client.HttpClient.BaseAddress!.AbsolutePath, Is.EqualTo("/tenant-a/"));
        }

        [Test]
        public async Task Client_over_a_given_http_client_uses_it_and_leaves_it_undisposed()
        {
            _provider.WithUser("u1");
            using var http = new HttpClient { BaseAddress = _provider.BaseUrl };
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "own-token");

            using (var client = new OneRosterClient(http))
            {
                await FakeProvider.GetUser(client, "u1");
            }

            Assert.That(FakeProvider.Header(_provider.Requests(FakeProvider.UserPath("u1"))[0], "Authorization"), Is.EqualTo("Bearer own-token"));
            Assert.DoesNotThrowAsync(() => http.GetAsync(new Uri(_provider.Server.Url + "/anything")), "still usable after the client is disposed");
        }

        [Test]
        public void Client_over_an_http_client_without_base_address_takes_it_from_the_options()
        {
            using var http = new HttpClient();
            using var client = new OneRosterClient(http, new OneRosterClientOptions { Environment = OneRosterEnvironment.Staging });

            Assert.That(http.BaseAddress, Is.EqualTo(new Uri("https://api.staging.alpha-1edtech.com/")));
        }

        [Test]
        public void Client_over_an_http_client_without_any_base_url_is_refused()
        {
            using var http = new HttpClient();
            Assert.Throws<OneRosterConfigurationException>(() => new OneRosterClient(http));
        }

        [Test]
        public void Disposed_client_refuses_calls()
        {
            var client = _provider.CreateClient();
            client.Dispose();
            client.Dispose(); // twice is fine

            Assert.ThrowsAsync<ObjectDisposedException>(() => FakeProvider.GetUser(client, "u1"));
        }

        [Test]
        public void Mockable_through_the_protected_constructor()
        {
            using var mock = new MockClient();

            Assert.That(mock.Options, Is.Not.Null);
            Assert.Throws<InvalidOperationException>(() => _ = mock.Users);
        }

        [Test]
        public void Cancellation_before_the_call_is_not_translated()
        {
            _provider.WithUser("u1");
            using var client = _provider.CreateClient();
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();

            Assert.That(async () => await FakeProvider.GetUser(client, "u1", cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        }

        [Test]
        public async Task Resultless_calls_run_too()
        {
            _provider.WithSequence(FakeProvider.UserPath("u1"), "DELETE", FakeProvider.Status(204));
            using var client = _provider.CreateClient();

            await client.Users.DeleteAsync("u1");

            Assert.That(_provider.Count(FakeProvider.UserPath("u1")), Is.EqualTo(1));
        }

        private sealed class MockClient : OneRosterClient
        {
        }
    }
}
