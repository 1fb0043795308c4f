namespace OneRoster
{
    /// <summary>How the client credentials travel to the token endpoint (providers differ).</summary>
    public enum OneRosterClientAuthentication
    {
        /// <summary>HTTP Basic (<c>Authorization: Basic</c>), RFC 6749 §2.3.1's preferred form. The default.</summary>
        Basic = 0,

        /// <summary><c>client_id</c> and <c>client_secret</c> in the form body, for providers that do not accept Basic.</summary>
        RequestBody = 1,
    }
}
