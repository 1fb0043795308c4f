using System;
using System.Diagnostics.CodeAnalysis;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Duende.IdentityModel.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OneRoster.Errors;
using OneRoster.Http;

namespace OneRoster.Auth
{
    /// <summary>
    /// Fetches and caches the OAuth 2.0 client-credentials token of one set of credentials.
    /// Single-flight: however many requests need a token at once, one token request is in flight and all of
    /// them await it. A token is reused until shortly before it expires (<see cref="RefreshMargin"/>, at most
    /// half its lifetime) and dropped when the API rejects it. It lives as long as the client (or, under
    /// dependency injection, as long as the container), not as long as a handler: IHttpClientFactory rebuilds
    /// handlers every few minutes and must not lose the token each time.
    /// </summary>
    internal sealed class OneRosterTokenProvider : IDisposable
    {
        /// <summary>How long before its expiry a token is replaced, so it never expires in flight.</summary>
        internal static readonly TimeSpan RefreshMargin = TimeSpan.FromSeconds(60);

        private static readonly Action<ILogger, string, double, Exception?> Fetched =
            LoggerMessage.Define<string, double>(
                LogLevel.Debug,
                new EventId(10, "OneRosterTokenFetched"),
                "OneRoster fetched an access token from {TokenEndpoint}, valid for {LifetimeSeconds} s");

        private static readonly Action<ILogger, string, string, Exception?> Refused =
            LoggerMessage.Define<string, string>(
                LogLevel.Warning,
                new EventId(11, "OneRosterTokenFailed"),
                "OneRoster could not get an access token from {TokenEndpoint}: {Reason}");

        private readonly Func<HttpClient> _tokenHttpClient;
        private readonly Uri _tokenUrl;
        private readonly string _clientId;
        private readonly string _clientSecret;
        private readonly CredentialRedactor _redactor;
        private readonly string? _scope;
        private readonly ClientCredentialStyle _credentialStyle;
        private readonly TimeProvider _timeProvider;
        private readonly ILogger _logger;
        private readonly object _gate = new();
        private readonly CancellationTokenSource _disposed = new();
        private CachedToken? _current;
        private Task<CachedToken>? _inFlight;

        /// <param name="options">Validated options (token URL, credentials, scopes, client authentication).</param>
        /// <param name="tokenHttpClient">Gives the HttpClient for the token endpoint; called once per token request.</param>
        /// <param name="timeProvider">Clock for expiry.</param>
        /// <param name="logger">Logger; never receives the secret or the token.</param>
        public OneRosterTokenProvider(OneRosterClientOptions options, Func<HttpClient> tokenHttpClient, TimeProvider? timeProvider = null, ILogger? logger = null)
        {
            ArgumentNullException.ThrowIfNull(options);
            _tokenHttpClient = tokenHttpClient ?? throw new ArgumentNullException(nameof(tokenHttpClient));
            _tokenUrl = options.ResolvedTokenUrl ?? throw new ArgumentException("The options have no token URL.", nameof(options));
            _clientId = options.ClientId ?? throw new ArgumentException("The options have no ClientId.", nameof(options));
            _clientSecret = options.ClientSecret ?? throw new ArgumentException("The options have no ClientSecret.", nameof(options));
            _redactor = new CredentialRedactor(_clientId, _clientSecret);
            _scope = options.Scopes is { Count: > 0 } scopes ? string.Join(' ', scopes) : null;
            _credentialStyle = options.ClientAuthentication == OneRosterClientAuthentication.RequestBody
                ? ClientCredentialStyle.PostBody
                : ClientCredentialStyle.AuthorizationHeader;
            _timeProvider = timeProvider ?? options.TimeProvider ?? TimeProvider.System;
            _logger = logger ?? NullLogger.Instance;
        }

        /// <summary>A valid access token: the cached one, or a fresh one shared with every concurrent caller.</summary>
        /// <exception cref="OneRosterAuthenticationException">The token endpoint refused the credentials or could not be reached.</exception>
        public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
        {
            Task<CachedToken> fetch;
            lock (_gate)
            {
                if (_current is { } cached && cached.IsUsableAt(_timeProvider.GetUtcNow()))
                {
                    return cached.Value;
                }
                // A completed fetch is either cached above (and now stale) or failed: start a new one.
                if (_inFlight is null || _inFlight.IsCompleted)
                {
                    _inFlight = FetchAsync();
                }
                fetch = _inFlight;
            }
            // Each caller may give up waiting; the shared fetch goes on for the others.
            var token = await fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
            return token.Value;
        }

        /// <summary>Drops <paramref name="rejected"/> if it is still the cached token, so the next caller fetches anew.</summary>
        public void Invalidate(string rejected)
        {
            lock (_gate)
            {
                if (_current is { } cached && string.Equals(cached.Value, rejected, StringComparison.Ordinal))
                {
                    _current = null;
                }
            }
        }

        public void Dispose()
        {
            if (!_disposed.IsCancellationRequested)
            {
                _disposed.Cancel();
                _disposed.Dispose();
            }
        }

