namespace OneRoster
{
    /// <summary>How a provider authenticates API requests; part of its <see cref="OneRosterProvider"/> profile.</summary>
    public enum OneRosterAuthScheme
    {
        /// <summary>
        /// OAuth 2.0 client credentials (RFC 6749 §4.4): a bearer token from the token URL, cached and refreshed. The
        /// OneRoster 1.2 default.
        /// </summary>
        OAuth2ClientCredentials = 0,

        /// <summary>
        /// OAuth 1.0a signed requests (RFC 5849, two-legged): every request carries an <c>Authorization: OAuth …</c>
        /// header signed with <see cref="OneRosterClientOptions.ClientId"/> as the consumer key and
        /// <see cref="OneRosterClientOptions.ClientSecret"/> as the consumer secret, by
        /// <see cref="OneRosterProvider.SignatureMethod"/>. No token URL is used. OneRoster 1.1's scheme (ClassLink).
        /// </summary>
        OAuth1Signature = 1,

        /// <summary>
        /// A static key the provider issued, sent as <c>Authorization: Bearer</c> with
        /// <see cref="OneRosterClientOptions.ClientSecret"/> on every request (ClassLink's alternative to OAuth 1.0a).
        /// No token URL; <see cref="OneRosterClientOptions.ClientId"/> is not needed.
        /// </summary>
        BearerKey = 2,
    }
}
