using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace OneRoster.Testing.Protocol
{
    /// <summary>
    /// A request's query parameters, decoded, with their raw text kept so that <c>Link</c> URLs repeat the
    /// client's own encoding of everything but <c>limit</c> and <c>offset</c>.
    /// </summary>
    internal sealed class QueryString
    {
        private readonly List<(string Name, string Value, string Raw)> _parameters = new();

        public QueryString(string? raw)
        {
            var text = raw ?? string.Empty;
            if (text.StartsWith('?'))
            {
                text = text.Substring(1);
            }
            foreach (var part in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = part.IndexOf('=');
                var name = Decode(equals < 0 ? part : part.Substring(0, equals));
                var value = equals < 0 ? string.Empty : Decode(part.Substring(equals + 1));
                _parameters.Add((name, value, part));
            }
        }

        /// <summary>The first value of the parameter, or null when absent.</summary>
        public string? this[string name] => _parameters.Where(p => p.Name == name).Select(p => p.Value).FirstOrDefault();

        /// <summary>The query with <c>limit</c> and <c>offset</c> set to the given values and the rest kept as sent.</summary>
        public string WithPage(int limit, int offset)
        {
            var text = new StringBuilder();
            foreach (var (name, _, raw) in _parameters)
            {
                if (name is "limit" or "offset")
                {
                    continue;
                }
                text.Append(text.Length == 0 ? '?' : '&');
                AppendAscii(text, raw);
            }
            text.Append(text.Length == 0 ? '?' : '&').Append("limit=").Append(limit).Append("&offset=").Append(offset);
            return text.ToString();
        }

        // WireMock hands over the URL with non-ASCII characters already decoded (Zoë), but a Link
        // header must be ASCII: Kestrel refuses to send the answer otherwise.
        private static void AppendAscii(StringBuilder text, string raw)
        {
            Span<byte> bytes = stackalloc byte[4];
            foreach (var rune in raw.EnumerateRunes())
            {
                if (rune.IsAscii)
                {
                    text.Append((char)rune.Value);
                    continue;
                }
                var length = rune.EncodeToUtf8(bytes);
                for (var i = 0; i < length; i++)
                {
                    text.Append('%').Append(bytes[i].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }

        private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
    }
}
