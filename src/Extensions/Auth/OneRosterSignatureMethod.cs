namespace OneRoster
{
    /// <summary>The HMAC an OAuth 1.0a signature is computed with (<c>oauth_signature_method</c>).</summary>
    public enum OneRosterSignatureMethod
    {
        /// <summary><c>HMAC-SHA256</c>, as OneRoster 1.1 asks for and ClassLink uses. The default.</summary>
        HmacSha256 = 0,

        /// <summary><c>HMAC-SHA1</c>, RFC 5849 §3.4.2, for providers that accept nothing newer.</summary>
        HmacSha1 = 1,
    }
}
