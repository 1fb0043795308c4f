using System;
using System.Collections.Generic;

namespace OneRoster.Testing
{
    // How the fake authenticates API requests: bearer tokens from its token endpoint, OAuth 1.0a signatures, or a static key.
    public sealed partial class FakeServerOptions
    {
        /// <summary>
        /// What an API request must carry: a bearer token from the token endpoint (<see cref="OneRosterAuthScheme.OAuth2ClientCredentials"/>,
        /// the default) or an OAuth 1.0a signature (<see cref="OneRosterAuthScheme.OAuth1Signature"/>, HMAC-SHA256 or
        /// HMAC-SHA1) by <see cref="ClientId"/> as consumer key and <see cref="ClientSecret"/> as consumer secret over the
        /// method, URL, every query parameter and the <c>oauth_*</c> parameters. A missing or wrong signature, an
        /// <c>oauth_timestamp</c> further than <see cref="SignatureTimestampTolerance"/> from the fake's clock, or a nonce
        /// used before is answered 401 with a OneRoster error body. <see cref="OneRosterAuthScheme.BearerKey"/>: API requests
        /// must carry <c>Authorization: Bearer</c> with <see cref="ClientSecret"/> itself as the key (the token endpoint's
        /// tokens do not count).
        /// </summary>
        public OneRosterAuthScheme AuthScheme { get; set; } = OneRosterAuthScheme.OAuth2ClientCredentials;

        /// <summary>
        /// How far an OAuth 1.0a <c>oauth_timestamp</c> may be from <see cref="TimeProvider"/>'s time, either way; nonces
        /// are remembered that long. Default 5 minutes.
        /// </summary>
        public TimeSpan SignatureTimestampTolerance { get; set; } = TimeSpan.FromMinutes(5);

        private IEnumerable<string> AuthErrors()
        {
            if (!Enum.IsDefined(AuthScheme))
            {
                yield return $"AuthScheme {(int)AuthScheme} is not a known scheme.";
            }
            if (SignatureTimestampTolerance <= TimeSpan.Zero)
            {
                yield return "SignatureTimestampTolerance must be positive.";
            }
        }
    }
}
