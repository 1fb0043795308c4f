using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;

namespace OneRoster.Http
{
    /// <summary>
    /// Reads <c>Retry-After</c> (RFC 9110 §10.2.3) in both of its forms: delay-seconds (<c>120</c>) and
    /// HTTP-date (<c>Wed, 21 Oct 2015 07:28:00 GMT</c>). A date in the past means "now" (zero delay).
    /// Used by the retry pipeline and by the rate-limit exception, so both read the header the same way.
    /// </summary>
    internal static class RetryAfter
    {
        public const string HeaderName = "Retry-After";

        /// <summary>The delay a header value asks for, or null when the value is absent or malformed.</summary>
        public static TimeSpan? Parse(string? value, DateTimeOffset now)
        {
            if (string.IsNullOrWhiteSpace(value) || !RetryConditionHeaderValue.TryParse(value.Trim(), out var parsed))
            {
                return null;
            }
            return FromHeader(parsed, now);
        }

        /// <summary>The delay the response asks for, or null.</summary>
        public static TimeSpan? FromResponse(HttpResponseMessage response, DateTimeOffset now)
        {
            ArgumentNullException.ThrowIfNull(response);
            return response.Headers.RetryAfter is { } header ? FromHeader(header, now) : null;
        }

        /// <summary>The delay named by a header dictionary such as the generated client's, or null.</summary>
        public static TimeSpan? FromHeaders(IReadOnlyDictionary<string, IEnumerable<string>> headers, DateTimeOffset now)
        {
            ArgumentNullException.ThrowIfNull(headers);
            foreach (var header in headers)
            {
                if (string.Equals(header.Key, HeaderName, StringComparison.OrdinalIgnoreCase))
                {
                    return Parse(header.Value?.FirstOrDefault(), now);
                }
            }
            return null;
        }

        private static TimeSpan? FromHeader(RetryConditionHeaderValue header, DateTimeOffset now)
        {
            if (header.Delta is { } delta)
            {
                return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
            }
            if (header.Date is { } date)
            {
                var wait = date - now;
                return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
            }
            return null;
        }
    }
}
