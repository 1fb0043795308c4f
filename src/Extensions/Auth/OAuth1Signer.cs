using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace OneRoster.Auth
{
    /// <summary>
    /// Signs requests as RFC 5849 (OAuth 1.0a) two-legged clients do: fresh <c>oauth_nonce</c> and <c>oauth_timestamp</c>
    /// per call, every query and form-body parameter plus the <c>oauth_*</c> parameters in the base string, HMAC-SHA256
    /// or HMAC-SHA1 keyed with the encoded consumer secret and '&amp;' (there is no token secret), and the result as the
    /// parameter string of an <c>Authorization: OAuth …</c> header. Holds no mutable state: the clock and the nonce
    /// source are given, so a test can fix both.
    /// </summary>
    internal sealed class OAuth1Signer
    {
        /// <summary>The <c>Authorization</c> scheme of a signed request.</summary>
        public const string Scheme = "OAuth";

        private readonly string _consumerKey;
        private readonly string _consumerSecret;
        private readonly OneRosterSignatureMethod _method;
        private readonly TimeProvider _clock;
        private readonly Func<string> _nonces;

        /// <param name="consumerKey">The consumer key (the client id).</param>
        /// <param name="consumerSecret">The consumer secret (the client secret); never leaves this object except as an HMAC key.</param>
        /// <param name="method">The HMAC.</param>
        /// <param name="clock">Gives <c>oauth_timestamp</c>.</param>
        /// <param name="nonces">Gives a new <c>oauth_nonce</c> per call; null for 128 random bits.</param>
        public OAuth1Signer(string consumerKey, string consumerSecret, OneRosterSignatureMethod method, TimeProvider? clock = null, Func<string>? nonces = null)
        {
            ArgumentException.ThrowIfNullOrEmpty(consumerKey);
            ArgumentException.ThrowIfNullOrEmpty(consumerSecret);
            if (!Enum.IsDefined(method))
            {
                throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown OAuth 1.0a signature method.");
            }
            _consumerKey = consumerKey;
            _consumerSecret = consumerSecret;
            _method = method;
            _clock = clock ?? TimeProvider.System;
            _nonces = nonces ?? NewNonce;
        }

        /// <summary>
        /// The <c>Authorization</c> parameter string (after <c>OAuth </c>) for <paramref name="method"/> on
        /// <paramref name="uri"/>, whose query is signed; <paramref name="formBody"/> is the body when it is
        /// <c>application/x-www-form-urlencoded</c> (its parameters are signed too), else null.
        /// </summary>
        public string Authorize(string method, Uri uri, string? formBody = null)
        {
            ArgumentNullException.ThrowIfNull(uri);
            var nonce = _nonces();
            if (string.IsNullOrEmpty(nonce))
            {
                throw new InvalidOperationException("The nonce source gave an empty nonce.");
            }
            var timestamp = _clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            var protocol = ProtocolParameters(_consumerKey, _method, timestamp, nonce, token: null);
            var signed = protocol.Concat(OAuth1Encoding.ParseForm(uri.Query)).Concat(OAuth1Encoding.ParseForm(formBody));
            var signature = Sign(OAuth1SignatureBase.Create(method, uri, signed), _consumerSecret, tokenSecret: null, _method);
            // Sorted by name, so the header reads like the normalized parameters it was signed over.
            return HeaderParameters(protocol.Append(new KeyValuePair<string, string>("oauth_signature", signature)).OrderBy(p => p.Key, StringComparer.Ordinal));
        }

        /// <summary>The <c>oauth_*</c> parameters of §3.1 in the order they are sent (<c>oauth_version</c> 1.0 included; <c>oauth_token</c> when given).</summary>
        public static IReadOnlyList<KeyValuePair<string, string>> ProtocolParameters(string consumerKey, OneRosterSignatureMethod method, string timestamp, string nonce, string? token)
        {
            var parameters = new List<KeyValuePair<string, string>>
            {
                new("oauth_consumer_key", consumerKey),
                new("oauth_nonce", nonce),
                new("oauth_signature_method", MethodName(method)),
                new("oauth_timestamp", timestamp),
            };
            if (token is not null)
            {
                parameters.Add(new("oauth_token", token));
            }
            parameters.Add(new("oauth_version", "1.0"));
            return parameters;
        }

        /// <summary>
        /// §3.4.2: the Base64 HMAC of <paramref name="baseString"/> keyed with the encoded consumer secret, '&amp;' and the
        /// encoded token secret (empty without a token).
        /// </summary>
        public static string Sign(string baseString, string consumerSecret, string? tokenSecret, OneRosterSignatureMethod method)
        {
            ArgumentNullException.ThrowIfNull(baseString);
            ArgumentNullException.ThrowIfNull(consumerSecret);
            var key = Encoding.ASCII.GetBytes(OAuth1Encoding.Encode(consumerSecret) + "&" + OAuth1Encoding.Encode(tokenSecret ?? string.Empty));
            var text = Encoding.ASCII.GetBytes(baseString);
            var mac = method switch
            {
                OneRosterSignatureMethod.HmacSha256 => HMACSHA256.HashData(key, text),
                OneRosterSignatureMethod.HmacSha1 => HMACSHA1.HashData(key, text),
                _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown OAuth 1.0a signature method."),
            };
            return Convert.ToBase64String(mac);
        }

        /// <summary>The <c>oauth_signature_method</c> value.</summary>
        public static string MethodName(OneRosterSignatureMethod method) => method switch
        {
            OneRosterSignatureMethod.HmacSha256 => "HMAC-SHA256",
            OneRosterSignatureMethod.HmacSha1 => "HMAC-SHA1",
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown OAuth 1.0a signature method."),
        };

        /// <summary>§3.5.1: <c>name="value"</c> pairs, both encoded, joined by ", ".</summary>
        public static string HeaderParameters(IEnumerable<KeyValuePair<string, string>> parameters) =>
            string.Join(", ", parameters.Select(p => OAuth1Encoding.Encode(p.Key) + "=\"" + OAuth1Encoding.Encode(p.Value) + "\""));

        // 128 bits: a nonce only has to be unique per timestamp and consumer, and hex needs no encoding.
        private static string NewNonce() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
    }
}
