using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace OneRoster.Testing.Auth
{
    /// <summary>
    /// Checks OAuth 1.0a signatures (RFC 5849 §3.2) as a provider does: the consumer key, the signature method, the
    /// timestamp against the clock, the HMAC over the request rebuilt from what arrived on the wire, and the nonce
    /// not seen before. Written from the RFC on its own, not with the client's signer, so a mistake there is not
    /// mirrored here. Never puts the secret or the expected signature in its answers.
    /// </summary>
    internal sealed class SignatureVerifier
    {
        private static readonly Dictionary<string, Func<byte[], byte[], byte[]>> Methods = new(StringComparer.Ordinal)
        {
            ["HMAC-SHA256"] = HMACSHA256.HashData,
            ["HMAC-SHA1"] = HMACSHA1.HashData,
        };

        private readonly string _consumerKey;
        private readonly byte[] _key;
        private readonly TimeProvider _clock;
        private readonly TimeSpan _tolerance;
        private readonly ConcurrentDictionary<string, long> _seenNonces = new(StringComparer.Ordinal);

        public SignatureVerifier(string consumerKey, string consumerSecret, TimeProvider clock, TimeSpan tolerance)
        {
            _consumerKey = consumerKey;
            // No token credentials (two-legged): the key is the encoded consumer secret and '&'.
            _key = Encoding.ASCII.GetBytes(PercentEncode(consumerSecret) + "&");
            _clock = clock;
            _tolerance = tolerance;
        }

        /// <summary>Why the request is refused, or null when its signature holds.</summary>
        /// <param name="method">The HTTP method.</param>
        /// <param name="url">The absolute URL as received (path and query still percent-encoded).</param>
        /// <param name="authorization">The <c>Authorization</c> header, if any.</param>
        /// <param name="formBody">The body when it is <c>application/x-www-form-urlencoded</c>, else null.</param>
        public string? Refusal(string method, string url, string? authorization, string? formBody)
        {
            if (authorization is null || !authorization.StartsWith("OAuth ", StringComparison.OrdinalIgnoreCase))
            {
                return "No OAuth 1.0a signature was sent (Authorization: OAuth ...).";
            }
            var oauth = HeaderParameters(authorization.Substring("OAuth ".Length));
            if (oauth is null)
            {
                return "The Authorization header is not a list of name=\"value\" pairs.";
            }
            string? Get(string name) => oauth.FirstOrDefault(p => p.Name == name).Value;
            if (Get("oauth_consumer_key") != _consumerKey)
            {
                return "The consumer key is not known.";
            }
            var signatureMethod = Get("oauth_signature_method") ?? string.Empty;
            if (!Methods.TryGetValue(signatureMethod, out var mac))
            {
                return $"The signature method '{signatureMethod}' is not supported (HMAC-SHA256 or HMAC-SHA1).";
            }
            if (!long.TryParse(Get("oauth_timestamp"), NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
            {
                return "oauth_timestamp is missing or not a number of seconds.";
            }
            var now = _clock.GetUtcNow().ToUnixTimeSeconds();
            if (Math.Abs(now - timestamp) > (long)_tolerance.TotalSeconds)
            {
                return "oauth_timestamp is too far from the server's clock.";
            }
            var nonce = Get("oauth_nonce");
            if (string.IsNullOrEmpty(nonce))
            {
                return "oauth_nonce is missing.";
            }
            var sent = Get("oauth_signature");
            if (sent is null || !Matches(sent, mac(_key, Encoding.ASCII.GetBytes(BaseString(method, url, oauth, formBody)))))
            {
                return "The OAuth 1.0a signature does not match the request.";
            }
            Forget(now);
            if (!_seenNonces.TryAdd(nonce + "\n" + timestamp.ToString(CultureInfo.InvariantCulture), timestamp))
            {
                return "oauth_nonce was already used with this timestamp.";
            }
            return null;
        }

        private static bool Matches(string sent, byte[] expected)
        {
            try
            {
                return CryptographicOperations.FixedTimeEquals(Convert.FromBase64String(sent), expected);
            }
            catch (FormatException)
            {
                return false;
            }
        }

        private static string BaseString(string method, string url, IEnumerable<(string Name, string Value)> oauth, string? formBody)
        {
            var queryAt = url.IndexOf('?', StringComparison.Ordinal);
            var withoutQuery = queryAt < 0 ? url : url.Substring(0, queryAt);
            var query = queryAt < 0 ? string.Empty : url.Substring(queryAt + 1);
            var uri = new Uri(withoutQuery);
            var port = uri.IsDefaultPort ? string.Empty : ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
            var baseUri = uri.Scheme.ToLowerInvariant() + "://" + uri.Host.ToLowerInvariant() + port + uri.AbsolutePath;

            var all = FormPairs(query)
                .Concat(FormPairs(formBody))
                .Concat(oauth.Where(p => p.Name is not ("oauth_signature" or "realm")))
                .Select(p => (Name: PercentEncode(p.Name), Value: PercentEncode(p.Value)))
                .ToList();
            // §3.4.1.3.2: by encoded name, then by encoded value, byte-wise (not by the joined "name=value" text: '='
            // sorts above digits, so "a2=…" would come before "a=…").
            all.Sort((x, y) => string.CompareOrdinal(x.Name, y.Name) is var byName and not 0 ? byName : string.CompareOrdinal(x.Value, y.Value));
            var normalized = string.Join("&", all.Select(p => p.Name + "=" + p.Value));
            return string.Join("&", method.ToUpperInvariant(), PercentEncode(baseUri), PercentEncode(normalized));
        }

        private static IEnumerable<(string Name, string Value)> FormPairs(string? text) =>
            (text ?? string.Empty).Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
            {
                var parts = pair.Split('=', 2);
                return (FormDecode(parts[0]), parts.Length == 2 ? FormDecode(parts[1]) : string.Empty);
            });

        private static string FormDecode(string text) => Uri.UnescapeDataString(text.Replace("+", "%20", StringComparison.Ordinal));

        /// <summary>The pairs of an <c>Authorization: OAuth</c> parameter list, values unquoted and decoded; null when malformed.</summary>
        private static List<(string Name, string Value)>? HeaderParameters(string text)
        {
            var pairs = new List<(string, string)>();
            foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var equals = part.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    return null;
                }
                var value = part.Substring(equals + 1).Trim();
                if (value.Length < 2 || value[0] != '"' || value[^1] != '"')
                {
                    return null;
                }
                pairs.Add((part.Substring(0, equals).Trim(), Uri.UnescapeDataString(value[1..^1])));
            }
            return pairs;
        }

        // RFC 3986 unreserved characters stay; every other UTF-8 byte becomes %XX (upper case).
        private static string PercentEncode(string text)
        {
            var encoded = new StringBuilder();
            foreach (var b in Encoding.UTF8.GetBytes(text))
            {
                var c = (char)b;
                if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~')
                {
                    encoded.Append(c);
                }
                else
                {
                    encoded.Append(CultureInfo.InvariantCulture, $"%{b:X2}");
                }
            }
            return encoded.ToString();
        }

        /// <summary>Drops nonces whose timestamps are outside the window: a replay of them fails on the timestamp already.</summary>
        private void Forget(long now)
        {
            if (_seenNonces.Count < 4096)
            {
                return;
            }
            var window = (long)_tolerance.TotalSeconds;
            foreach (var entry in _seenNonces)
            {
                if (Math.Abs(now - entry.Value) > window)
                {
                    _seenNonces.TryRemove(entry.Key, out _);
                }
            }
        }
    }
}
