using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;

namespace OneRoster.Http
{
    /// <summary>
    /// What a generated-client call saw of the HTTP answer beyond its body: status, the
    /// <c>X-Total-Count</c> header and a <c>Link rel="next"</c>. The generated methods return only
    /// the body, so the paging code opens a capture around a call and the generated client's
    /// <c>ProcessResponse</c> hook fills it. The capture flows with the async call (AsyncLocal), so
    /// concurrent calls each see their own answer.
    /// </summary>
    public sealed class ResponseCapture : IDisposable
    {
        private static readonly AsyncLocal<ResponseCapture?> Current = new();
        private readonly ResponseCapture? _previous;

        private ResponseCapture(ResponseCapture? previous) => _previous = previous;

        /// <summary>HTTP status of the captured answer, or null before an answer arrived.</summary>
        public int? StatusCode { get; private set; }

        /// <summary>The <c>X-Total-Count</c> header, when present and a non-negative integer.</summary>
        public long? TotalCount { get; private set; }

        /// <summary>The target of a <c>Link</c> header with <c>rel="next"</c>, when present.</summary>
        public Uri? NextLink { get; private set; }

        /// <summary>True when the answer had a <c>Link</c> header at all (with or without <c>next</c>).</summary>
        public bool HasLinkHeader { get; private set; }

        /// <summary>Starts capturing the answers of calls made in the current async flow.</summary>
        public static ResponseCapture Begin()
        {
            var capture = new ResponseCapture(Current.Value);
            Current.Value = capture;
            return capture;
        }

        /// <summary>Called by every generated client with each answer it receives.</summary>
        public static void Record(HttpResponseMessage response)
        {
            var capture = Current.Value;
            if (capture is null || response is null)
            {
                return;
            }
            capture.StatusCode = (int)response.StatusCode;
            capture.TotalCount = ReadTotalCount(response);
            var links = Values(response, "Link").ToList();
            capture.HasLinkHeader = links.Count > 0;
            capture.NextLink = LinkHeader.FindNext(links, response.RequestMessage?.RequestUri);
        }

        /// <summary>Stops capturing; the capture that was current before is current again.</summary>
        public void Dispose() => Current.Value = _previous;

        private static long? ReadTotalCount(HttpResponseMessage response)
        {
            var text = Values(response, "X-Total-Count").FirstOrDefault();
            return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var total) ? total : null;
        }

        private static IEnumerable<string> Values(HttpResponseMessage response, string name)
        {
            if (response.Headers.TryGetValues(name, out var values))
            {
                return values;
            }
            return response.Content?.Headers.TryGetValues(name, out var contentValues) == true ? contentValues : Enumerable.Empty<string>();
        }
    }
}
