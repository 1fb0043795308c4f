using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using OneRoster.Auth;
using OneRoster.Errors;
using OneRoster.Http;
using OneRoster.Rostering;
using Polly.Timeout;

namespace OneRoster
{
    /// <summary>
    /// The OneRoster v1.2 client: one object for every resource area (rostering, gradebook, resources) of one
    /// provider and one set of credentials. Thread-safe; create one and reuse it (or let dependency injection
    /// do that with <c>AddOneRosterClient</c>). Every failure surfaces as a <see cref="OneRosterException"/>.
    /// </summary>
    /// <remarks>
    /// The requests pass through: <c>X-Request-ID</c> → bearer token (cached, single-flight, refreshed on 401)
    /// → retry and timeouts (<see cref="OneRosterClientOptions.Retry"/>) → one Debug log line per attempt → network.
    /// The resource areas live in further parts of this partial class.
    /// </remarks>
    public partial class OneRosterClient : IDisposable
    {
        private readonly HttpClient? _httpClient;
        private readonly bool _ownsHttpClient;
        private readonly List<IDisposable> _owned = new();
        private readonly TimeProvider _timeProvider = TimeProvider.System;
        private int _disposed;

        /// <summary>
        /// Creates a client with its own connection pool, token cache and handler chain, disposed with it.
        /// </summary>
        /// <param name="options">Where the provider is, the credentials, timeouts and retries. Copied: later changes have no effect.</param>
        /// <exception cref="OneRosterConfigurationException">The options cannot work (every problem is listed).</exception>
        public OneRosterClient(OneRosterClientOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            Options = options.Clone();
            Options.Validate();
            _timeProvider = Options.TimeProvider ?? TimeProvider.System;
            var loggerFactory = Options.LoggerFactory;

            var network = new SocketsHttpHandler
            {
                // Re-resolve DNS now and then; a long-lived client otherwise pins one address forever.
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                AutomaticDecompression = DecompressionMethods.All,
            };
            // Token requests get the same timeouts and retries as API calls (see OneRosterResilience.ConfigureTokenRequests).
            var tokenChain = new ResilienceHandler(OneRosterResilience.BuildForTokenRequests(Options, _timeProvider))
            {
                InnerHandler = new BodyBufferingHandler { InnerHandler = network },
            };
            var tokenHttpClient = new HttpClient(tokenChain, disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
            var tokens = new OneRosterTokenProvider(Options, () => tokenHttpClient, _timeProvider, loggerFactory?.CreateLogger("OneRoster.Auth"));

            var chain = new PageTurnHandler
            {
                InnerHandler = new RequestIdHandler
                {
                    InnerHandler = new OneRosterTokenHandler(tokens, Options.GetApiBaseAddress())
                    {
                        InnerHandler = new ResilienceHandler(OneRosterResilience.Build(Options, _timeProvider))
                        {
                            InnerHandler = new AttemptLoggingHandler(CreateLogger(loggerFactory), _timeProvider)
                            {
                                InnerHandler = new BodyBufferingHandler { InnerHandler = network },
                            },
                        },
                    },
                },
            };
            _httpClient = new HttpClient(chain, disposeHandler: true)
            {
                BaseAddress = Options.GetApiBaseAddress(),
                // The resilience pipeline owns every timeout (per attempt and overall).
                Timeout = System.Threading.Timeout.InfiniteTimeSpan,
            };
            _ownsHttpClient = true;
            _owned.Add(tokenHttpClient);
            _owned.Add(tokens);
            _owned.Add(network);
        }

        /// <summary>
        /// Creates a client over an <see cref="HttpClient"/> that is already set up, e.g. by
        /// <c>IHttpClientFactory</c> or by you with a <see cref="OneRosterTokenHandler"/>. The client does not
        /// dispose it. Its <see cref="HttpClient.BaseAddress"/> is set from <paramref name="options"/> when missing, and
        /// given a trailing '/' when it lacks one (the generated clients append relative paths).
        /// </summary>
        /// <param name="httpClient">The HttpClient to send requests with; it is responsible for authentication.</param>
        /// <param name="options">Options (base URL used when the HttpClient has none); null for defaults.</param>
        /// <exception cref="OneRosterConfigurationException">No usable base URL.</exception>
        public OneRosterClient(HttpClient httpClient, OneRosterClientOptions? options = null)
        {
            ArgumentNullException.ThrowIfNull(httpClient);
            Options = options?.Clone() ?? new OneRosterClientOptions();
            try
            {
                if (httpClient.BaseAddress is null)
                {
                    var errors = Options.GetValidationErrors(requireCredentials: false);
                    if (errors.Count > 0)
                    {
                        throw new OneRosterConfigurationException(errors);
                    }
                    httpClient.BaseAddress = Options.GetApiBaseAddress();
                }
                else if (!httpClient.BaseAddress.AbsolutePath.EndsWith('/'))
                {
                    // Without the slash, relative paths would replace the last segment of a prefixed base URL.
                    httpClient.BaseAddress = OneRosterClientOptions.WithTrailingSlash(httpClient.BaseAddress);
                }
            }
            catch (InvalidOperationException ex)
            {
                throw new ArgumentException(
                    "The HttpClient has already sent requests, so its BaseAddress can no longer be set; give it a BaseAddress " +
                    "that is the provider root ending with '/' before creating the OneRosterClient.", nameof(httpClient), ex);
            }
            _timeProvider = Options.TimeProvider ?? TimeProvider.System;
            _httpClient = httpClient;
            _ownsHttpClient = false;
        }

        /// <summary>For mocking frameworks and test doubles: a client that sends nothing.</summary>
        protected OneRosterClient()
        {
            Options = new OneRosterClientOptions();
        }

        /// <summary>A copy of the options the client was created with.</summary>
        public OneRosterClientOptions Options { get; }

        /// <summary>The HttpClient the generated clients send with (BaseAddress = provider root ending with '/').</summary>
        internal HttpClient HttpClient =>
            _httpClient ?? throw new InvalidOperationException("This OneRosterClient was created for mocking and cannot send requests.");

        /// <summary>Disposes the connection pool and token cache when the client created them.</summary>
        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        /// <summary>
        /// Runs one generated-client call and turns every failure into a <see cref="OneRosterException"/>:
        /// the generated <c>ApiException</c> never escapes. Cancellation by <paramref name="cancellationToken"/>
        /// surfaces as <see cref="OperationCanceledException"/>; a bad argument (e.g. a blank sourcedId) as
        /// <see cref="ArgumentException"/>.
        /// </summary>
        /// <param name="call">The call, e.g. <c>(http, ct) =&gt; new UsersClient(http).GetUserAsync(id, null, ct)</c>.</param>
        /// <param name="sourcedId">The sourcedId the call is about, reported by <see cref="OneRosterNotFoundException"/>; null for lists.</param>
        /// <param name="cancellationToken">The caller's cancellation.</param>
        internal async Task<T> InvokeAsync<T>(Func<HttpClient, CancellationToken, Task<T>> call, string? sourcedId, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(call);
            ThrowIfDisposed();
            using var scope = OneRosterCallScope.Begin();
            try
            {
                return await call(HttpClient, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (Translate(ex, scope, sourcedId, cancellationToken) is { } translated)
            {
                throw translated;
            }
        }

        /// <summary>Runs one generated-client call without a result; see <see cref="InvokeAsync{T}"/>.</summary>
        internal async Task InvokeAsync(Func<HttpClient, CancellationToken, Task> call, string? sourcedId, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(call);
            ThrowIfDisposed();
            using var scope = OneRosterCallScope.Begin();
            try
            {
                await call(HttpClient, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (Translate(ex, scope, sourcedId, cancellationToken) is { } translated)
            {
                throw translated;
            }
        }

        /// <summary>
        /// The exception for a body that failed to parse after <paramref name="call"/> returned (a stream reads its
        /// pages' records one at a time, after the call): the same one the call itself would have thrown.
        /// </summary>
        internal Exception BodyReadFailure(Exception ex, OneRosterCallScope call) => Translate(ex, call, null, CancellationToken.None) ?? ex;

        /// <summary>Releases what the client created.</summary>
        /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
        protected virtual void Dispose(bool disposing)
        {
            if (!disposing || Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }
            if (_ownsHttpClient)
            {
                _httpClient?.Dispose();
            }
            foreach (var owned in _owned)
            {
                owned.Dispose();
            }
        }

        private static ILogger CreateLogger(ILoggerFactory? factory) =>
            factory?.CreateLogger(typeof(OneRosterClient).FullName!) ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);

        /// <summary>The exception to throw instead of <paramref name="ex"/>, or null to let it through unchanged.</summary>
        private Exception? Translate(Exception ex, OneRosterCallScope scope, string? sourcedId, CancellationToken cancellationToken)
        {
            switch (ex)
            {
                case OneRosterAuthenticationException { IsTokenEndpointFailure: true } token when token.RequestId is null:
                    // Shared by every caller that waited on the same token request: give this call its own copy.
                    return new OneRosterAuthenticationException(token.Message, token.InnerException, new ErrorFacts
                    {
                        Status = token.Status,
                        Method = token.Method,
                        RequestPath = token.RequestPath,
                        RequestId = scope.RequestId,
                        Description = token.Description,
                        BodySnippet = token.BodySnippet,
                    })
                    {
                        OAuthError = token.OAuthError,
                        OAuthErrorDescription = token.OAuthErrorDescription,
                        IsTokenEndpointFailure = true,
                    };
                case OneRosterException:
                    return null;
                case OperationCanceledException when cancellationToken.IsCancellationRequested:
                    return null;
                case ArgumentException:
                    // A bad argument (RequestPathGuard, a null id) is the caller's bug, not a provider failure.
                    return null;
                case ObjectDisposedException:
                    return null;
                case ApiException api:
                    return OneRosterErrorMapper.FromAnswer(
                        Exchange(scope, sourcedId, api.InnerException) with
                        {
                            Status = api.StatusCode,
                            // Stream-mode generated clients keep no text; the request-id handler buffered it.
                            Body = string.IsNullOrEmpty(api.Response) ? scope.ErrorBody : api.Response,
                            Headers = api.Headers,
                            Reason = ReasonOf(api),
                        },
                        _timeProvider.GetUtcNow());
                case Newtonsoft.Json.JsonException:
                    return OneRosterErrorMapper.FromAnswer(
                        Exchange(scope, sourcedId, ex) with
                        {
                            Status = scope.Status is { } status and >= 200 and < 300 ? status : 200,
                            Reason = "the body could not be read",
                        },
                        _timeProvider.GetUtcNow());
                case TimeoutRejectedException:
                case OperationCanceledException:
                case TimeoutException:
                    return OneRosterErrorMapper.WithoutAnswer(Exchange(scope, sourcedId, ex), timedOut: true);
                case HttpRequestException:
                    return OneRosterErrorMapper.WithoutAnswer(Exchange(scope, sourcedId, ex), timedOut: false);
                default:
                    return null;
            }
        }

        private static FailedExchange Exchange(OneRosterCallScope scope, string? sourcedId, Exception? cause) => new()
        {
            Method = scope.Method,
            RequestPath = scope.RequestPath,
            RequestId = scope.RequestId,
            SourcedId = sourcedId,
            Cause = cause,
        };

        /// <summary>The generated exception's own sentence, without the status and body it appends.</summary>
        private static string ReasonOf(ApiException api)
        {
            var message = api.Message;
            var cut = message.IndexOf("\n\nStatus:", StringComparison.Ordinal);
            return cut >= 0 ? message.Substring(0, cut) : message;
        }
    }
}
