using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using OneRoster.Testing.Tests.Support;

namespace OneRoster.Testing.Tests.Auth
{
    /// <summary>The OAuth 2.0 client-credentials endpoint and bearer token enforcement.</summary>
    public class TokenTests : FakeServerFixture
    {
        private const string Users = Paths.Rostering + "users?limit=1";

        [TestCase(true)]
        [TestCase(false)]
        public async Task Correct_credentials_by_Basic_header_or_form_get_a_bearer_token(bool basic)
        {
            using var http = new HttpClient();
            var token = await FakeApi.RequestTokenAsync(http, Fake, Fake.ClientId, Fake.ClientSecret, basic);
            Assert.That(token.Status, Is.EqualTo(200));
            Assert.That((string?)token.Body["token_type"], Is.EqualTo("Bearer"));
            Assert.That((long)token.Body["expires_in"]!, Is.EqualTo(3600));
            Assert.That((string?)token.Body["access_token"], Is.Not.Empty);
            Assert.That(token.Header("Cache-Control"), Is.EqualTo("no-store"));
        }

        [TestCase(true)]
        [TestCase(false)]
        public async Task Wrong_credentials_are_401_invalid_client(bool basic)
        {
            using var http = new HttpClient();
            var token = await FakeApi.RequestTokenAsync(http, Fake, Fake.ClientId, "wrong", basic);
            Assert.That(token.Status, Is.EqualTo(401));
            Assert.That((string?)token.Body["error"], Is.EqualTo("invalid_client"));
            Assert.That(token.Header("WWW-Authenticate"), basic ? Does.StartWith("Basic") : Is.Null);
        }

        [Test]
        public async Task Another_grant_type_is_400_unsupported_grant_type()
        {
            using var http = new HttpClient();
            var response = await http.PostAsync(Fake.TokenUrl, new StringContent("grant_type=password&username=a&password=b", null, "application/x-www-form-urlencoded"));
            Assert.That((int)response.StatusCode, Is.EqualTo(400));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("unsupported_grant_type"));
        }

        [Test]
        public async Task A_made_up_token_is_401_with_a_Bearer_challenge()
        {
            using var api = FakeApi.Anonymous(Fake);
            api.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "made-up");
            var response = await api.GetAsync(Users);
            Assert.That(response.Status, Is.EqualTo(401));
            Assert.That(response.Header("WWW-Authenticate"), Is.EqualTo("Bearer error=\"invalid_token\""));
            Assert.That(response.CodeMinor, Is.EqualTo("unauthorisedrequest"));
        }

        [Test]
        public async Task A_token_issued_in_process_works_and_revoked_tokens_are_401()
        {
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(10));
            using var api = FakeApi.Anonymous(fake);
            api.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fake.IssueAccessToken());
            Assert.That((await api.GetAsync(Users)).Status, Is.EqualTo(200));
            fake.RevokeTokens();
            Assert.That((await api.GetAsync(Users)).Status, Is.EqualTo(401));
        }

        [Test]
        public async Task A_token_expires_after_TokenLifetime_on_the_configured_clock()
        {
            var clock = new FakeTimeProvider(DateTimeOffset.Parse("2025-09-01T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(10),
                new FakeServerOptions { TokenLifetime = TimeSpan.FromSeconds(90.5), TimeProvider = clock });
            using var http = new HttpClient();
            var token = await FakeApi.RequestTokenAsync(http, fake, fake.ClientId, fake.ClientSecret);
            Assert.That((long)token.Body["expires_in"]!, Is.EqualTo(91), "whole seconds, rounded up");
            using var api = FakeApi.Anonymous(fake);
            api.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)token.Body["access_token"]!);

            clock.Advance(TimeSpan.FromSeconds(90));
            Assert.That((await api.GetAsync(Users)).Status, Is.EqualTo(200));
            clock.Advance(TimeSpan.FromSeconds(1));
            var expired = await api.GetAsync(Users);
            Assert.That(expired.Status, Is.EqualTo(401));
            Assert.That((string?)expired.Body["imsx_description"], Does.Contain("expired"));
        }

        [Test]
        public async Task The_token_endpoint_takes_POST_only()
        {
            using var http = new HttpClient();
            var response = await http.GetAsync(Fake.TokenUrl);
            Assert.That((int)response.StatusCode, Is.EqualTo(405));
            Assert.That(response.Content.Headers.Allow, Does.Contain("POST"));
        }

        [Test]
        public void The_fake_listens_on_loopback_with_the_token_endpoint_beside_the_API()
        {
            Assert.That(Fake.TokenUrl, Is.EqualTo(new Uri(Fake.BaseUrl, "oauth2/token")));
            Assert.That(Fake.BaseUrl.AbsoluteUri, Does.StartWith("http://127.0.0.1:").And.EndWith("/"));
        }

        [Test]
        public async Task Custom_credentials_are_the_ones_the_token_endpoint_accepts_and_disposing_twice_is_harmless()
        {
            var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Empty, new FakeServerOptions { ClientId = "district-app", ClientSecret = "p@ss+word" });
            using var http = new HttpClient();
            Assert.That((fake.ClientId, fake.ClientSecret), Is.EqualTo(("district-app", "p@ss+word")));
            Assert.That((await FakeApi.RequestTokenAsync(http, fake, "district-app", "p@ss+word", basic: false)).Status, Is.EqualTo(200));
            Assert.That((await FakeApi.RequestTokenAsync(http, fake, Fake.ClientId, Fake.ClientSecret, basic: false)).Status, Is.EqualTo(401));
            await fake.DisposeAsync();
            fake.Dispose();
        }
    }
}
