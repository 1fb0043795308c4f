using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;
using NUnit.Framework;
using OneRoster.Auth;
using OneRoster.Testing.Tests.Support;

namespace OneRoster.Testing.Tests.Auth
{
    /// <summary>
    /// OAuth 1.0a verification (<see cref="FakeServerOptions.AuthScheme"/>): requests signed by the client's public
    /// handler pass, and every way a signature goes wrong is a 401 with a OneRoster error body.
    /// </summary>
    [TestFixture]
    public sealed class SignatureTests
    {
        private static readonly string Users = Paths.Rostering + "users?limit=2&filter=" + Uri.EscapeDataString("givenName!='José Ñ+1' AND status='active'");

        private OneRosterFakeServer _fake = null!;

        [SetUp]
        public async Task SetUp() =>
            _fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 20), new FakeServerOptions { AuthScheme = OneRosterAuthScheme.OAuth1Signature });

        [TearDown]
        public async Task TearDown() => await _fake.DisposeAsync();

        [Test]
        public async Task A_signed_request_is_answered_with_the_query_applied()
        {
            using var signed = Signed();

            var response = await Read(await signed.Http.GetAsync(Users));

            Assert.That(response.Status, Is.EqualTo(200), response.ToString());
            Assert.That(response.List("users"), Has.Count.EqualTo(2));
            Assert.That(signed.LastAuthorization, Does.StartWith("OAuth oauth_consumer_key=\"" + _fake.ClientId + "\""));
        }

        [TestCase(OneRosterSignatureMethod.HmacSha256)]
        [TestCase(OneRosterSignatureMethod.HmacSha1)]
        public async Task Both_signature_methods_are_accepted(OneRosterSignatureMethod method)
        {
            using var signed = Signed(method: method);

            var response = await Read(await signed.Http.GetAsync(Users));

            Assert.That(response.Status, Is.EqualTo(200), response.ToString());
        }

        [Test]
        public async Task No_signature_is_401_with_a_OneRoster_error_body_and_an_OAuth_challenge()
        {
            using var api = FakeApi.Anonymous(_fake);

            var response = await api.GetAsync(Users);

            Assert.That(response.Status, Is.EqualTo(401));
            Assert.That((string?)response.Body["imsx_codeMajor"], Is.EqualTo("failure"));
            Assert.That(response.CodeMinor, Is.EqualTo("unauthorisedrequest"));
            Assert.That(response.Header("WWW-Authenticate"), Does.StartWith("OAuth"));
        }

        [Test]
        public async Task A_bearer_token_from_the_token_endpoint_is_not_enough()
        {
            using var api = await FakeApi.ConnectAsync(_fake);

            var response = await api.GetAsync(Users);

            Assert.That(response.Status, Is.EqualTo(401));
        }

        [Test]
        public async Task A_wrong_secret_is_401_and_the_answer_shows_no_secret()
        {
            using var signed = Signed(secret: "not-the-secret-1234");

            var response = await Read(await signed.Http.GetAsync(Users));

            Assert.That(response.Status, Is.EqualTo(401));
            Assert.That((string?)response.Body["imsx_description"], Does.Contain("signature does not match"));
            Assert.That(System.Text.Encoding.UTF8.GetString(response.Bytes), Does.Not.Contain("not-the-secret-1234").And.Not.Contain(_fake.ClientSecret));
        }

        [Test]
        public async Task A_signature_replayed_is_401()
        {
            using var signed = Signed();
            Assert.That((await Read(await signed.Http.GetAsync(Users))).Status, Is.EqualTo(200));

            var replay = await SendWith(Users, signed.LastAuthorization!);

            Assert.That(replay.Status, Is.EqualTo(401));
            Assert.That((string?)replay.Body["imsx_description"], Does.Contain("already used"));
        }

        [TestCase("users?limit=3&filter=")]
        [TestCase("users?limit=2&offset=1&filter=")]
        [TestCase("teachers?limit=2&filter=")]
        public async Task A_signature_over_another_query_or_path_is_401(string changed)
        {
            using var signed = Signed(new NotSending());
            await signed.Http.GetAsync(Users);

            var response = await SendWith(Paths.Rostering + changed + Users[(Users.IndexOf("filter=", StringComparison.Ordinal) + 7)..], signed.LastAuthorization!);

            Assert.That(response.Status, Is.EqualTo(401));
            Assert.That((string?)response.Body["imsx_description"], Does.Contain("signature does not match"));
        }

        [TestCase(-10)]
        [TestCase(10)]
        public async Task A_timestamp_more_than_five_minutes_off_is_401(int minutes)
        {
            var clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(minutes));
            using var signed = Signed(clock: clock);

            var response = await Read(await signed.Http.GetAsync(Users));

            Assert.That(response.Status, Is.EqualTo(401));
            Assert.That((string?)response.Body["imsx_description"], Does.Contain("oauth_timestamp"));
        }

        [Test]
        public void A_tolerance_of_zero_is_refused_at_start()
        {
            var error = Assert.ThrowsAsync<ArgumentException>(() => OneRosterFakeServer.StartAsync(FakeDistrict.Empty, new FakeServerOptions { SignatureTimestampTolerance = TimeSpan.Zero }));

            Assert.That(error!.Message, Does.Contain("SignatureTimestampTolerance"));
        }

        [Test]
        public async Task Under_a_bearer_key_only_the_client_secret_itself_is_accepted()
        {
            await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 5), new FakeServerOptions { AuthScheme = OneRosterAuthScheme.BearerKey });
            using var http = new HttpClient { BaseAddress = fake.BaseUrl };
            async Task<int> StatusWith(string? key)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, Paths.Rostering + "users");
                request.Headers.Authorization = key is null ? null : new AuthenticationHeaderValue("Bearer", key);
                using var response = await http.SendAsync(request);
                return (int)response.StatusCode;
            }

            Assert.That(await StatusWith(fake.ClientSecret), Is.EqualTo(200));
            Assert.That(await StatusWith(fake.IssueAccessToken()), Is.EqualTo(401), "tokens of the token endpoint do not count");
            Assert.That(await StatusWith(null), Is.EqualTo(401));
        }

        [Test]
        public void For_the_ClassLink_profile_the_fake_wants_signatures()
        {
            Assert.That(FakeServerOptions.For(OneRosterProvider.ClassLink).AuthScheme, Is.EqualTo(OneRosterAuthScheme.OAuth1Signature));
            Assert.That(FakeServerOptions.For(OneRosterProvider.Standard).AuthScheme, Is.EqualTo(OneRosterAuthScheme.OAuth2ClientCredentials));
        }

        private SignedClient Signed(HttpMessageHandler? network = null, string? secret = null, OneRosterSignatureMethod method = OneRosterSignatureMethod.HmacSha256, TimeProvider? clock = null)
        {
            var options = new OneRosterClientOptions
            {
                BaseUrl = _fake.BaseUrl,
                ClientId = _fake.ClientId,
                ClientSecret = secret ?? _fake.ClientSecret,
                Provider = OneRosterProvider.Standard with { AuthScheme = OneRosterAuthScheme.OAuth1Signature, SignatureMethod = method },
                TimeProvider = clock,
            };
            return new SignedClient(options, network ?? new SocketsHttpHandler());
        }

        private async Task<ApiResponse> SendWith(string path, string authorization)
        {
            using var http = new HttpClient { BaseAddress = _fake.BaseUrl };
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
            return await Read(await http.SendAsync(request));
        }

        private static async Task<ApiResponse> Read(HttpResponseMessage message)
        {
            using (message)
            {
                var bytes = await message.Content.ReadAsByteArrayAsync();
                var json = bytes.Length > 0 ? Newtonsoft.Json.Linq.JToken.Parse(System.Text.Encoding.UTF8.GetString(bytes)) : null;
                return new ApiResponse(message, bytes, json);
            }
        }

        /// <summary>An HttpClient whose requests the client's <see cref="OneRosterOAuth1Handler"/> signs; remembers the last header.</summary>
        private sealed class SignedClient : IDisposable
        {
            private readonly Recorder _recorder;

            public SignedClient(OneRosterClientOptions options, HttpMessageHandler network)
            {
                _recorder = new Recorder { InnerHandler = network };
                Http = new HttpClient(new OneRosterOAuth1Handler(options) { InnerHandler = _recorder }) { BaseAddress = options.BaseUrl };
            }

            public HttpClient Http { get; }

            public string? LastAuthorization => _recorder.Last;

            public void Dispose() => Http.Dispose();
        }

        private sealed class Recorder : DelegatingHandler
        {
            public string? Last { get; private set; }

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                Last = request.Headers.Authorization?.ToString();
                return base.SendAsync(request, cancellationToken);
            }
        }

        /// <summary>Signs without sending, so the signature is still unused when a test sends it elsewhere.</summary>
        private sealed class NotSending : HttpMessageHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.NoContent));
        }
    }
}
