using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using OneRoster.Auth;
using OneRoster.Errors;
using OneRoster.Tests.Client;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace OneRoster.Tests.Auth
{
    [TestFixture]
    public sealed class TokenHandlerTests
    {
        private FakeProvider _provider = null!;

        [SetUp]
        public void SetUp() => _provider = new FakeProvider();

        [TearDown]
        public void TearDown() => _provider.Dispose();

        [Test]
        public async Task Fifty_concurrent_first_calls_cause_exactly_one_token_request()
        {
            // The token endpoint is slow, so every call is waiting for a token at the same time.
            _provider.WithTokens(delay: TimeSpan.FromMilliseconds(300)).WithUser("u1");
            using var client = _provider.CreateClient();

            var users = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => FakeProvider.GetUser(client, "u1")));

            Assert.That(users.Select(u => u.User!.SourcedId), Is.All.EqualTo("u1"));
            Assert.That(_provider.Count(FakeProvider.TokenPath), Is.EqualTo(1), "token requests in the WireMock log");
            var apiCalls = _provider.Requests(FakeProvider.UserPath("u1"));
            Assert.That(apiCalls, Has.Count.EqualTo(50));
            Assert.That(apiCalls.Select(e => FakeProvider.Header(e, "Authorization")), Is.All.EqualTo("Bearer " + FakeProvider.AccessToken(1)));
        }

        [Test]
        public async Task Token_answers_give_their_buffered_bodies_back()
        {
            // WireMock answers without Content-Length, so even a small token body is buffered in a pooled block.
            _provider.WithTokens().WithUser("u1");
            using var client = _provider.CreateClient();
            var before = OneRoster.Http.BufferedBodyContent.PooledBlocksInUse;

            await FakeProvider.GetUser(client, "u1");

            Assert.That(_provider.Count(FakeProvider.TokenPath), Is.EqualTo(1));
            Assert.That(OneRoster.Http.BufferedBodyContent.PooledBlocksInUse, Is.EqualTo(before), "the token answer and the API answer were both released");
        }

        [Test]
        public async Task Token_is_reused_until_shortly_before_expiry_then_refreshed()
        {
            var clock = new FakeTimeProvider(new DateTimeOffset(2025, 9, 1, 8, 0, 0, TimeSpan.Zero));
            _provider.WithTokens(expiresIn: 3600).WithUser("u1");
            using var client = _provider.CreateClient(o => o.TimeProvider = clock);

            await FakeProvider.GetUser(client, "u1");
            clock.Advance(TimeSpan.FromSeconds(3500));
            await FakeProvider.GetUser(client, "u1");
            Assert.That(_provider.Count(FakeProvider.TokenPath), Is.EqualTo(1), "still inside the lifetime minus the 60 s margin");

            clock.Advance(TimeSpan.FromSeconds(41)); // 3541 s: within 60 s of expiry
            await FakeProvider.GetUser(client, "u1");

            Assert.That(_provider.Count(FakeProvider.TokenPath), Is.EqualTo(2));
            var tokens = _provider.Requests(FakeProvider.UserPath("u1")).Select(e => FakeProvider.Header(e, "Authorization")).ToList();
            Assert.That(tokens, Is.EqualTo(new[]
            {
                "Bearer " + FakeProvider.AccessToken(1), "Bearer " + FakeProvider.AccessToken(1), "Bearer " + FakeProvider.AccessToken(2),
            }));
        }

        [Test]
        public async Task Short_lived_token_is_refreshed_halfway_through_its_lifetime()
        {
            var clock = new FakeTimeProvider(new DateTimeOffset(2025, 9, 1, 8, 0, 0, TimeSpan.Zero));
            _provider.WithTokens(expiresIn: 40).WithUser("u1");
            using var client = _provider.CreateClient(o => o.TimeProvider = clock);

            await FakeProvider.GetUser(client, "u1");
            clock.Advance(TimeSpan.FromSeconds(19));
            await FakeProvider.GetUser(client, "u1");
            clock.Advance(TimeSpan.FromSeconds(2));
            await FakeProvider.GetUser(client, "u1");

            Assert.That(_provider.Count(FakeProvider.TokenPath), Is.EqualTo(2));
        }

        [Test]
        public async Task Token_without_expires_in_is_kept_until_the_api_rejects_it()
        {
            var clock = new FakeTimeProvider(new DateTimeOffset(2025, 9, 1, 8, 0, 0, TimeSpan.Zero));
            _provider.WithTokens(expiresIn: null).WithUser("u1");
            using var client = _provider.CreateClient(o => o.TimeProvider = clock);

            await FakeProvider.GetUser(client, "u1");
            clock.Advance(TimeSpan.FromDays(2));
            await FakeProvider.GetUser(client, "u1");

            Assert.That(_provider.Count(FakeProvider.TokenPath), Is.EqualTo(1));
        }

        [Test]
        public async Task Unauthorized_answer_refreshes_the_token_once_and_retries_the_request()
        {
            _provider.WithTokens();
            var path = FakeProvider.UserPath("u1");
            _provider.Server.Given(Request.Create().WithPath(path).UsingGet().WithHeader("Authorization", "Bearer " + FakeProvider.AccessToken(1)))
                .RespondWith(FakeProvider.Status(401, "<html><body>Unauthorized</body></html>"));
            _provider.Server.Given(Request.Create().WithPath(path).UsingGet().WithHeader("Authorization", "Bearer " + FakeProvider.AccessToken(2)))
                .RespondWith(FakeProvider.Ok("u1"));
            using var client = _provider.CreateClient();

            var user = await FakeProvider.GetUser(client, "u1");

            Assert.That(user.User!.SourcedId, Is.EqualTo("u1"));
            Assert.That(_provider.Count(FakeProvider.TokenPath), Is.EqualTo(2));
            var calls = _provider.Requests(path);
            Assert.That(calls, Has.Count.EqualTo(2));
            Assert.That(FakeProvider.Header(calls[1], "X-Request-ID"), Is.EqualTo(FakeProvider.Header(calls[0], "X-Request-ID")),
                "the resend is the same logical request");
        }

        [Test]
        public void Second_unauthorized_answer_raises_authentication_exception()
        {
            _provider.WithTokens().WithSequence(FakeProvider.UserPath("u1"), "GET", FakeProvider.Status(401, "<html><title>401 Authorization Required</title></html>"));
            using var client = _provider.CreateClient();

            var error = Assert.ThrowsAsync<OneRosterAuthenticationException>(() => FakeProvider.GetUser(client, "u1"));

            Assert.That(error!.Status, Is.EqualTo(401));
            Assert.That(error.IsTokenEndpointFailure, Is.False);
            Assert.That(error.Method, Is.EqualTo("GET"));
            Assert.That(error.RequestPath, Is.EqualTo(FakeProvider.UserPath("u1")));
            Assert.That(error.BodySnippet, Does.Contain("401 Authorization Required"));
            Assert.That(_provider.Count(FakeProvider.TokenPath), Is.EqualTo(2), "one refresh, not a loop");
            Assert.That(_provider.Count(FakeProvider.UserPath("u1")), Is.EqualTo(2));
        }

        [Test]
        public void Token_endpoint_refusal_raises_authentication_exception_with_o_auth_error_and_no_secret()
        {
            _provider.Server.Given(Request.Create().WithPath(FakeProvider.TokenPath).UsingPost())
                .RespondWith(FakeProvider.Status(400, "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}"));
            using var client = _provider.CreateClient();

            var error = Assert.ThrowsAsync<OneRosterAuthenticationException>(() => FakeProvider.GetUser(client, "u1"));

            Assert.That(error!.IsTokenEndpointFailure, Is.True);
            Assert.That(error.OAuthError, Is.EqualTo("invalid_client"));
            Assert.That(error.OAuthErrorDescription, Is.EqualTo("Client authentication failed"));
            Assert.That(error.Status, Is.EqualTo(400));
            Assert.That(error.Message, Does.Contain("invalid_client").And.Contain("Client authentication failed"));
            Assert.That(error.RequestId, Is.Not.Null, "the id of the API request that needed the token");
            Assert.That(error.ToString(), Does.Not.Contain(FakeProvider.ClientSecret));
            Assert.That(_provider.Count(FakeProvider.UserPath("u1")), Is.Zero, "no request goes out without a token");
        }

        [Test]
        public void Token_endpoint_echoing_the_secret_does_not_leak_it_into_the_exception()
        {
            _provider.Server.Given(Request.Create().WithPath(FakeProvider.TokenPath).UsingPost())
                .RespondWith(FakeProvider.Status(401,
                    $"{{\"error\":\"invalid_client\",\"error_description\":\"bad secret {FakeProvider.ClientSecret}\"}}"));
            using var client = _provider.CreateClient();

            var error = Assert.ThrowsAsync<OneRosterAuthenticationException>(() => FakeProvider.GetUser(client, "u1"));

            Assert.That(error!.ToString(), Does.Not.Contain(FakeProvider.ClientSecret));
            Assert.That(error.OAuthErrorDescription, Does.Not.Contain(FakeProvider.ClientSecret));
            Assert.That(error.BodySnippet, Does.Not.Contain(FakeProvider.ClientSecret));
        }

        [Test]
        public void Unreachable_token_endpoint_raises_authentication_exception()
        {
            var closed = ClosedPortUrl();
            using var client = _provider.CreateClient(o => o.TokenUrl = new Uri(closed, FakeProvider.TokenPath));

            var error = Assert.ThrowsAsync<OneRosterAuthenticationException>(() => FakeProvider.GetUser(client, "u1"));

            Assert.That(error!.IsTokenEndpointFailure, Is.True);
            Assert.That(error.Status, Is.Null, "no answer arrived");
            Assert.That(error.InnerException, Is.InstanceOf<HttpRequestException>());
        }

        [Test]
        public async Task Client_credentials_go_in_a_basic_header_by_default()
        {
            _provider.WithTokens().WithUser("u1");
            using var client = _provider.CreateClient();

            await FakeProvider.GetUser(client, "u1");

            var tokenRequest = _provider.Requests(FakeProvider.TokenPath).Single();
            var expected = Convert.ToBase64String(Encoding.UTF8.GetBytes(FakeProvider.ClientId + ":" + FakeProvider.ClientSecret));
            Assert.That(FakeProvider.Header(tokenRequest, "Authorization"), Is.EqualTo("Basic " + expected));
            Assert.That(tokenRequest.RequestMessage.Body, Does.Contain("grant_type=client_credentials"));
            Assert.That(tokenRequest.RequestMessage.Body, Does.Not.Contain("client_secret"));
        }

        [Test]
        public async Task Basic_credentials_are_form_encoded_before_base64_as_RFC_6749_says()
        {
            _provider.WithTokens().WithUser("u1");
            using var client = _provider.CreateClient(o => o.ClientSecret = "a+b/c:d");

            await FakeProvider.GetUser(client, "u1");

            var expected = Convert.ToBase64String(Encoding.UTF8.GetBytes(FakeProvider.ClientId + ":a%2Bb%2Fc%3Ad"));
            Assert.That(FakeProvider.Header(_provider.Requests(FakeProvider.TokenPath).Single(), "Authorization"), Is.EqualTo("Basic " + expected));
        }

        [Test]
        public async Task Client_credentials_go_in_the_form_body_when_asked()
        {
            _provider.WithTokens().WithUser("u1");
            using var client = _provider.CreateClient(o => o.ClientAuthentication = OneRosterClientAuthentication.RequestBody);

            await FakeProvider.GetUser(client, "u1");

            var tokenRequest = _provider.Requests(FakeProvider.TokenPath).Single();
            Assert.That(FakeProvider.Header(tokenRequest, "Authorization"), Is.Null);
            Assert.That(tokenRequest.RequestMessage.Body, Does.Contain("client_id=" + FakeProvider.ClientId));
            Assert.That(tokenRequest.RequestMessage.Body, Does.Contain("client_secret=" + FakeProvider.ClientSecret));
        }

        [Test]
        public async Task Scopes_are_requested_space_separated()
        {
            _provider.WithTokens().WithUser("u1");
            using var client = _provider.CreateClient(o => o.Scopes = new[]
            {
                "https://purl.imsglobal.org/spec/or/v1p1/scope/roster-core.readonly",
                "https://purl.imsglobal.org/spec/or/v1p1/scope/gradebook.readonly",
            }.ToList());

            await FakeProvider.GetUser(client, "u1");

            var body = _provider.Requests(FakeProvider.TokenPath).Single().RequestMessage.Body!;
            Assert.That(Uri.UnescapeDataString(body.Replace('+', ' ')), Does.Contain(
                "scope=https://purl.imsglobal.org/spec/or/v1p1/scope/roster-core.readonly https://purl.imsglobal.org/spec/or/v1p1/scope/gradebook.readonly"));
        }

        [Test]
        public async Task Bearer_token_is_never_sent_to_another_host_or_port()
        {
            _provider.WithTokens();
            using var other = WireMockServer.Start(); // same host (localhost), different port
            other.Given(Request.Create().WithPath("/elsewhere").UsingGet()).RespondWith(Response.Create().WithStatusCode(200));
            using var client = _provider.CreateClient();

            using var response = await client.HttpClient.GetAsync(new Uri(other.Url + "/elsewhere"));

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            var seen = other.LogEntries.Single();
            Assert.That(FakeProvider.Header(seen, "Authorization"), Is.Null);
            Assert.That(_provider.Count(FakeProvider.TokenPath), Is.Zero, "no token is even fetched for a foreign host");
        }

        [Test]
        public void Handler_built_by_hand_validates_its_options()
        {
            using var tokenHttp = new HttpClient();
            Assert.Throws<OneRosterConfigurationException>(() => new OneRosterTokenHandler(new OneRosterClientOptions(), tokenHttp));
        }

        [Test]
        public async Task Handler_built_by_hand_authenticates_a_user_supplied_http_client()
        {
            _provider.WithTokens().WithUser("u1");
            using var tokenHttp = new HttpClient();
            using var handler = new OneRosterTokenHandler(_provider.Options(), tokenHttp) { InnerHandler = new HttpClientHandler() };
            using var http = new HttpClient(handler) { BaseAddress = _provider.BaseUrl };
            using var client = new OneRosterClient(http);

            var user = await FakeProvider.GetUser(client, "u1");

            Assert.That(user.User!.SourcedId, Is.EqualTo("u1"));
            Assert.That(FakeProvider.Header(_provider.Requests(FakeProvider.UserPath("u1")).Single(), "Authorization"),
                Is.EqualTo("Bearer " + FakeProvider.AccessToken(1)));
        }

        internal static Uri ClosedPortUrl()
        {
            var server = WireMockServer.Start();
            var url = new Uri(server.Url!);
            server.Stop();
            server.Dispose();
            return url;
        }
    }
}
