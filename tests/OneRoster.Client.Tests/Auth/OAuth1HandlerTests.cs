using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using NUnit.Framework;
using OneRoster.Auth;
using OneRoster.Errors;
using OneRoster.Tests.Client;

namespace OneRoster.Tests.Auth
{
    /// <summary>OAuth 1.0a on the wire: which requests are signed, when, and what the options need for it.</summary>
    [TestFixture]
    public sealed class OAuth1HandlerTests
    {
        private static readonly OneRosterProvider Signed = OneRosterProvider.Standard with { AuthScheme = OneRosterAuthScheme.OAuth1Signature };

        private FakeProvider _provider = null!;

        [SetUp]
        public void SetUp() => _provider = new FakeProvider().WithTokens();

        [TearDown]
        public void TearDown() => _provider.Dispose();

        [Test]
        public async Task Each_attempt_is_signed_afresh_and_no_token_is_fetched()
        {
            var path = FakeProvider.UserPath("u1");
            _provider.WithSequence(path, "GET", FakeProvider.Status(503), FakeProvider.Status(429, null, ("Retry-After", "0")), FakeProvider.Ok("u1"));
            using var client = _provider.CreateClient(o =>
            {
                o.Provider = Signed;
                o.TokenUrl = null;
            });

            var user = await FakeProvider.GetUser(client, "u1");

            Assert.That(user.User!.SourcedId, Is.EqualTo("u1"));
            var headers = _provider.Requests(path).Select(e => FakeProvider.Header(e, "Authorization")!).ToList();
            Assert.That(headers, Has.Count.EqualTo(3));
            Assert.That(headers, Has.All.StartWith("OAuth oauth_consumer_key=\"" + FakeProvider.ClientId + "\""));
            Assert.That(headers, Has.All.Contain("oauth_signature_method=\"HMAC-SHA256\""));
            Assert.That(headers.Select(h => Parameter(h, "oauth_nonce")), Is.Unique, "a retry re-signs with a new nonce");
            Assert.That(headers.Select(h => Parameter(h, "oauth_signature")), Is.Unique);
            Assert.That(_provider.TokensIssued, Is.Zero);
            Assert.That(headers, Has.None.Contain(FakeProvider.ClientSecret));
        }

        [Test]
        public async Task The_signature_method_follows_the_profile()
        {
            _provider.WithUser("u1");
            using var client = _provider.CreateClient(o => o.Provider = Signed with { SignatureMethod = OneRosterSignatureMethod.HmacSha1 });

            await FakeProvider.GetUser(client, "u1");

            var header = FakeProvider.Header(_provider.Requests(FakeProvider.UserPath("u1")).Single(), "Authorization")!;
            Assert.That(Parameter(header, "oauth_signature_method"), Is.EqualTo("HMAC-SHA1"));
            Assert.That(Convert.FromBase64String(Uri.UnescapeDataString(Parameter(header, "oauth_signature"))), Has.Length.EqualTo(20));
        }

        [Test]
        public void A_401_is_not_resent_and_becomes_an_authentication_exception()
        {
            var path = FakeProvider.UserPath("u1");
            _provider.WithSequence(path, "GET", FakeProvider.Status(401, "{\"imsx_codeMajor\":\"failure\",\"imsx_severity\":\"error\",\"imsx_description\":\"bad signature\"}"), FakeProvider.Ok("u1"));
            using var client = _provider.CreateClient(o => o.Provider = Signed);

            var error = Assert.ThrowsAsync<OneRosterAuthenticationException>(() => FakeProvider.GetUser(client, "u1"));

            Assert.That(error!.Status, Is.EqualTo(401));
            Assert.That(_provider.Count(path), Is.EqualTo(1));
            Assert.That(error.ToString(), Does.Not.Contain(FakeProvider.ClientSecret));
        }

        [Test]
        public async Task Requests_to_another_host_or_with_their_own_authorization_go_unsigned()
        {
            using var other = new FakeProvider();
            var options = _provider.Options(o => o.Provider = Signed);
            var seen = new CapturingInner();
            using var invoker = new HttpMessageInvoker(new OneRosterOAuth1Handler(options) { InnerHandler = seen });

            await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(other.BaseUrl, "ims/x")), default);
            var own = new HttpRequestMessage(HttpMethod.Get, new Uri(_provider.BaseUrl, "ims/x"));
            own.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "static-key");
            await invoker.SendAsync(own, default);
            await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(_provider.BaseUrl, "ims/x")), default);

            Assert.That(seen.Authorizations, Is.EqualTo(new[] { null, "Bearer static-key", seen.Authorizations[2] }));
            Assert.That(seen.Authorizations[2], Does.StartWith("OAuth "));
        }

        [Test]
        public async Task A_form_body_is_part_of_the_signature()
        {
            var options = _provider.Options(o => o.Provider = Signed);
            var seen = new CapturingInner();
            var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
            using var invoker = new HttpMessageInvoker(new OneRosterOAuth1Handler(options.Clone(), clock, () => "fixed") { InnerHandler = seen });
            HttpRequestMessage Post(string body) => new(HttpMethod.Post, new Uri(_provider.BaseUrl, "ims/x"))
            {
                Content = new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
            };

            await invoker.SendAsync(Post("a=1"), default);
            await invoker.SendAsync(Post("a=2"), default);

            // Same nonce and timestamp: only the body tells the two apart.
            Assert.That(Parameter(seen.Authorizations[0]!, "oauth_signature"), Is.Not.EqualTo(Parameter(seen.Authorizations[1]!, "oauth_signature")));
        }

        [Test]
        public void OAuth_1_options_need_no_token_URL_and_OAuth_2_options_still_do()
        {
            var options = _provider.Options(o => o.TokenUrl = null);

            Assert.That(options.GetValidationErrors(), Has.Some.Contains("token URL"));
            options.Provider = Signed;
            Assert.That(options.GetValidationErrors(), Is.Empty);
            options.ClientSecret = null;
            Assert.That(options.GetValidationErrors(), Has.Some.Contains("ClientSecret"));
        }

        [Test]
        public void The_profile_names_its_scheme_and_ClassLink_signs_with_HMAC_SHA256()
        {
            Assert.That(OneRosterProvider.ClassLink.AuthScheme, Is.EqualTo(OneRosterAuthScheme.OAuth1Signature));
            Assert.That(OneRosterProvider.ClassLink.SignatureMethod, Is.EqualTo(OneRosterSignatureMethod.HmacSha256));
            Assert.That(OneRosterProvider.Standard.AuthScheme, Is.EqualTo(OneRosterAuthScheme.OAuth2ClientCredentials));
            Assert.That(OneRosterProvider.ClassLink.ToString(), Does.Contain("AuthScheme = OAuth1Signature, SignatureMethod = HmacSha256"));
        }

        private static string Parameter(string header, string name) =>
            header.Substring("OAuth ".Length).Split(", ").Select(p => p.Split('=', 2)).Single(p => p[0] == name)[1].Trim('"');

        private sealed class CapturingInner : HttpMessageHandler
        {
            public System.Collections.Generic.List<string?> Authorizations { get; } = new();

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, System.Threading.CancellationToken cancellationToken)
            {
                Authorizations.Add(request.Headers.Authorization?.ToString());
                return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK));
            }
        }
    }
}
