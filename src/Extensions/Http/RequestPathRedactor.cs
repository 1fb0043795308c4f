using System;
using System.Collections.Generic;
using System.Text;

namespace OneRoster.Http
{
    /// <summary>
    /// Turns a request URI into the text that logs and exceptions show: path and query, no scheme or host,
    /// and the values of credential-like query parameters replaced by <c>***</c>. OneRoster itself never puts
    /// secrets in a query, but a base URL or a caller-built request might (<c>?access_token=</c> is a common
    /// fallback of API gateways), and a log line must not depend on that never happening.
    /// </summary>
    internal static class RequestPathRedactor
    {
        private const string Mask = "***";

        private static readonly HashSet<string> SensitiveNames = new(StringComparer.OrdinalIgnoreCase)
        {
            "access_token", "id_token", "refresh_token", "token", "client_secret", "secret", "password", "pwd",
            "api_key", "apikey", "key", "code", "sig", "signature", "assertion", "client_assertion", "auth",
        };

        public static string? Describe(Uri? uri)
        {
            if (uri is null)
            {
                return null;
            }
            string path;
            string query;
            if (uri.IsAbsoluteUri)
            {
                path = uri.AbsolutePath;
                query = uri.Query.TrimStart('?');
            }
            else
            {
                var text = uri.OriginalString;
                var hash = text.IndexOf('#', StringComparison.Ordinal);
                if (hash >= 0)
                {
                    text = text.Substring(0, hash);
                }
                var mark = text.IndexOf('?', StringComparison.Ordinal);
                path = mark < 0 ? text : text.Substring(0, mark);
                query = mark < 0 ? string.Empty : text.Substring(mark + 1);
                if (!path.StartsWith('/'))
                {
                    path = "/" + path;
                }
            }
            return query.Length == 0 ? path : path + "?" + RedactQuery(query);
        }

        private static string RedactQuery(string query)
        {
            var result = new StringBuilder(query.Length);
            foreach (var part in query.Split('&'))
            {
                if (result.Length > 0)
                {
                    result.Append('&');
                }
                var equals = part.IndexOf('=', StringComparison.Ordinal);
                var name = equals < 0 ? part : part.Substring(0, equals);
                string decoded;
                try
                {
                    decoded = Uri.UnescapeDataString(name.Replace('+', ' '));
                }
                catch (UriFormatException)
                {
                    decoded = name;
                }
                result.Append(equals >= 0 && SensitiveNames.Contains(decoded.Trim()) ? name + "=" + Mask : part);
            }
            return result.ToString();
        }
    }
}
