namespace OneRoster
{
    // The part of a provider profile about how requests are authenticated.
    public sealed partial record OneRosterProvider
    {
        /// <summary>
        /// How API requests are authenticated: OAuth 2.0 client credentials (the default) or OAuth 1.0a signatures with
        /// <see cref="OneRosterClientOptions.ClientId"/> and <see cref="OneRosterClientOptions.ClientSecret"/> as consumer
        /// key and secret (<see cref="ClassLink"/>). A provider that takes a static bearer key is reached through an
        /// <c>HttpClient</c> of your own that sends it.
        /// </summary>
        public OneRosterAuthScheme AuthScheme { get; init; } = OneRosterAuthScheme.OAuth2ClientCredentials;

        /// <summary>The HMAC of OAuth 1.0a signatures (<see cref="OneRosterAuthScheme.OAuth1Signature"/>); default HMAC-SHA256.</summary>
        public OneRosterSignatureMethod SignatureMethod { get; init; } = OneRosterSignatureMethod.HmacSha256;
    }
}
