using System;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Testing.Auth;
using OneRoster.Testing.Quirks;
using OneRoster.Testing.Routing;
using OneRoster.Testing.Server;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace OneRoster.Testing
{
    /// <summary>
    /// An in-memory OneRoster 1.2 provider on a loopback port: the OAuth 2.0 token endpoint and every Rostering,
    /// Gradebook and Resources operation of the project's OpenAPI documents (reads, nested reads, Timeback writes),
    /// serving a <see cref="FakeDistrict"/>. Point the client (or any HTTP code) at <see cref="BaseUrl"/>.
    /// </summary>
    /// <example>
    /// <code>
    /// await using var fake = await OneRosterFakeServer.StartAsync(FakeDistrict.Generate(users: 500));
    /// var client = new OneRosterClient(fake.CreateClientOptions());
    /// </code>
    /// </example>
    public sealed class OneRosterFakeServer : IAsyncDisposable, IDisposable
    {
        private readonly WireMockServer _server;
        private readonly TokenIssuer _issuer;
        private readonly FaultSchedule _faults;
        private RequestPipeline? _pipeline;
        private int _disposed;

        private OneRosterFakeServer(WireMockServer server, FakeDistrict data, FakeServerOptions options, TokenIssuer issuer, FaultSchedule faults, FakeRequestLog log)
        {
            _server = server;
            _issuer = issuer;
            _faults = faults;
            Data = data;
            ClientId = options.ClientId;
            ClientSecret = options.ClientSecret;
            RequestLog = log;
            BaseUrl = new Uri(server.Urls[0].TrimEnd('/') + "/");
            TokenUrl = new Uri(BaseUrl, options.TokenPath.Trim('/'));
        }

        /// <summary>The provider root (<c>http://127.0.0.1:port/</c>, ending with '/'); API paths follow it (<c>ims/oneroster/rostering/v1p2/users</c>).</summary>
        public Uri BaseUrl { get; }

        /// <summary>The OAuth 2.0 client-credentials token endpoint (<c>{BaseUrl}oauth2/token</c>, or <see cref="FakeServerOptions.TokenPath"/>).</summary>
        public Uri TokenUrl { get; }

        /// <summary>The client id the token endpoint accepts.</summary>
        public string ClientId { get; }

        /// <summary>The client secret the token endpoint accepts.</summary>
        public string ClientSecret { get; }

        /// <summary>The data served; writes through the API change it, and a test may read or change it directly.</summary>
        public FakeDistrict Data { get; }

        /// <summary>Every request answered (method, path and query, status, operationId), for assertions.</summary>
        public FakeRequestLog RequestLog { get; }

        /// <summary>API requests being answered right now (the token endpoint does not count).</summary>
        public int RequestsInFlight => _pipeline?.RequestsInFlight ?? 0;

        /// <summary>
        /// The most API requests the fake was answering at once since it started (or since <see cref="ResetMaxRequestsInFlight"/>),
        /// latency included: what a provider that limits concurrent requests would count.
        /// </summary>
        public int MaxRequestsInFlight => _pipeline?.MaxRequestsInFlight ?? 0;

        /// <summary>Starts counting <see cref="MaxRequestsInFlight"/> afresh from the requests in flight now.</summary>
        public void ResetMaxRequestsInFlight() => _pipeline?.ResetMaxInFlight();

        /// <summary>
        /// Starts a fake provider on 127.0.0.1, on an ephemeral port unless <see cref="FakeServerOptions.Port"/> names one.
        /// </summary>
        /// <param name="data">The district to serve (see <see cref="FakeDistrict.Generate"/>, <see cref="FakeDistrict.FromJson(string)"/>, <see cref="FakeDistrict.Empty"/>).</param>
        /// <param name="options">Credentials and quirks; null for a spec-faithful provider with default credentials.</param>
        /// <param name="cancellationToken">Cancels the start.</param>
        /// <exception cref="ArgumentException">The options are not usable (the message lists every problem).</exception>
        public static Task<OneRosterFakeServer> StartAsync(FakeDistrict data, FakeServerOptions? options = null, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(data);
            cancellationToken.ThrowIfCancellationRequested();
            var settings = (options ?? new FakeServerOptions()).Clone();
            var errors = settings.GetValidationErrors();
            if (errors.Count > 0)
            {
                throw new ArgumentException("The fake server options are not usable: " + string.Join(" ", errors), nameof(options));
            }

            var wireMock = WireMockServer.Start(new WireMockServerSettings
            {
                Urls = new[] { $"http://127.0.0.1:{settings.Port}" },
                StartAdminInterface = false,
                MaxRequestLogCount = 0,
            });
            try
            {
                var issuer = new TokenIssuer(settings.TimeProvider, settings.TokenLifetime);
                var faults = new FaultSchedule(settings);
                var log = new FakeRequestLog();
                var fake = new OneRosterFakeServer(wireMock, data, settings, issuer, faults, log);
                var context = new ServerContext(data, settings, fake.BaseUrl.AbsoluteUri);
                var pipeline = new RequestPipeline(context, issuer, faults, log);
                fake._pipeline = pipeline;
                wireMock.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(pipeline.HandleAsync));
                return Task.FromResult(fake);
            }
            catch
            {
                wireMock.Stop();
                wireMock.Dispose();
                throw;
            }
        }

        /// <summary>
        /// Options for a <see cref="OneRosterClient"/> that talks to this fake: base URL, token URL and the client
        /// credentials; everything else (timeouts, retries) at its defaults, to adjust as the test needs.
        /// </summary>
        public OneRosterClientOptions CreateClientOptions() => new()
        {
            BaseUrl = BaseUrl,
            TokenUrl = TokenUrl,
            ClientId = ClientId,
            ClientSecret = ClientSecret,
        };

        /// <summary>An access token valid for API calls, issued without an HTTP round trip (for hand-written requests).</summary>
        public string IssueAccessToken() => _issuer.Issue();

        /// <summary>Makes every token issued so far invalid: the next API call with one is answered 401, as after a provider-side revocation.</summary>
        public void RevokeTokens() => _issuer.RevokeAll();

        /// <summary>Answers the next <paramref name="count"/> API requests with <paramref name="statusCode"/> (a 5xx burst starting now).</summary>
        /// <exception cref="ArgumentOutOfRangeException">Count is negative or the status is not 500-599.</exception>
        public void FailNextRequests(int count, int statusCode = 503)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(count);
            if (statusCode is < 500 or > 599)
            {
                throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "Use a 5xx status.");
            }
            _faults.Inject(count, statusCode);
        }

        /// <summary>Stops the server; later calls do nothing.</summary>
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                _server.Stop();
                _server.Dispose();
            }
        }

        /// <summary>Stops the server; later calls do nothing.</summary>
        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
