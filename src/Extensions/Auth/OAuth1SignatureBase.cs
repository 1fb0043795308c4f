using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace OneRoster.Auth
{
    /// <summary>
    /// The signature base string of RFC 5849 §3.4.1: the method, the base string URI and the normalized parameters,
    /// each percent-encoded and joined with '&amp;'. Pure: the same request and parameters always give the same text.
    /// </summary>
    internal static class OAuth1SignatureBase
    {
        /// <summary>The base string of a request to <paramref name="uri"/> whose parameters (query, form body, <c>oauth_*</c>) are <paramref name="parameters"/>.</summary>
        public static string Create(string method, Uri uri, IEnumerable<KeyValuePair<string, string>> parameters)
        {
            ArgumentException.ThrowIfNullOrEmpty(method);
            return method.ToUpperInvariant() + "&" + OAuth1Encoding.Encode(BaseStringUri(uri)) + "&" + OAuth1Encoding.Encode(NormalizedParameters(parameters));
        }

        /// <summary>
        /// §3.4.1.2: scheme and host in lower case, the port only when it is not the scheme's default, the path as sent
        /// (still percent-encoded), no query and no fragment.
        /// </summary>
        public static string BaseStringUri(Uri uri)
        {
            ArgumentNullException.ThrowIfNull(uri);
            if (!uri.IsAbsoluteUri)
            {
                throw new ArgumentException("An OAuth 1.0a signature needs the absolute request URL.", nameof(uri));
            }
            var authority = uri.IdnHost.ToLowerInvariant();
            if (uri.HostNameType == UriHostNameType.IPv6 && !authority.StartsWith('['))
            {
                authority = "[" + authority + "]";
            }
            if (!uri.IsDefaultPort)
            {
                authority += ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
            }
            var path = uri.AbsolutePath.Length == 0 ? "/" : uri.AbsolutePath;
            return uri.Scheme.ToLowerInvariant() + "://" + authority + path;
        }

        /// <summary>
        /// §3.4.1.3.2: every name and value encoded, sorted by encoded name and then by encoded value (byte order, so
        /// repeated names keep a fixed order), joined as <c>name=value</c> with '&amp;'.
        /// </summary>
        public static string NormalizedParameters(IEnumerable<KeyValuePair<string, string>> parameters)
        {
            ArgumentNullException.ThrowIfNull(parameters);
            var encoded = parameters
                .Select(p => (Name: OAuth1Encoding.Encode(p.Key), Value: OAuth1Encoding.Encode(p.Value ?? string.Empty)))
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .ThenBy(p => p.Value, StringComparer.Ordinal);
            return string.Join("&", encoded.Select(p => p.Name + "=" + p.Value));
        }
    }
}
