using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using OneRoster.Errors;

namespace OneRoster.Auth
{
    /// <summary>
    /// Puts an OAuth 2.0 client-credentials bearer token on every request to the OneRoster API host.
    /// The token is fetched on first use (Duende.IdentityModel), cached until shortly before it expires and
    /// shared by concurrent requests (one token request for any number of simultaneous first calls). When the
    /// API answers 401 the token is dropped and the request is sent once more with a fresh one; a second 401 is
    /// returned as it is and becomes a <see cref="OneRosterAuthenticationException"/>.
    /// </summary>
    /// <remarks>
    /// The token goes only to the scheme, host and port of the API base URL: a request anywhere else (a
    /// redirect target, a link to another host) is sent without it. A request that already has an
    /// <c>Authorization</c> header is left alone. <see cref="OneRosterClient"/> and <c>AddOneRosterClient</c>
    /// install this handler themselves; construct it only to build your own <see cref="HttpClient"/>.
    /// </remarks>
    public sealed class OneRosterTokenHandler : DelegatingHandler
    {
        private readonly OneRosterTokenProvider _tokens;
        private readonly Uri _apiBase;
        private readonly bool _ownsTokens;

        /// <summary>Creates a handler with its own token cache.</summary>
        /// <param name="options">Options with the base URL, token URL and credentials; validated here.</param>
        /// <param name="tokenHttpClient">The HttpClient used for the token endpoint (not disposed by the handler).</param>
        /// <param name="loggerFactory">Optional logger factory; it never receives the secret or the token.</param>
        /// <exception cref="OneRosterConfigurationException">The options cannot work.</exception>
        public OneRosterTokenHandler(OneRosterClientOptions options, HttpClient tokenHttpClient, ILoggerFactory? loggerFactory = null)
        {
            ArgumentNullException.ThrowIfNull(options);
            ArgumentNullException.ThrowIfNull(tokenHttpClient);
            options = options.Clone();
            options.Validate();
            _tokens = new OneRosterTokenProvider(
                options,
                () => tokenHttpClient,
                options.TimeProvider,
                (loggerFactory ?? options.LoggerFactory)?.CreateLogger("OneRoster.Auth"));
            _apiBase = options.GetApiBaseAddress();
            _ownsTokens = true;
        }

        internal OneRosterTokenHandler(OneRosterTokenProvider tokens, Uri apiBase)
        {
            _tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
            _apiBase = apiBase ?? throw new ArgumentNullException(nameof(apiBase));
        }

        /// <inheritdoc />
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (request.Headers.Authorization is not null || !IsApiHost(request.RequestUri))
            {
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }

            var token = await _tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                return response;
            }

            // The token was revoked or expired early (clock skew, key rotation): once with a fresh one.
            response.Dispose();
            _tokens.Invalidate(token);
            var fresh = await _tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", fresh);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        /// <inheritdoc />
        protected override void Dispose(bool disposing)
        {
            if (disposing && _ownsTokens)
            {
                _tokens.Dispose();
            }
            base.Dispose(disposing);
        }

        private bool IsApiHost(Uri? uri) => ApiHost.Matches(_apiBase, uri);
    }
}
