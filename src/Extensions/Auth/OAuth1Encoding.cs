using System;
using System.Collections.Generic;
using System.Text;

namespace OneRoster.Auth
{
    /// <summary>
    /// The two text transformations of RFC 5849: the strict percent-encoding of §3.6 (RFC 3986's unreserved characters
    /// kept, every other UTF-8 byte as <c>%XX</c> in upper case — so a space is <c>%20</c>, never <c>+</c>, and
    /// <c>~</c> stays) and the form decoding of §3.4.1.3.1 by which query and form-body parameters are read back
    /// (<c>+</c> is a space). Mixing the two up is the classic cause of a provider's 401.
    /// </summary>
    internal static class OAuth1Encoding
    {
        private const string Hex = "0123456789ABCDEF";

        /// <summary><paramref name="value"/> percent-encoded as RFC 5849 §3.6 requires.</summary>
        public static string Encode(string value)
        {
            ArgumentNullException.ThrowIfNull(value);
            var result = new StringBuilder(value.Length);
            foreach (var b in Encoding.UTF8.GetBytes(value))
            {
                if (IsUnreserved(b))
                {
                    result.Append((char)b);
                }
                else
                {
                    result.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
                }
            }
            return result.ToString();
        }

        /// <summary>
        /// The name/value pairs of a query (with or without its leading '?') or form body, decoded: <c>+</c> as a space,
        /// then <c>%XX</c>. A pair without '=' has an empty value; empty pairs (<c>a=1&amp;&amp;b=2</c>) are skipped.
        /// </summary>
        public static IEnumerable<KeyValuePair<string, string>> ParseForm(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                yield break;
            }
            foreach (var pair in text.TrimStart('?').Split('&'))
            {
                if (pair.Length == 0)
                {
                    continue;
                }
                var equals = pair.IndexOf('=');
                yield return equals < 0
                    ? new KeyValuePair<string, string>(Decode(pair), string.Empty)
                    : new KeyValuePair<string, string>(Decode(pair[..equals]), Decode(pair[(equals + 1)..]));
            }
        }

        private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

        // RFC 3986 §2.3: ALPHA / DIGIT / "-" / "." / "_" / "~".
        private static bool IsUnreserved(byte b) =>
            b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z' or >= (byte)'0' and <= (byte)'9'
                or (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~';
    }
}
