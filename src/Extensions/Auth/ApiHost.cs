using System;

namespace OneRoster.Auth
{
    /// <summary>Where credentials may go: only to the scheme, host and port of the API base URL, never to a link or redirect elsewhere.</summary>
    internal static class ApiHost
    {
        public static bool Matches(Uri apiBase, Uri? uri) =>
            uri is { IsAbsoluteUri: true } &&
            string.Equals(uri.Scheme, apiBase.Scheme, StringComparison.OrdinalIgnoreCase) &&
            string.Equals(uri.IdnHost, apiBase.IdnHost, StringComparison.OrdinalIgnoreCase) &&
            uri.Port == apiBase.Port;
    }
}
