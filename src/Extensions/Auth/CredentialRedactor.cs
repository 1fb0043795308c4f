using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace OneRoster.Auth
{
    /// <summary>
    /// Takes the client's credentials out of text a token endpoint sent back (its error description, its body),
    /// by where credentials travel: form and query values (<c>client_secret=…</c>), JSON properties
    /// (<c>"client_secret":"…"</c>), <c>Authorization</c> schemes (<c>Authorization: Basic …</c>, <c>Bearer …</c>) and the Basic
    /// credential itself. The literal secret is replaced only as a whole token and only when it has at least
    /// <see cref="MinimumLiteralLength"/> characters: replacing every occurrence of a short or common-word secret
    /// ("b", "the") in free text would mangle the text ("could not ***e reached") and hide nothing, because a
    /// two-letter secret occurring in a sentence says nothing about the secret. The client's own wording is never
    /// passed through here: it never contains a credential.
    /// </summary>
    internal sealed partial class CredentialRedactor
    {
        /// <summary>Shorter secrets are redacted only where credentials are structurally expected.</summary>
        internal const int MinimumLiteralLength = 8;

        private const string Mask = "***";

        // Names under which a token endpoint may echo what it was sent (narrower than the URL list: an error
        // body's "code" or "key" is diagnostics, not a credential).
        private static readonly HashSet<string> CredentialNames = new(StringComparer.OrdinalIgnoreCase)
        {
            "client_secret", "secret", "password", "pwd", "access_token", "refresh_token", "id_token", "token",
            "assertion", "client_assertion", "api_key", "apikey",
        };

        private readonly string _secret;
        private readonly string[] _basicCredentials;

        public CredentialRedactor(string clientId, string clientSecret)
        {
            ArgumentNullException.ThrowIfNull(clientId);
            _secret = clientSecret ?? throw new ArgumentNullException(nameof(clientSecret));
            // The Basic credential as RFC 6749 §2.3.1 sends it (form-encoded first) and as RFC 7617 does (raw).
            _basicCredentials = new[]
            {
                Base64(WebUtility.UrlEncode(clientId) + ":" + WebUtility.UrlEncode(clientSecret)),
                Base64(clientId + ":" + clientSecret),
            };
        }

        /// <summary><paramref name="text"/> with every credential it carries replaced by <c>***</c>.</summary>
        [return: NotNullIfNotNull(nameof(text))]
        public string? Redact(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return text;
            }
            foreach (var credential in _basicCredentials)
            {
                text = text.Replace(credential, Mask, StringComparison.Ordinal);
            }
            text = AuthorizationScheme().Replace(text, m => m.Groups["head"].Value + m.Groups["scheme"].Value + " " + Mask);
            text = JsonProperty().Replace(text, m => CredentialNames.Contains(m.Groups["name"].Value)
                ? m.Groups["head"].Value + Mask + "\""
                : m.Value);
            text = FormValue().Replace(text, m => CredentialNames.Contains(Unescape(m.Groups["name"].Value))
                ? m.Groups["name"].Value + "=" + Mask
                : m.Value);
            if (_secret.Length >= MinimumLiteralLength)
            {
                text = ReplaceWholeTokens(text, _secret);
                var encoded = WebUtility.UrlEncode(_secret);
                if (!string.Equals(encoded, _secret, StringComparison.Ordinal))
                {
                    text = ReplaceWholeTokens(text, encoded);
                }
            }
            return text;
        }

        /// <summary>Occurrences of <paramref name="value"/> not glued to a letter or digit on either side.</summary>
        private static string ReplaceWholeTokens(string text, string value)
        {
            var result = new StringBuilder(text.Length);
            var from = 0;
            while (true)
            {
                var at = text.IndexOf(value, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }
                var end = at + value.Length;
                var whole = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
                result.Append(text, from, at - from).Append(whole ? Mask : value);
                from = end;
            }
            return result.Append(text, from, text.Length - from).ToString();
        }

        private static string Base64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));

        private static string Unescape(string name)
        {
            try
            {
                return Uri.UnescapeDataString(name.Replace('+', ' '));
            }
            catch (UriFormatException)
            {
                return name;
            }
        }

        // An Authorization header's value; "basic" in a sentence is left alone (the Basic credential itself is replaced by value).
        [GeneratedRegex(@"(?<head>\bAuthorization[""']?\s*[:=]\s*[""']?)(?<scheme>Basic|Bearer)\s+[A-Za-z0-9+/=._~-]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex AuthorizationScheme();

        [GeneratedRegex(@"(?<head>""(?<name>[A-Za-z0-9_\-]+)""\s*:\s*"")(?:[^""\\]|\\.)*""", RegexOptions.CultureInvariant)]
        private static partial Regex JsonProperty();

        [GeneratedRegex(@"(?<![A-Za-z0-9_%\-])(?<name>[A-Za-z0-9_%\-]+)=[^&\s""'<>]*", RegexOptions.CultureInvariant)]
        private static partial Regex FormValue();
    }
}
