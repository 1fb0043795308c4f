namespace OneRoster
{
    // The part of a provider profile about how requests are authenticated.
    public sealed partial record OneRosterProvider
    {
        /// <summary>
        /// How API requests are authenticated: OAuth 2.0 client credentials (the default) or OAuth 1.0a signatures with
        /// <see cref="OneRosterClientOptions.ClientId"/> and <see cref="OneRosterClientOptions.ClientSecret"/> as consumer
        /// key and secret (<see cref="ClassLink"/>), or a static key sent as a bearer token
        /// (<see cref="OneRosterAuthScheme.BearerKey"/>: <c>OneRosterProvider.ClassLink with { AuthScheme = OneRosterAuthScheme.BearerKey }</c>).
        /// </summary>
        public OneRosterAuthScheme AuthScheme { get; init; } = OneRosterAuthScheme.OAuth2ClientCredentials;

        /// <summary>The HMAC of OAuth 1.0a signatures (<see cref="OneRosterAuthScheme.OAuth1Signature"/>); default HMAC-SHA256.</summary>
        public OneRosterSignatureMethod SignatureMethod { get; init; } = OneRosterSignatureMethod.HmacSha256;
    }
}