        private async Task<CachedToken> FetchAsync()
        {
            // Leave the lock before any I/O starts.
            await Task.Yield();
            var request = new ClientCredentialsTokenRequest
            {
                Address = _tokenUrl.AbsoluteUri,
                ClientId = _clientId,
                ClientSecret = _clientSecret,
                ClientCredentialStyle = _credentialStyle,
                // RFC 6749 §2.3.1: id and secret are form-encoded before Base64 (matters for secrets with '+', '/', ':').
                AuthorizationHeaderStyle = BasicAuthenticationHeaderStyle.Rfc6749,
                Scope = _scope,
            };
            var cancellation = _disposed.Token;
            TokenResponse response;
            try
            {
                response = await _tokenHttpClient().RequestClientCredentialsTokenAsync(request, cancellation).ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (!cancellation.IsCancellationRequested)
            {
                // The timeout of a token HttpClient given to this provider (the client's own ones have none).
                var timedOut = TimedOut(ex);
                Refused(_logger, _tokenUrl.GetLeftPart(UriPartial.Path), timedOut.Message, null);
                throw timedOut;
            }
            // Everything needed was read from it; disposing it returns the body's buffer (BufferedBodyContent) to its pool.
            using var answer = response.HttpResponse;
            if (response.IsError || string.IsNullOrEmpty(response.AccessToken))
            {
                if (response.Exception is OperationCanceledException && cancellation.IsCancellationRequested)
                {
                    throw new ObjectDisposedException("OneRosterClient", "The OneRoster client was disposed while fetching a token.");
                }
                var failure = Failure(response);
                Refused(_logger, _tokenUrl.GetLeftPart(UriPartial.Path), failure.Message, null);
                throw failure;
            }

            var now = _timeProvider.GetUtcNow();
            var lifetime = response.ExpiresIn > 0 ? TimeSpan.FromSeconds(response.ExpiresIn) : (TimeSpan?)null;
            var token = new CachedToken(response.AccessToken, lifetime is { } l ? now + l - Margin(l) : null);
            lock (_gate)
            {
                _current = token;
            }
            Fetched(_logger, _tokenUrl.GetLeftPart(UriPartial.Path), lifetime?.TotalSeconds ?? double.PositiveInfinity, null);
            return token;
        }

        /// <summary>Replace a token <see cref="RefreshMargin"/> early, but never later than halfway through a short lifetime.</summary>
        private static TimeSpan Margin(TimeSpan lifetime) =>
            lifetime.Ticks / 2 < RefreshMargin.Ticks ? TimeSpan.FromTicks(lifetime.Ticks / 2) : RefreshMargin;

        private OneRosterAuthenticationException Failure(TokenResponse response)
        {
            var endpoint = _tokenUrl.GetLeftPart(UriPartial.Path);
            var status = (int)response.HttpStatusCode;
            string reason;
            Exception? cause = null;
            if (response.ErrorType == ResponseErrorType.Exception && response.Exception is Polly.Timeout.TimeoutRejectedException timeout)
            {
                // The per-attempt or overall timeout of the token requests' resilience pipeline, after its retries.
                return TimedOut(timeout);
            }
            // Only what the endpoint (or the transport) said goes through the redactor; the client's own words carry no credential.
            var oauthError = response.ErrorType == ResponseErrorType.Protocol ? Scrub(NullIfEmpty(response.Error)) : null;
            var oauthDescription = Scrub(NullIfEmpty(response.ErrorDescription));
            if (response.ErrorType == ResponseErrorType.Exception && response.Exception is not null)
            {
                reason = $"the token endpoint could not be reached ({response.Exception.GetType().Name}: {Scrub(response.Exception.Message).TrimEnd('.')})";
                cause = response.Exception is HttpRequestException or TimeoutException or OperationCanceledException ? response.Exception : null;
                status = 0;
            }
            else if (!response.IsError)
            {
                reason = "the token endpoint answered without an access_token";
            }
            else if (oauthError is not null)
            {
                reason = $"the token endpoint answered {status} with OAuth error '{oauthError}'" +
                    (oauthDescription is null ? string.Empty : $": {oauthDescription}");
            }
            else
            {
                reason = $"the token endpoint answered {status}" +
                    (string.IsNullOrEmpty(response.HttpErrorReason) ? string.Empty : $" {Scrub(response.HttpErrorReason)}");
            }
            var message = $"OneRoster could not authenticate: {reason}. Check ClientId, ClientSecret, Scopes, TokenUrl " +
                $"({endpoint}) and ClientAuthentication ({(_credentialStyle == ClientCredentialStyle.PostBody ? "RequestBody" : "Basic")}).";
            var answer = TokenRequest with
            {
                Status = status == 0 ? null : status,
                Description = oauthDescription ?? oauthError,
                BodySnippet = Scrub(OneRosterErrorMapper.Snippet(response.Raw)),
            };
            return OneRosterErrorMapper.TokenFailure(message, cause, answer, oauthError, oauthDescription);
        }

        /// <summary>The facts of a token request, for the exception its failure becomes.</summary>
        private OneRosterErrorInfo TokenRequest => new() { Method = "POST", RequestPath = RequestPathRedactor.Describe(_tokenUrl) };

        private OneRosterAuthenticationException TimedOut(Exception cause) => OneRosterErrorMapper.TokenFailure(
            $"OneRoster could not authenticate: the token endpoint ({_tokenUrl.GetLeftPart(UriPartial.Path)}) did not answer in time.",
            cause,
            TokenRequest,
            oauthError: null,
            oauthErrorDescription: null);

        /// <summary>A token endpoint that echoes the request must not smuggle the secret into an exception.</summary>
        [return: NotNullIfNotNull(nameof(text))]
        private string? Scrub(string? text) => _redactor.Redact(text);

        private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

        private sealed class CachedToken
        {
            public CachedToken(string value, DateTimeOffset? refreshAt)
            {
                Value = value;
                RefreshAt = refreshAt;
            }

            public string Value { get; }

            /// <summary>When to fetch a new one; null when the endpoint gave no lifetime (kept until rejected).</summary>
            public DateTimeOffset? RefreshAt { get; }

            public bool IsUsableAt(DateTimeOffset now) => RefreshAt is null || now < RefreshAt;
        }
    }
}
