using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using OneRoster.Errors;

namespace OneRoster.Auth
{
    /// <summary>
    /// Signs every request to the OneRoster API host with OAuth 1.0a (RFC 5849, two-legged): the client id is the
    /// consumer key, the client secret the consumer secret, the HMAC is the provider's
    /// <see cref="OneRosterProvider.SignatureMethod"/>. Each attempt gets its own <c>oauth_nonce</c> and
    /// <c>oauth_timestamp</c>, so a retry is never refused as a replay; every query parameter is signed.
    /// </summary>
    /// <remarks>
    /// <see cref="OneRosterClient"/> and <c>AddOneRosterClient</c> install this handler inside the retry loop when the
    /// provider's <see cref="OneRosterProvider.AuthScheme"/> is <see cref="OneRosterAuthScheme.OAuth1Signature"/>;
    /// construct it only to build your own <see cref="HttpClient"/>. A 401 is returned as it is (a fresh signature would
    /// not change the verdict) and becomes a <see cref="OneRosterAuthenticationException"/>. Requests to another host,
    /// and requests that already carry an <c>Authorization</c> header of their own, are sent unsigned.
    /// </remarks>
    public sealed class OneRosterOAuth1Handler : DelegatingHandler
    {
        // Marks the requests this handler signed, so a retry of the same message is signed afresh.
        private static readonly HttpRequestOptionsKey<bool> Signed = new("OneRoster.OAuth1Signed");

        private readonly OAuth1Signer _signer;
        private readonly Uri _apiBase;

        /// <summary>Creates a handler signing with the options' credentials and provider's signature method.</summary>
        /// <param name="options">Options with the base URL, the client id and secret; validated here.</param>
        /// <exception cref="OneRosterConfigurationException">The options cannot work.</exception>
        public OneRosterOAuth1Handler(OneRosterClientOptions options)
            : this(Validated(options), clock: null, nonces: null)
        {
        }

        /// <param name="options">Validated options.</param>
        /// <param name="clock">Gives <c>oauth_timestamp</c>; null for the options' clock.</param>
        /// <param name="nonces">Gives each <c>oauth_nonce</c>; null for random ones.</param>
        internal OneRosterOAuth1Handler(OneRosterClientOptions options, TimeProvider? clock, Func<string>? nonces)
        {
            ArgumentNullException.ThrowIfNull(options);
            _signer = new OAuth1Signer(
                options.ClientId ?? throw new ArgumentException("The options have no ClientId.", nameof(options)),
                options.ClientSecret ?? throw new ArgumentException("The options have no ClientSecret.", nameof(options)),
                options.ResolvedProvider.SignatureMethod,
                clock ?? options.TimeProvider,
                nonces);
            _apiBase = options.GetApiBaseAddress();
        }

        /// <inheritdoc />
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            var ours = request.Options.TryGetValue(Signed, out var signed) && signed;
            if ((request.Headers.Authorization is not null && !ours) || !IsApiHost(request.RequestUri))
            {
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }

            // RFC 5849 §3.4.1.3.1: a form body's parameters are signed too; the client sends JSON, a caller may not.
            string? form = null;
            if (request.Content is { Headers.ContentType.MediaType: "application/x-www-form-urlencoded" } content)
            {
                form = await content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            }
            request.Headers.Authorization = new AuthenticationHeaderValue(OAuth1Signer.Scheme, _signer.Authorize(request.Method.Method, request.RequestUri!, form));
            request.Options.Set(Signed, true);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        private static OneRosterClientOptions Validated(OneRosterClientOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            var copy = options.Clone();
            // Built by hand, the handler signs whatever the profile says; the options need no token URL for that.
            if (copy.ResolvedProvider.AuthScheme != OneRosterAuthScheme.OAuth1Signature)
            {
                copy.Provider = copy.ResolvedProvider with { AuthScheme = OneRosterAuthScheme.OAuth1Signature };
            }
            copy.Validate();
            return copy;
        }

        private bool IsApiHost(Uri? uri) => ApiHost.Matches(_apiBase, uri);
    }
}
